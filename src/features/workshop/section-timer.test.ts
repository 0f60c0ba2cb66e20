import { describe, expect, it } from 'vitest';
import { elapsed, formatElapsed, startOrPause, STOPPED } from './section-timer.ts';

describe('the section timer', () => {
  it('counts only while running, and carries on from where it was paused', () => {
    const started = startOrPause(STOPPED, 1_000);
    expect(elapsed(started, 61_000)).toBe(60_000);
    const paused = startOrPause(started, 61_000);
    expect(elapsed(paused, 500_000)).toBe(60_000);
    const resumed = startOrPause(paused, 100_000);
    expect(elapsed(resumed, 105_000)).toBe(65_000);
  });

  it('reads as minutes and seconds, with hours once past one', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_999)).toBe('1:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
  });
});
