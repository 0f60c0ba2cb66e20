import type { buildReport as BuildReport } from './build-report.ts';
import { loadReportFontsBrowser } from './load-fonts-browser.ts';
import type { ReportFonts } from './report-types.ts';

export interface PreparedReport {
  buildReport: typeof BuildReport;
  fonts: ReportFonts;
}

let prepared: Promise<PreparedReport> | null = null;

/**
 * Loads what a report needs (jsPDF and the report code, the fonts, the PDF
 * attachment library) once; later calls reuse it. The results page calls it
 * when the browser is idle, so that "Download the PDF report" only has the
 * drawing left to do. A failure is forgotten so the next call tries again.
 */
export function prepareReport(): Promise<PreparedReport> {
  prepared ??= Promise.all([import('./build-report.ts'), loadReportFontsBrowser(), import('@pdfme/pdf-lib')])
    .then(([module, fonts]) => ({ buildReport: module.buildReport, fonts }))
    .catch((error: unknown) => {
      prepared = null;
      throw error;
    });
  return prepared;
}
