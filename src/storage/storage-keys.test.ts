import { describe, expect, it } from 'vitest';
import { ASSESSMENT_KEY_PREFIX, assessmentKey } from './storage-keys.ts';

describe('storage keys', () => {
  // Assessments already saved in people's browsers live under these keys: changing them would lose them.
  it('keeps every assessment under oversight:v1:assessment:<id>', () => {
    expect(ASSESSMENT_KEY_PREFIX).toBe('oversight:v1:assessment:');
    expect(assessmentKey('a-1')).toBe('oversight:v1:assessment:a-1');
  });
});
