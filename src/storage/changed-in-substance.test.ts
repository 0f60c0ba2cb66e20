import { describe, expect, it } from 'vitest';
import { changedInSubstance } from './changed-in-substance.ts';

const envelope = (savedAt: string, assessment: Record<string, unknown>) =>
  JSON.stringify({ format: 'oversight-assessment', version: 1, savedAt, assessment });

describe('changedInSubstance', () => {
  const base = { id: 'a', answers: { q1: { value: 'yes' } }, lastLocation: '#/assessments/a', updatedAt: '2026-12-04T10:00:00.000Z' };

  it('ignores a new save time and a new remembered page', () => {
    const later = envelope('2026-12-04T11:00:00.000Z', { ...base, lastLocation: '#/assessments/a/check' });
    expect(changedInSubstance(envelope('2026-12-04T10:00:00.000Z', base), later)).toBe(false);
  });

  it('sees a changed answer, a deletion and a creation', () => {
    const before = envelope('2026-12-04T10:00:00.000Z', base);
    expect(changedInSubstance(before, envelope('2026-12-04T10:00:00.000Z', { ...base, answers: { q1: { value: 'no' } } }))).toBe(true);
    expect(changedInSubstance(before, null)).toBe(true);
    expect(changedInSubstance(null, before)).toBe(true);
  });

  it('treats unreadable text as changed whenever the text differs', () => {
    expect(changedInSubstance('{"broken', '{"broken')).toBe(false);
    expect(changedInSubstance('{"broken', '{"broken too')).toBe(true);
  });
});
