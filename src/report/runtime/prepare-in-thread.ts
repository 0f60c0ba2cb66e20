import type { buildReport as BuildReport } from '../build-report.ts';
import type { buildPublicSummary as BuildPublicSummary } from '../public-summary.ts';
import { loadReportFontsBrowser } from './load-fonts-browser.ts';
import type { ReportFonts } from '../report-types.ts';
import type { BlankQuestionnaireOptions } from '../blank-questionnaire.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';

export interface PreparedReport {
  buildReport: typeof BuildReport;
  buildPublicSummary: typeof BuildPublicSummary;
  fonts: ReportFonts;
}

let prepared: Promise<PreparedReport> | null = null;

/**
 * Loads what a report needs (jsPDF and the report code, the fonts, the PDF
 * attachment library) into the current thread, once; later calls reuse it.
 * The report worker calls it; so does the page itself where there is no
 * worker. A failure is forgotten so the next call tries again.
 */
export function prepareInThread(): Promise<PreparedReport> {
  // The attachment library is needed only at the end of a report: it keeps
  // loading while the first one is drawn instead of holding it back. A
  // failure to load it surfaces there, as that report's error.
  if (!prepared) void import('@pdfme/pdf-lib').catch(() => undefined);
  prepared ??= Promise.all([import('../build-report.ts'), import('../public-summary.ts'), loadReportFontsBrowser()])
    .then(([report, summary, fonts]) => ({ buildReport: report.buildReport, buildPublicSummary: summary.buildPublicSummary, fonts }))
    .catch((error: unknown) => {
      prepared = null;
      throw error;
    });
  return prepared;
}

/** A blank questionnaire, drawn in the current thread with the report's fonts; its code loads only when first asked for. */
export async function makeBlankInThread(questionnaire: Questionnaire, options: BlankQuestionnaireOptions): Promise<Uint8Array> {
  const [{ buildBlankQuestionnaire }, { fonts }] = await Promise.all([import('../blank-questionnaire.ts'), prepareInThread()]);
  return buildBlankQuestionnaire(questionnaire, options, fonts);
}
