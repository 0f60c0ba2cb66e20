import type { Questionnaire } from '../questionnaire/model.ts';
import type { AssessmentResult } from '../scoring/types.ts';
import type { Assessment } from '../storage/assessment.ts';
import type { ReportStatus } from './report-edition.ts';
import type { ReportSignature } from './report-manifest.ts';

export type { Paper } from './paper.ts';
import type { Paper } from './paper.ts';

/** The two TrueType files the report is set in (DejaVu Sans regular and bold). */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface ReportInput {
  questionnaire: Questionnaire;
  assessment: Assessment;
  /** `scoreAssessment(questionnaire, assessment.answers)`: the numbers the screen shows. */
  result: AssessmentResult;
  /** When the report is made: printed, and the PDF's creation date. The same instant gives the same bytes. */
  generatedAt: Date;
  /** IANA time zone the date and time are printed in, such as "Europe/London". */
  timeZone: string;
  paper?: Paper;
  /**
   * Draft (the default) or final: a final report needs every question answered and the assessor's
   * declaration, and is the next revision after the assessment's last final report.
   */
  status?: ReportStatus;
  /** The organisation's signature over the report fingerprint (signing/sign-report.ts), if it signs its reports. */
  signature?: ReportSignature | null;
}

/** What the team chooses for the public summary: whether it names the assessor. */
export interface PublicSummaryOptions {
  includeNames: boolean;
}

export interface ReportDeps {
  fonts: ReportFonts;
  /** Stops a report nobody waits for (the warm-up) at its next pause, so a report someone asked for can start. */
  signal?: AbortSignal;
}
