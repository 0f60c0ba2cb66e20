import { describe, expect, it } from 'vitest';
import { decodeText, describeSize, tooLargeMessage } from './decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('title: Café'))).toEqual({ ok: true, text: 'title: Café' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id: x')]))).toEqual({ ok: true, text: 'id: x' });
  });

  it('says so when a file is Latin-1 rather than accepting it with mangled accents', () => {
    const latin1 = new Uint8Array([...utf8('title: Caf'), 0xe9]);
    const result = decodeText(latin1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^is not UTF-8 text: it looks like an older encoding such as Latin-1/);
  });

  it('says so when a file is UTF-16, with or without a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'id: x'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const bare = new Uint8Array([...'title: x'].flatMap((char) => [char.charCodeAt(0), 0]));
    for (const bytes of [le, bare]) {
      const result = decodeText(bytes);
      expect(!result.ok && result.message).toMatch(/^is saved as UTF-16 text, which Oversight does not read; save it as UTF-8/);
    }
  });
});

describe('file sizes', () => {
  it('are said as a person reads them, with the limit', () => {
    expect(describeSize(20 * 1024 * 1024)).toBe('20.0 MB');
    expect(describeSize(300)).toBe('1 KB');
    expect(tooLargeMessage(20 * 1024 * 1024, 5 * 1024 * 1024, 'an answers file')).toBe('is 20.0 MB; an answers file can be at most 5.0 MB');
    expect(tooLargeMessage(5 * 1024 * 1024, 5 * 1024 * 1024, 'an answers file')).toBeNull();
  });
});
