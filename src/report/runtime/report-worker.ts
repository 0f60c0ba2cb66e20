/// <reference lib="webworker" />
import { makeBlankInThread, prepareInThread } from './prepare-in-thread.ts';
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

/** Queues the making of one PDF and answers with its bytes (moved, not copied) or why it failed. */
function makePdf(id: number, produce: () => Promise<Uint8Array>): void {
  jobs.add(() =>
    produce().then(
      (bytes) => answer({ type: 'made', id, bytes }, [bytes.buffer]),
      (error: unknown) => answer({ type: 'failed', id, message: messageOf(error) }),
    ),
  );
}

self.addEventListener('message', (event: MessageEvent<ToReportWorker>) => {
  const request = event.data;
  switch (request.type) {
    case 'prepare':
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
      return;
    case 'read':
      jobs.add(() =>
        import('../read-report.ts')
          .then(({ readReport }) => readReport(request.bytes))
          .then(
            (result) => answer({ type: 'read', id: request.id, result }),
            (error: unknown) => answer({ type: 'failed', id: request.id, message: messageOf(error) }),
          ),
      );
      return;
    case 'blank':
      makePdf(request.id, () => makeBlankInThread(request.questionnaire, request.options));
      return;
    case 'compare':
      makePdf(request.id, async () => {
        const [{ fonts }, { buildComparisonReport }] = await Promise.all([prepareInThread(), import('../comparison-report.ts')]);
        return buildComparisonReport(request.input, { fonts });
      });
      return;
    case 'make-rounds':
      makePdf(request.id, async () => {
        const [{ fonts }, { buildRoundsReport }] = await Promise.all([prepareInThread(), import('../rounds-report.ts')]);
        return buildRoundsReport(request.input, { fonts });
      });
      return;
    case 'make':
      makePdf(request.id, async () => {
        const { buildReport, buildPublicSummary, fonts } = await prepareInThread();
        return request.summary ? buildPublicSummary(request.input, { fonts }, request.summary) : buildReport(request.input, { fonts });
      });
      return;
  }
});
