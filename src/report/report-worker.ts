/// <reference lib="webworker" />
import { prepareInThread } from './prepare-in-thread.ts';
import { warmUpInput } from './warm-up.ts';
import { messageOf, type FromReportWorker, type ToReportWorker } from './report-worker-protocol.ts';

// The report is made here, off the page's thread: loading and compiling
// jsPDF and pdf-lib and drawing a few hundred pages take the other core,
// and the page stays responsive (and its "working" status visible) while
// they run. See docs/decisions/007-report-worker.md.
declare const self: DedicatedWorkerGlobalScope;

const answer = (message: FromReportWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

// One job at a time, in the order asked: making a report awaits along the
// way (hashing), and two reports interleaved would each take as long as both.
let queue: Promise<void> = Promise.resolve();
const enqueue = (job: () => Promise<void>) => {
  queue = queue.then(job, job);
};

self.addEventListener('message', (event: MessageEvent<ToReportWorker>) => {
  const request = event.data;
  if (request.type === 'prepare') {
    enqueue(() =>
      prepareInThread().then(
        () => answer({ type: 'ready' }),
        (error: unknown) => answer({ type: 'failed', message: messageOf(error) }),
      ),
    );
    // Then, before anyone asks, a short report thrown away (warm-up.ts); a
    // report asked for meanwhile waits for it, which is still sooner than
    // being made by cold code.
    enqueue(() =>
      prepareInThread()
        .then(async ({ buildReport, fonts }) => {
          await buildReport(warmUpInput(new Date()), { fonts });
        })
        .catch(() => undefined),
    );
  } else {
    enqueue(() =>
      prepareInThread()
        .then(({ buildReport, fonts }) => buildReport(request.input, { fonts }))
        .then(
          (bytes) => answer({ type: 'made', id: request.id, bytes }, [bytes.buffer]),
          (error: unknown) => answer({ type: 'failed', id: request.id, message: messageOf(error) }),
        ),
    );
  }
});
