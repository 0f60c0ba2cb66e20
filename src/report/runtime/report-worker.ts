/// <reference lib="webworker" />
import { prepareInThread } from './prepare-in-thread.ts';
import { reportJobs } from './report-jobs.ts';
import { warmUpInput } from './warm-up.ts';
import { messageOf, type FromReportWorker, type ToReportWorker } from './report-worker-protocol.ts';

// The report is made here, off the page's thread: loading and compiling
// jsPDF and pdf-lib and drawing a few hundred pages take the other core,
// and the page stays responsive (and its "working" status visible) while
// they run. See docs/decisions/007-report-worker.md.
declare const self: DedicatedWorkerGlobalScope;

const answer = (message: FromReportWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

const jobs = reportJobs();

self.addEventListener('message', (event: MessageEvent<ToReportWorker>) => {
  const request = event.data;
  if (request.type === 'prepare') {
    jobs.add(() =>
      prepareInThread().then(
        () => answer({ type: 'ready' }),
        (error: unknown) => answer({ type: 'failed', message: messageOf(error) }),
      ),
    );
    // Then, while nobody asks, a short report thrown away (warm-up.ts). A
    // report asked for goes first, and stops a warm-up under way at its next
    // pause: it never waits for one.
    jobs.warmUp(async (signal) => {
      const { buildReport, fonts } = await prepareInThread();
      signal.throwIfAborted();
      await buildReport(warmUpInput(new Date()), { fonts, signal });
    });
  } else if (request.type === 'read') {
    jobs.add(() =>
      import('../read-report.ts')
        .then(({ readReport }) => readReport(request.bytes))
        .then(
          (result) => answer({ type: 'read', id: request.id, result }),
          (error: unknown) => answer({ type: 'failed', id: request.id, message: messageOf(error) }),
        ),
    );
  } else if (request.type === 'make-rounds') {
    jobs.add(() =>
      Promise.all([prepareInThread(), import('../rounds-report.ts')])
        .then(([{ fonts }, { buildRoundsReport }]) => buildRoundsReport(request.input, { fonts }))
        .then(
          (bytes) => answer({ type: 'made', id: request.id, bytes }, [bytes.buffer]),
          (error: unknown) => answer({ type: 'failed', id: request.id, message: messageOf(error) }),
        ),
    );
  } else {
    jobs.add(() =>
      prepareInThread()
        .then(({ buildReport, buildPublicSummary, fonts }) =>
          request.summary ? buildPublicSummary(request.input, { fonts }, request.summary) : buildReport(request.input, { fonts }),
        )
        .then(
          (bytes) => answer({ type: 'made', id: request.id, bytes }, [bytes.buffer]),
          (error: unknown) => answer({ type: 'failed', id: request.id, message: messageOf(error) }),
        ),
    );
  }
});
