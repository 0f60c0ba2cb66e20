import { describe, expect, it } from 'vitest';
import { roundGain, roundScore } from './round-score.ts';

describe('roundScore', () => {
  it('rounds to the nearest whole number, halves up', () => {
    expect(roundScore(59.027)).toBe(59);
    expect(roundScore(49.5)).toBe(50);
    expect(roundScore(49.49)).toBe(49);
    expect(roundScore(100)).toBe(100);
    expect(roundScore(0)).toBe(0);
  });

  it('ignores floating-point noise at a half', () => {
    expect(roundScore(49.49999999999999)).toBe(50);
  });
});

describe('roundGain', () => {
  it('rounds to one decimal, halves up', () => {
    expect(roundGain(33.3333)).toBe(33.3);
    expect(roundGain(2.0833)).toBe(2.1);
    expect(roundGain(2.25)).toBe(2.3);
    expect(roundGain(0.04)).toBe(0);
  });
});
