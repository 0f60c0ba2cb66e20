import type { FromReportWorker, ToReportWorker } from './report-worker-protocol.ts';

/** A new report worker (report-worker.ts). */
export function createReportWorker(): Worker {
  return new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module', name: 'oversight-report' });
}

export interface EarlyReportWorker {
  worker: Worker;
  /** Messages that arrived before anyone took the worker, in order. */
  received: FromReportWorker[];
  /** Why the worker failed, if it did before anyone took it (its script would not load, for instance). */
  failure: string | null;
  /** Stops keeping messages and failures: the taker listens from now on. */
  stopKeeping(): void;
}

let early: EarlyReportWorker | null = null;

/**
 * Starts the report worker and asks it to prepare, from the boot entry, as
 * soon as the address is known to be the results page: the worker then
 * loads on the other core while this thread is still loading React, and the
 * report code needs nothing else to start. Kept dependency-free and tiny,
 * since the boot entry carries it onto every page.
 */
export function startReportWorkerEarly(): void {
  if (early || typeof Worker === 'undefined') return;
  try {
    const worker = createReportWorker();
    const received: FromReportWorker[] = [];
    const keep = (event: MessageEvent<FromReportWorker>) => received.push(event.data);
    const keepFailure = (event: ErrorEvent) => {
      if (early) early.failure = event.message || 'the report worker could not start';
    };
    worker.addEventListener('message', keep);
    worker.addEventListener('error', keepFailure);
    worker.postMessage({ type: 'prepare' } satisfies ToReportWorker);
    early = {
      worker,
      received,
      failure: null,
      stopKeeping: () => {
        worker.removeEventListener('message', keep);
        worker.removeEventListener('error', keepFailure);
      },
    };
  } catch {
    // prepareReport() will try again, and fall back to the page's thread.
  }
}

/** The worker started early, once; null if there is none. */
export function takeEarlyReportWorker(): EarlyReportWorker | null {
  const taken = early;
  early = null;
  return taken;
}
