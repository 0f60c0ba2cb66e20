import { scoreAssessment } from '../scoring/score-assessment.ts';
import type { ReportInput } from './report-types.ts';

/** Questions kept in the warm-up report: enough to reach every kind of part, few enough to take a moment. */
const WARM_UP_QUESTIONS = 3;

/**
 * A small report of the same assessment: its first section, cut to its first
 * few questions, scored afresh. Making it once, thrown away, before the real
 * report compiles jsPDF's drawing and font code and converts the fonts,
 * so the report a person asks for is made by warm code. Same text, same
 * fonts, same parts; only shorter.
 */
export function warmUpInput(input: ReportInput): ReportInput {
  const [first] = input.questionnaire.sections;
  const sections = first ? [{ ...first, questions: first.questions.slice(0, WARM_UP_QUESTIONS) }] : [];
  const questionnaire = { ...input.questionnaire, sections };
  return { ...input, questionnaire, result: scoreAssessment(questionnaire, input.assessment.answers) };
}
