import type { Comparison } from './compare-answer-sets.ts';
import type { AnswerCell, CellStatus, QuestionAgreement } from './question-agreement.ts';
import { toCsv, type CsvCell } from './csv.ts';

export const COMPARISON_CSV_HEADER = [
  'Section',
  'Question number',
  'Question',
  'Must-have',
  'Respondent',
  'Status',
  'Answer',
  'Share of points (%)',
  'Meets the minimum',
  'Disagreement',
] as const;

const STATUS_WORDS: Record<CellStatus, string> = {
  answered: 'Answered',
  'not-applicable': 'Not applicable',
  unanswered: 'Not answered',
  hidden: 'Not asked',
};

/** "Split on the must-have", "Far apart", both, or '' : the same words as the page. */
export function disagreementWords(question: QuestionAgreement): string {
  const parts = [...(question.mustHaveSplit ? ['Split on the minimum'] : []), ...(question.farApart ? ['Far apart'] : [])];
  return parts.join('; ');
}

function gradingWords(question: QuestionAgreement): string {
  if (question.grading === 'critical') return 'Blocking';
  return question.grading === 'must-have' ? 'Must-have' : '';
}

function meetsWords(cell: AnswerCell): string {
  if (cell.belowMinimum === null) return '';
  return cell.belowMinimum ? 'No' : 'Yes';
}

function questionRows(question: QuestionAgreement, respondents: readonly string[]): CsvCell[][] {
  return question.cells.map((cell, index) => [
    `${question.number.split('.')[0] ?? ''}. ${question.sectionTitle}`,
    question.number,
    question.text,
    gradingWords(question),
    respondents[index] ?? '',
    STATUS_WORDS[cell.status],
    cell.labels.join('; '),
    cell.ratio === null ? null : Math.round(cell.ratio * 100),
    meetsWords(cell),
    disagreementWords(question),
  ]);
}

/**
 * The comparison as a spreadsheet: one row per question and respondent, in
 * questionnaire order, so a filter on any column works. Every text cell goes
 * through `toCsv`, which keeps text a spreadsheet would run as a formula as text.
 */
export function comparisonCsv(comparison: Comparison): string {
  return toCsv([COMPARISON_CSV_HEADER, ...comparison.questions.flatMap((question) => questionRows(question, comparison.respondents))]);
}
