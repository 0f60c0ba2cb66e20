import { describe, expect, it } from 'vitest';
import { reportJobs } from './report-jobs.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('reportJobs', () => {
  it('runs jobs one at a time, in the order asked', async () => {
    const jobs = reportJobs();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
    };
    jobs.add(job('a'));
    jobs.add(job('b'));
    await tick();
    await tick();
    await tick();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('runs a report asked for before a warm-up not yet started, and skips the warm-up', async () => {
    const jobs = reportJobs();
    const log: string[] = [];
    let release = () => {};
    jobs.add(() => new Promise<void>((resolve) => (release = resolve)).then(() => void log.push('prepared')));
    jobs.warmUp(async () => void log.push('warm-up'));
    jobs.add(async () => void log.push('report'));
    release();
    await tick();
    await tick();
    expect(log).toEqual(['prepared', 'report']);
  });

  it('stops a warm-up under way at its next pause when a report is asked for, and runs the report at once', async () => {
    const jobs = reportJobs();
    const log: string[] = [];
    jobs.warmUp(async (signal) => {
      log.push('warm-up starts');
      for (let step = 0; step < 100; step += 1) {
        await tick();
        signal.throwIfAborted();
        log.push(`warm-up step ${step}`);
      }
    });
    await tick();
    await tick();
    jobs.add(async () => void log.push('report'));
    for (let wait = 0; wait < 5; wait += 1) await tick();
    // The warm-up ran at most one more step, then gave way for good.
    expect(log.at(-1)).toBe('report');
    expect(log.filter((entry) => entry.startsWith('warm-up step')).length).toBeLessThanOrEqual(3);
  });
});
