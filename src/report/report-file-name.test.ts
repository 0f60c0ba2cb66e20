import { describe, expect, it } from 'vitest';
import { formatDateTime, formatIsoDate, formatShortDate, isoDateIn } from './format-date.ts';
import { reportFileName } from './report-file-name.ts';
import { sampleAssessment } from '../storage/fixtures.test-support.ts';

describe('reportFileName', () => {
  const assessment = sampleAssessment({ context: { ...sampleAssessment().context, project: 'Café Zoë’s Łódź' } });
  const lateEvening = new Date('2026-11-26T23:30:00Z');

  it('names the project, draft and the day in the given time zone', () => {
    expect(reportFileName(assessment, lateEvening, { kind: 'draft' }, 'Europe/London')).toBe('cafe-zoes-lodz-draft-2026-11-26.pdf');
    expect(reportFileName(assessment, lateEvening, { kind: 'draft' }, 'Asia/Tokyo')).toBe('cafe-zoes-lodz-draft-2026-11-27.pdf');
  });

  it('tells final revisions and the public summary apart', () => {
    expect(reportFileName(assessment, lateEvening, { kind: 'final', revision: 3 }, 'UTC')).toBe('cafe-zoes-lodz-final-r3-2026-11-26.pdf');
    expect(reportFileName(assessment, lateEvening, { kind: 'public-summary' }, 'UTC')).toBe('cafe-zoes-lodz-public-summary-2026-11-26.pdf');
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
