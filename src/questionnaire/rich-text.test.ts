import { describe, expect, it } from 'vitest';
import { parseRichText, richTextToPlain } from './rich-text.ts';
import { canonicalJson, sha256Hex } from './hash.ts';

describe('parseRichText', () => {
  it('splits emphasis, strong and links from plain text', () => {
    expect(parseRichText('A *DPIA* is **mandatory**, see [the ICO](https://ico.org.uk).')).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'emphasis', text: 'DPIA' },
      { type: 'text', text: ' is ' },
      { type: 'strong', text: 'mandatory' },
      { type: 'text', text: ', see ' },
      { type: 'link', text: 'the ICO', href: 'https://ico.org.uk' },
      { type: 'text', text: '.' },
    ]);
  });

  it('leaves links to anything but http(s) or mailto as text', () => {
    expect(parseRichText('[x](javascript:alert(1))')).toEqual([{ type: 'text', text: '[x](javascript:alert(1))' }]);
  });

  it('prints links with their address in plain text', () => {
    expect(richTextToPlain('See [the ICO](https://ico.org.uk).')).toBe('See the ICO (https://ico.org.uk).');
  });
});

describe('canonicalJson and sha256Hex', () => {
  it('sorts keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, null, undefined], c: undefined })).toBe('{"a":[true,null,null],"b":1}');
  });

  it('hashes UTF-8 bytes', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
