import { makeBlankInThread, prepareInThread } from './prepare-in-thread.ts';
import type { BlankQuestionnaireOptions } from '../blank-questionnaire.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { ComparisonReportInput } from '../comparison-report.ts';
import type { ReadReportResult } from '../read-report.ts';
import type { PublicSummaryOptions, ReportInput } from '../report-types.ts';
import type { RoundsReportInput } from '../rounds-report.ts';
import { messageOf, type FromReportWorker, type ToReportWorker } from './report-worker-protocol.ts';
import { createReportWorker, takeEarlyReportWorker } from './report-worker-start.ts';
import { signReportIfKeyPresent } from '../signing/sign-report-if-key-present.ts';

/** Makes report PDFs once everything they need has loaded. */
export interface ReportMaker {
  make(input: ReportInput): Promise<Uint8Array>;
  /** The one-page public summary. */
  makeSummary(input: ReportInput, options: PublicSummaryOptions): Promise<Uint8Array>;
  /** A questionnaire as a blank form to fill in by hand. */
  makeBlank(questionnaire: Questionnaire, options: BlankQuestionnaireOptions): Promise<Uint8Array>;
  /** The comparison of rounds. */
  makeRounds(input: RoundsReportInput): Promise<Uint8Array>;
  /** Reads a chosen file as a report (off the page's thread where there is a worker). */
  read(bytes: Uint8Array): Promise<ReadReportResult>;
  /** The PDF comparing several respondents' answers to one questionnaire. */
  makeComparison(input: ComparisonReportInput): Promise<Uint8Array>;
}

/** A maker on the page's own thread: where workers are missing or refused. */
async function makerInThread(): Promise<ReportMaker> {
  const { buildReport, buildPublicSummary, fonts } = await prepareInThread();
  // No warm-up here: on the page's own thread it would block the page.
  return {
    make: (input) => buildReport(input, { fonts }),
    makeSummary: (input, options) => Promise.resolve(buildPublicSummary(input, { fonts }, options)),
    makeBlank: (questionnaire, options) => makeBlankInThread(questionnaire, options),
    makeRounds: (input) => import('../rounds-report.ts').then(({ buildRoundsReport }) => buildRoundsReport(input, { fonts })),
    read: (bytes) => import('../read-report.ts').then(({ readReport }) => readReport(bytes)),
    makeComparison: (input) =>
      import('../comparison-report.ts').then(({ buildComparisonReport }) => buildComparisonReport(input, { fonts })),
  };
}

/**
 * Starts the report worker and resolves once it has loaded everything;
 * rejects if it cannot start. `onDead` is told when the worker stops, so the
 * next report starts a new one.
 */
function makerInWorker(onDead: () => void): Promise<ReportMaker> {
  return new Promise((resolve, reject) => {
    const early = takeEarlyReportWorker();
    const worker = early?.worker ?? createReportWorker();
    const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    let nextId = 1;
    const request = <T>(message: (id: number) => ToReportWorker) => {
      const id = nextId++;
      return new Promise<T>((resolveRequest, rejectRequest) => {
        pending.set(id, { resolve: (value) => resolveRequest(value as T), reject: rejectRequest });
        worker.postMessage(message(id));
      });
    };
    const maker: ReportMaker = {
      make: (input) => request<Uint8Array>((id) => ({ type: 'make', id, input })),
      makeSummary: (input, summary) => request<Uint8Array>((id) => ({ type: 'make', id, input, summary })),
      makeBlank: (questionnaire, options) => request<Uint8Array>((id) => ({ type: 'blank', id, questionnaire, options })),
      makeRounds: (input) => request<Uint8Array>((id) => ({ type: 'make-rounds', id, input })),
      read: (bytes) => request<ReadReportResult>((id) => ({ type: 'read', id, bytes })),
      makeComparison: (input) => request<Uint8Array>((id) => ({ type: 'compare', id, input })),
    };
    const settle = (id: number, value: unknown) => {
      pending.get(id)?.resolve(value);
      pending.delete(id);
    };
    const receive = (message: FromReportWorker) => {
      if (message.type === 'ready') resolve(maker);
      else if (message.type === 'made') settle(message.id, message.bytes);
      else if (message.type === 'read') settle(message.id, message.result);
      else if (message.id === undefined) {
        reject(new Error(message.message));
      } else {
        pending.get(message.id)?.reject(new Error(message.message));
        pending.delete(message.id);
      }
    };
    worker.addEventListener('message', (event: MessageEvent<FromReportWorker>) => receive(event.data));
    // A worker that fails to load (or dies) ends everything it was doing.
    const fail = (message: string) => {
      const error = new Error(message || 'The report worker stopped unexpectedly. Reload the page and try again.');
      reject(error);
      for (const { reject: rejectMake } of pending.values()) rejectMake(error);
      pending.clear();
      worker.terminate();
    };
    worker.addEventListener('error', (event) => {
      fail(event.message);
      onDead();
    });
    if (early) {
      // Started by the boot entry, which already asked it to prepare: take
      // over what it kept, a failure included.
      early.stopKeeping();
      early.received.forEach(receive);
      if (early.failure !== null) fail(early.failure);
    } else {
      worker.postMessage({ type: 'prepare' } satisfies ToReportWorker);
    }
  });
}

let current: Promise<ReportMaker> | null = null;

/**
 * Loads what a report needs (jsPDF, the fonts, the PDF attachment library),
 * once, in a worker where the browser allows one and on the page otherwise.
 * Pages call it as soon as a report is likely (check your answers, results),
 * so "Download the PDF report" only has the drawing left to do. A failure is
 * forgotten, so the next call tries again.
 */
export function prepareReport(): Promise<ReportMaker> {
  if (current) return current;
  // Called only later, from an event or a rejection, once `signing` is set.
  const forget = () => {
    if (current === signing) current = null;
  };
  const attempt: Promise<ReportMaker> =
    typeof Worker === 'undefined'
      ? makerInThread()
      : makerInWorker(forget).catch((error: unknown) => {
          // The worker could not load what a report needs; the page may still manage.
          console.warn(`Making reports on the page: ${messageOf(error)}`);
          return makerInThread();
        });
  // Reports are signed on the page, where the organisation's key is kept; the worker only draws.
  const signing = attempt.then((maker): ReportMaker => ({
    ...maker,
    make: async (input) => maker.make(await signReportIfKeyPresent(input)),
  }));
  current = signing;
  signing.catch(forget);
  return signing;
}
