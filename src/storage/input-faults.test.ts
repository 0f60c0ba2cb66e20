import { describe, expect, it } from 'vitest';
import { parseAnswersBytes, parseAnswersFile, serializeAnswersFile } from './answers-file.ts';
import { createAssessmentStore } from './assessment-store.ts';
import { createStorageArea } from './storage-area.ts';
import { FakeStorage } from './fake-storage.test-support.ts';
import { sampleAssessment } from './fixtures.test-support.ts';

const exported = () => serializeAnswersFile(sampleAssessment(), new Date('2026-11-26T10:00:00Z'));

describe('answers file input faults', () => {
  it('refuses a file over 5 MB, saying its size and the limit, before reading it as JSON', () => {
    const huge = exported().replace('"answers": {', `"padding": "${'x'.repeat(20 * 1024 * 1024)}", "answers": {`);
    const started = Date.now();
    expect(parseAnswersFile(huge)).toEqual({ ok: false, errors: ['This file is 20.0 MB; an answers file can be at most 5.0 MB.'] });
    expect(parseAnswersBytes(new Uint8Array(6 * 1024 * 1024))).toEqual({
      ok: false,
      errors: ['This file is 6.0 MB; an answers file can be at most 5.0 MB.'],
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says when a file is UTF-16 or Latin-1 instead of calling it "not valid JSON"', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...exported()].flatMap((char) => [char.charCodeAt(0), 0])]);
    const latin1 = new TextEncoder().encode(exported().replace('Street Lens', 'Street Lens XX'));
    latin1.set([0x43, 0xe9], latin1.indexOf(0x58));
    const [utf16Error] = parseAnswersBytes(utf16).ok ? [] : (parseAnswersBytes(utf16) as { errors: string[] }).errors;
    const [latin1Error] = parseAnswersBytes(latin1).ok ? [] : (parseAnswersBytes(latin1) as { errors: string[] }).errors;
    expect(utf16Error).toMatch(/^This file is saved as UTF-16 text/);
    expect(latin1Error).toMatch(/^This file is not UTF-8 text: it looks like an older encoding such as Latin-1/);
  });

  it('reads a UTF-8 file with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(exported())]);
    expect(parseAnswersBytes(bytes).ok).toBe(true);
  });
});

describe('a storage read that throws', () => {
  it('is told apart from a full disk and from a missing assessment, and nothing is removed', () => {
    const backend = new FakeStorage();
    const store = createAssessmentStore(createStorageArea(backend));
    expect(store.save(sampleAssessment()).ok).toBe(true);
    // Some browsers throw quota-named errors on reads from a damaged profile.
    backend.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const area = createStorageArea(backend);
    const loaded = createAssessmentStore(area).load('a-1');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.message).toMatch(/^This browser would not let Oversight read its saved data just now/);
    expect(!loaded.ok && loaded.message).not.toMatch(/full|no saved assessment/i);
    expect(area.lastFailure()?.reason).toBe('unreadable');
    backend.failWith = null;
    expect(createAssessmentStore(createStorageArea(backend)).load('a-1').ok).toBe(true);
  });
});
