/**
 * The report worker's jobs: reports someone asked for, one at a time in the
 * order asked (two interleaved would each take as long as both), and a
 * warm-up that only ever uses time nobody else wants. A report asked for
 * goes before a warm-up not yet started, which is then skipped (the code is
 * warm by then), and aborts a warm-up under way at its next pause.
 */
export function reportJobs() {
  const waiting: Array<() => Promise<void>> = [];
  let running = false;
  let warmUp: ((signal: AbortSignal) => Promise<void>) | null = null;
  let warming: AbortController | null = null;

  const next = () => {
    if (running) return;
    const job = waiting.shift();
    if (job) {
      warmUp = null;
      running = true;
      void job().finally(() => {
        running = false;
        next();
      });
      return;
    }
    if (!warmUp) return;
    const run = warmUp;
    warmUp = null;
    warming = new AbortController();
    const controller = warming;
    running = true;
    void run(controller.signal)
      .catch(() => undefined)
      .finally(() => {
        if (warming === controller) warming = null;
        running = false;
        next();
      });
  };

  return {
    /** A job someone waits for: runs as soon as the current one ends, before any warm-up. */
    add(job: () => Promise<void>): void {
      waiting.push(job);
      warming?.abort();
      next();
    },
    /** Work nobody waits for, run only when no job is waiting, and given up as soon as one is. */
    warmUp(job: (signal: AbortSignal) => Promise<void>): void {
      warmUp = job;
      next();
    },
  };
}
