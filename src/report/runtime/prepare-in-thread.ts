import type { buildReport as BuildReport } from '../build-report.ts';
import type { buildPublicSummary as BuildPublicSummary } from '../public-summary.ts';
import { loadReportFontsBrowser } from './load-fonts-browser.ts';
import type { ReportFonts } from '../report-types.ts';

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
  prepared ??= Promise.all([
    import('../build-report.ts'),
    import('../public-summary.ts'),
    loadReportFontsBrowser(),
    import('@pdfme/pdf-lib'),
  ])
    .then(([report, summary, fonts]) => ({ buildReport: report.buildReport, buildPublicSummary: summary.buildPublicSummary, fonts }))
    .catch((error: unknown) => {
      prepared = null;
      throw error;
    });
  return prepared;
}
