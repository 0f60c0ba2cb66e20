import { describe, expect, it } from 'vitest';
import { newAssessmentId } from './new-assessment-id.ts';

describe('newAssessmentId', () => {
  it('uses randomUUID where the browser offers it', () => {
    expect(newAssessmentId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('falls back to 32 random hex digits without randomUUID', () => {
    const source = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => array };
    expect(newAssessmentId(source)).toBe('0'.repeat(32));
  });

  it('still gives distinct ids with no crypto at all', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newAssessmentId(null)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});
