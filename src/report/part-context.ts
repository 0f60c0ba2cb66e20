import type { Layout } from './page-layout.ts';
import type { ReportEdition } from './report-edition.ts';
import type { ReportInput } from './report-types.ts';

/** What every part of the report draws from. */
export interface PartContext {
  layout: Layout;
  input: ReportInput;
  /** Full SHA-256 report fingerprint (hex). */
  fingerprint: string;
  /** Draft, or which final revision, with its declaration. */
  edition: ReportEdition;
}

/** Points as the questionnaire gives them: whole numbers as such, else up to two decimals. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}
