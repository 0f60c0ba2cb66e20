import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { AssessmentResult } from '../../scoring/types.ts';

/** Where the PDF report is made (see the report issue). */
export function ReportPanel(_props: { assessment: Assessment; questionnaire: Questionnaire; result: AssessmentResult }) {
  return null;
}
