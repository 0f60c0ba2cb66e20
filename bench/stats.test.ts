import { describe, expect, it } from 'vitest';
import { median, summarize } from './stats.ts';

describe('median', () => {
  it('is the middle value of an odd number of runs, whatever their order', () => {
    expect(median([30, 10, 20, 50, 40])).toBe(30);
  });

  it('is the mean of the two middle values of an even number of runs', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is the value itself for one run', () => {
    expect(median([7])).toBe(7);
  });

  it('is NaN for no runs', () => {
    expect(median([])).toBeNaN();
  });
});

describe('summarize', () => {
  it('gives the median, the range and the runs in the order measured', () => {
    expect(summarize([12, 9, 15, 10, 11])).toEqual({ median: 11, min: 9, max: 15, runs: [12, 9, 15, 10, 11] });
  });

  it('does not reorder the caller’s array', () => {
    const runs = [3, 1, 2];
    summarize(runs);
    expect(runs).toEqual([3, 1, 2]);
  });

  it('is NaN throughout for no runs', () => {
    expect(summarize([])).toEqual({ median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: [] });
  });
});
