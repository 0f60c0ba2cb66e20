/** A section's stopwatch: shown to the facilitator, never enforced. Times in milliseconds. */
export interface SectionTimer {
  /** When it was last started, or null while paused. */
  runningSince: number | null;
  /** Time counted before the last start. */
  counted: number;
}

export const STOPPED: SectionTimer = { runningSince: null, counted: 0 };

export function elapsed(timer: SectionTimer, now: number): number {
  return timer.counted + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

export function startOrPause(timer: SectionTimer, now: number): SectionTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : { runningSince: null, counted: elapsed(timer, now) };
}

/** "4:05", "1:02:09". */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
