import type { ComparisonReportInput } from '../comparison-report.ts';
import type { ReadReportResult } from '../read-report.ts';
import type { PublicSummaryOptions, ReportInput } from '../report-types.ts';
import type { BlankQuestionnaireOptions } from '../blank-questionnaire.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { RoundsReportInput } from '../rounds-report.ts';

/** What the page asks of the report worker. */
export type ToReportWorker =
  | { type: 'prepare' }
  /** `summary`: make the one-page public summary instead of the full report. */
  | { type: 'make'; id: number; input: ReportInput; summary?: PublicSummaryOptions }
  /** Draw a questionnaire as a blank form to fill in by hand. */
  | { type: 'blank'; id: number; questionnaire: Questionnaire; options: BlankQuestionnaireOptions }
  /** The comparison of rounds, in the report's fonts and layout. */
  | { type: 'make-rounds'; id: number; input: RoundsReportInput }
  /** Read a chosen file as a report: parsing a large or hostile PDF must not freeze the page. */
  | { type: 'read'; id: number; bytes: Uint8Array }
  /** The comparison of several respondents' answers (compare page). */
  | { type: 'compare'; id: number; input: ComparisonReportInput };

/** What the report worker answers. A failure without an id is one of preparing. */
export type FromReportWorker =
  | { type: 'ready' }
  | { type: 'made'; id: number; bytes: Uint8Array }
  | { type: 'read'; id: number; result: ReadReportResult }
  | { type: 'failed'; id?: number; message: string };

export { messageOf } from '../../questionnaire/wording.ts';
