import { describe, expect, it } from 'vitest';
import { formatDateTime, formatIsoDate, formatShortDate, isoDateIn } from './format-date.ts';
import { reportFileName } from './report-file-name.ts';
import { reportFingerprint } from './report-fingerprint.ts';
import { sha256Hex, canonicalJson } from '../questionnaire/hash.ts';
import { sampleAssessment } from '../storage/test-fixtures.ts';

describe('reportFileName', () => {
  it('names the project, the questionnaire and the day in the given time zone', () => {
    const assessment = sampleAssessment({ context: { ...sampleAssessment().context, project: 'Café Zoë’s Łódź' } });
    const lateEvening = new Date('2026-11-26T23:30:00Z');
    expect(reportFileName(assessment, lateEvening, 'Europe/London')).toBe('cafe-zoes-lodz-quick-check-2026-11-26.pdf');
    expect(reportFileName(assessment, lateEvening, 'Asia/Tokyo')).toBe('cafe-zoes-lodz-quick-check-2026-11-27.pdf');
  });
});

describe('dates', () => {
  it('prints dates in words, with the time zone', () => {
    expect(formatIsoDate('2026-03-05')).toBe('5 March 2026');
    expect(formatIsoDate('not a date')).toBe('not a date');
    expect(formatShortDate('2026-09-15')).toBe('15 Sep 2026');
    expect(formatShortDate('2026-05-01')).toBe('1 May 2026');
    expect(formatDateTime(new Date('2026-07-01T09:05:00Z'), 'Europe/Paris')).toBe('1 July 2026, 11:05 GMT+2 (Europe/Paris)');
    expect(isoDateIn(new Date('2026-07-01T23:05:00Z'), 'UTC')).toBe('2026-07-01');
  });
});

describe('reportFingerprint', () => {
  it('is SHA-256 over the questionnaire hash, the context and the answers, whatever the key order', async () => {
    const assessment = sampleAssessment();
    const expected = await sha256Hex(
      canonicalJson({ questionnaireHash: 'abc', context: assessment.context, answers: assessment.answers }),
    );
    expect(await reportFingerprint(assessment, { contentHash: 'abc' })).toBe(expected);
    const reordered = { ...assessment, context: Object.fromEntries(Object.entries(assessment.context).reverse()) as typeof assessment.context };
    expect(await reportFingerprint(reordered, { contentHash: 'abc' })).toBe(expected);
  });

  it('changes with any answer, note or name, and with the questionnaire', async () => {
    const assessment = sampleAssessment();
    const base = await reportFingerprint(assessment, { contentHash: 'abc' });
    const changedNote = { ...assessment, answers: { ...assessment.answers, purpose: { value: 'yes', notes: 'Changed' } } };
    expect(await reportFingerprint(changedNote, { contentHash: 'abc' })).not.toBe(base);
    expect(await reportFingerprint(assessment, { contentHash: 'abd' })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
