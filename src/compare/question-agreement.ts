import type { Answers } from '../questionnaire/answers.ts';
import { selectedValues } from '../questionnaire/answers.ts';
import type { Question, Section } from '../questionnaire/model.ts';
import type { AssessmentResult } from '../scoring/types.ts';

/**
 * What one respondent answered to one question:
 * - `answered`: an answer the question accepts (choices picked, or text);
 * - `not-applicable`: "Not applicable", where the question allows it;
 * - `unanswered`: shown to them, not answered;
 * - `hidden`: not asked of them (their earlier answers hide it).
 */
export type CellStatus = 'answered' | 'not-applicable' | 'unanswered' | 'hidden';

export interface AnswerCell {
  status: CellStatus;
  /** Option values picked, in option order; empty unless answered with choices. */
  values: string[];
  /** Their labels, or the text typed for a text question. */
  labels: string[];
  /** Position on the question's score scale (see `optionSteps`); null unless a pick-one answer. */
  step: number | null;
  /** Share of the question's points earned, from the scoring engine; null unless it counts. */
  ratio: number | null;
  /** For a must-have or critical question answered: whether the answer falls below its minimum (a red flag). */
  belowMinimum: boolean | null;
}

/** How many picked one option, and who. */
export interface OptionTally {
  value: string;
  label: string;
  count: number;
  /** Indexes of the respondents who picked it. */
  respondents: number[];
}

/** The threshold a question decides the verdict by, if any. */
export type Grading = 'critical' | 'must-have' | null;

export interface QuestionAgreement {
  questionId: string;
  sectionId: string;
  sectionTitle: string;
  number: string;
  text: string;
  kind: Question['kind'];
  weight: number;
  grading: Grading;
  /** The must-have's short name, when it has one. */
  mustHaveName: string | null;
  /** Label of the lowest acceptable option for a graded question. */
  minimumLabel: string | null;
  cells: AnswerCell[];
  options: OptionTally[];
  counts: Record<CellStatus, number>;
  /** Steps between the lowest and highest pick-one answer; null with fewer than two such answers. */
  stepSpread: number | null;
  /** Highest minus lowest share of the points, over the answers that count; 0 with fewer than two. */
  ratioSpread: number;
  /** Some respondents meet the must-have (or critical) minimum and some do not. */
  mustHaveSplit: boolean;
  /** Answers two or more steps apart on the scale (pick one), or half the points apart (pick many). */
  farApart: boolean;
  disagrees: boolean;
}

/** Two answers this many steps apart on a pick-one question disagree. */
export const STEPS_APART = 2;
/** Pick-many answers have no scale: this share of the question's points apart counts as disagreeing. */
export const RATIO_APART = 0.5;

/**
 * Each option's step on the question's scale: how many distinct scores lie
 * below its own. The score order is the scale's order (Not started … Verified)
 * and also orders yes/no and hand-written options the way the scoring does;
 * options sharing a score share a step, and a question whose options all
 * score the same has one step, so choosing differently there is not a
 * disagreement about how good the answer is.
 */
export function optionSteps(question: Question): Map<string, number> {
  const scores = [...new Set(question.options.map((option) => option.score))].sort((a, b) => a - b);
  return new Map(question.options.map((option) => [option.value, scores.indexOf(option.score)]));
}

function gradingOf(question: Question): Grading {
  if (question.critical) return 'critical';
  return question.mustHave ? 'must-have' : null;
}

function minimumLabelOf(question: Question): string | null {
  // The must-have's bar where there is one: an answer below it is a red flag either way.
  const minimum = question.mustHave?.minimum ?? question.critical?.minimum;
  if (minimum === undefined) return null;
  return question.options.find((option) => option.value === minimum)?.label ?? minimum;
}

function cellFor(question: Question, answers: Answers, result: AssessmentResult, steps: Map<string, number>): AnswerCell {
  const scored = result.questions.find((entry) => entry.id === question.id);
  const empty = { values: [], labels: [], step: null, ratio: null, belowMinimum: null };
  if (!scored) return { status: 'hidden', ...empty };
  if (scored.status === 'not-applicable') return { status: 'not-applicable', ...empty };
  if (!scored.answered) return { status: 'unanswered', ...empty };
  const answer = answers[question.id];
  if (question.kind === 'text') {
    const text = typeof answer?.value === 'string' ? answer.value.trim() : '';
    return { status: 'answered', ...empty, labels: text ? [text] : [] };
  }
  const values = selectedValues(question, answer);
  const graded = gradingOf(question) !== null;
  return {
    status: 'answered',
    values,
    labels: scored.answerLabels ?? [],
    step: question.kind === 'single' && values[0] !== undefined ? (steps.get(values[0]) ?? null) : null,
    ratio: scored.ratio,
    belowMinimum: graded ? result.redFlags.some((flag) => flag.questionId === question.id) : null,
  };
}

function spread(numbers: readonly number[]): number {
  return numbers.length < 2 ? 0 : Math.max(...numbers) - Math.min(...numbers);
}

/**
 * Compares what every respondent answered to one question. Only answers
 * count towards a disagreement: "Not applicable", unanswered and hidden are
 * counted and shown but neither agree nor disagree, and text answers are
 * listed, never measured. Red flags and ratios come from each respondent's
 * scored result, so a disagreement means what the score and verdict mean.
 */
export function compareQuestion(
  question: Question,
  section: Section,
  answerSets: readonly Answers[],
  results: readonly AssessmentResult[],
): QuestionAgreement {
  const steps = optionSteps(question);
  const cells = answerSets.map((answers, index) => cellFor(question, answers, results[index] as AssessmentResult, steps));
  const answered = cells.filter((cell) => cell.status === 'answered');
  const stepValues = answered.flatMap((cell) => (cell.step === null ? [] : [cell.step]));
  const ratios = answered.flatMap((cell) => (cell.ratio === null ? [] : [cell.ratio]));
  const stepSpread = stepValues.length < 2 ? null : spread(stepValues);
  const ratioSpread = spread(ratios);
  const mustHaveSplit = answered.some((cell) => cell.belowMinimum === true) && answered.some((cell) => cell.belowMinimum === false);
  const farApart =
    question.kind === 'single'
      ? stepSpread !== null && stepSpread >= STEPS_APART
      : question.kind === 'multiple' && ratios.length >= 2 && ratioSpread >= RATIO_APART;
  const counts: Record<CellStatus, number> = { answered: 0, 'not-applicable': 0, unanswered: 0, hidden: 0 };
  for (const cell of cells) counts[cell.status] += 1;
  return {
    questionId: question.id,
    sectionId: section.id,
    sectionTitle: section.title,
    number: question.number,
    text: question.text,
    kind: question.kind,
    weight: question.weight,
    grading: gradingOf(question),
    mustHaveName: question.mustHave?.name ?? null,
    minimumLabel: minimumLabelOf(question),
    cells,
    options: question.options.map((option) => {
      const respondents = cells.flatMap((cell, index) => (cell.values.includes(option.value) ? [index] : []));
      return { value: option.value, label: option.label, count: respondents.length, respondents };
    }),
    counts,
    stepSpread,
    ratioSpread,
    mustHaveSplit,
    farApart,
    disagrees: mustHaveSplit || farApart,
  };
}
