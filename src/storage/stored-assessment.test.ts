import { describe, expect, it } from 'vitest';
import { migrateStoredAssessment, wrapAssessment } from './stored-assessment.ts';
import { sampleAssessment } from './fixtures.test-support.ts';

describe('migrateStoredAssessment', () => {
  it('reads the current version as it was written', () => {
    const stored = wrapAssessment(sampleAssessment(), new Date('2026-11-26T12:00:00Z'));
    expect(migrateStoredAssessment(JSON.parse(JSON.stringify(stored)))).toEqual({ ok: true, stored });
  });

  it('refuses what it does not know, in plain words', () => {
    expect(migrateStoredAssessment(null)).toEqual({ ok: false, message: 'This saved entry is not an Oversight assessment.' });
    expect(migrateStoredAssessment({ format: 'oversight-assessment', version: 0 })).toEqual({
      ok: false,
      message: 'This saved assessment has an unknown version (0), so it cannot be read.',
    });
    expect(migrateStoredAssessment({ format: 'oversight-assessment', version: 2 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer version of Oversight') as unknown,
    });
  });
});
