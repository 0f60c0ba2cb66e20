import type { Answers } from '../questionnaire/answers.ts';
import { describeAnswer } from '../questionnaire/describe-answer.ts';
import type { Question, Questionnaire } from '../questionnaire/model.ts';
import type { AssessmentResult, RedFlag } from '../scoring/types.ts';
import { commitmentFor } from '../storage/action-commitments.ts';
import type { Assessment } from '../storage/assessment.ts';

/**
 * What moved between two states of an assessment: answers, actions and red
 * flags. The final report's "changes since revision N" and the comparison
 * of rounds both read their differences from here, so both say the same.
 */

export interface AnswerChange {
  questionId: string;
  number: string;
  text: string;
  before: string;
  after: string;
}

export interface ActionChange {
  /** The action's id in the plan (group id, or lead question id). */
  id: string;
  label: string;
  how: string;
}

export interface FlagChange {
  questionId: string;
  number: string;
  label: string;
  severity: RedFlag['severity'];
}

/** One state: the answers and the plan, with the result the scoring engine gave for them. */
export interface AssessmentState {
  answers: Answers;
  actionPlan: Assessment['actionPlan'];
  result: AssessmentResult;
}

/** An answer as it reads in a list of changes: "Not answered", "Not applicable (reason)", or the choices. */
export function answerText(question: Question, answers: Answers): string {
  const description = describeAnswer(question, answers[question.id]);
  if (description.kind === 'unanswered') return 'Not answered';
  if (description.kind === 'not-applicable') return `Not applicable (${description.justification || 'no reason given'})`;
  return description.reason ? `${description.text} (${description.reason})` : description.text;
}

/** Every question, in questionnaire order, whose answer reads differently after than before. */
export function changedAnswers(questionnaire: Questionnaire, before: Answers, after: Answers): AnswerChange[] {
  return questionnaire.sections
    .flatMap((section) => section.questions)
    .flatMap((question) => {
      const was = answerText(question, before);
      const now = answerText(question, after);
      return was === now ? [] : [{ questionId: question.id, number: question.number, text: question.text, before: was, after: now }];
    });
}

const CLOSED = new Set(['done', 'not-needed']);

function actionLabel(item: AssessmentResult['actionPlan'][number]): string {
  return item.title ?? `${item.number} ${item.text}`;
}

function commitment(plan: Assessment['actionPlan'], item: AssessmentResult['actionPlan'][number]) {
  return commitmentFor(
    plan,
    item.id,
    item.questions.map((question) => question.questionId),
  );
}

/**
 * Actions closed between the two states: marked done or not needed since,
 * and actions of before that are gone from the plan because the answer now
 * meets them.
 */
export function closedActions(before: AssessmentState, after: AssessmentState): ActionChange[] {
  const marked = after.result.actionPlan.flatMap((item) => {
    const now = commitment(after.actionPlan, item);
    const then = commitment(before.actionPlan, item);
    if (!CLOSED.has(now.state) || CLOSED.has(then.state)) return [];
    const how = now.state === 'done' ? 'marked done' : `marked not needed: ${now.reason.trim() || 'no reason given'}`;
    return [{ id: item.id, label: actionLabel(item), how }];
  });
  const still = new Set(after.result.actionPlan.map((item) => item.id));
  const resolved = before.result.actionPlan
    .filter((item) => !still.has(item.id))
    .map((item) => ({ id: item.id, label: actionLabel(item), how: 'the answer now meets it' }));
  return [...marked, ...resolved];
}

/**
 * Actions opened between the two states: new in the plan because an answer
 * now falls short, and actions marked done or not needed before that are
 * open again.
 */
export function openedActions(before: AssessmentState, after: AssessmentState): ActionChange[] {
  const earlier = new Set(before.result.actionPlan.map((item) => item.id));
  return after.result.actionPlan.flatMap((item) => {
    if (!earlier.has(item.id)) return [{ id: item.id, label: actionLabel(item), how: 'new: the answer now falls short' }];
    const now = commitment(after.actionPlan, item);
    const then = commitment(before.actionPlan, item);
    return CLOSED.has(then.state) && !CLOSED.has(now.state) ? [{ id: item.id, label: actionLabel(item), how: 'open again' }] : [];
  });
}

function flagLabel(flag: RedFlag): string {
  return `${flag.number} ${flag.name ?? flag.text}`;
}

const flagKey = (flag: RedFlag) => `${flag.questionId}\u0000${flag.severity}`;

/** Red flags (blocking answers and must-haves not met) in after and not in before, by question and severity. */
export function raisedFlags(before: AssessmentResult, after: AssessmentResult): FlagChange[] {
  const earlier = new Set(before.redFlags.map(flagKey));
  return after.redFlags
    .filter((flag) => !earlier.has(flagKey(flag)))
    .map((flag) => ({ questionId: flag.questionId, number: flag.number, label: flagLabel(flag), severity: flag.severity }));
}

/** Red flags in before and not in after. */
export function clearedFlags(before: AssessmentResult, after: AssessmentResult): FlagChange[] {
  return raisedFlags(after, before);
}
