import { describe, expect, it } from 'vitest';
import { findBand, lowestBand } from './find-band.ts';
import { DEFAULT_BANDS } from './build-questionnaire.test-support.ts';

const labelAt = (score: number) => findBand(DEFAULT_BANDS, score)?.label;

describe('findBand', () => {
  it('includes a band’s lower bound and excludes its upper one', () => {
    expect(labelAt(0)).toBe('Not ready');
    expect(labelAt(49.99)).toBe('Not ready');
    expect(labelAt(50)).toBe('Launch with conditions');
    expect(labelAt(79.99)).toBe('Launch with conditions');
    expect(labelAt(80)).toBe('Ready');
  });

  it('puts 100 in the highest band', () => {
    expect(labelAt(100)).toBe('Ready');
  });

  it('does not depend on the order the bands are given in', () => {
    expect(findBand([...DEFAULT_BANDS].reverse(), 50)?.label).toBe('Launch with conditions');
    expect(lowestBand([...DEFAULT_BANDS].reverse())?.label).toBe('Not ready');
  });

  it('stays total outside 0–100 and without bands', () => {
    expect(labelAt(-5)).toBe('Not ready');
    expect(labelAt(120)).toBe('Ready');
    expect(findBand([], 50)).toBeNull();
    expect(lowestBand([])).toBeNull();
  });
});
