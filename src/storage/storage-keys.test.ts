import { describe, expect, it } from 'vitest';
import { ASSESSMENT_KEY_PREFIX, COMPARISON_SESSION_KEY, assessmentKey } from './storage-keys.ts';

describe('storage keys', () => {
  // Assessments already saved in people's browsers live under these keys: changing them would lose them.
  it('keeps every assessment under oversight:v1:assessment:<id>', () => {
    expect(ASSESSMENT_KEY_PREFIX).toBe('oversight:v1:assessment:');
    expect(assessmentKey('a-1')).toBe('oversight:v1:assessment:a-1');
  });

  it('keeps the compare page’s session outside the assessments’ prefix, so the list never reads it as one', () => {
    expect(COMPARISON_SESSION_KEY).toBe('oversight:v1:comparison');
    expect(COMPARISON_SESSION_KEY.startsWith(ASSESSMENT_KEY_PREFIX)).toBe(false);
  });
});
