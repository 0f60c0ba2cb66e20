import type { Option } from '../questionnaire/model.ts';
import type { ActionItem, QuestionResult, RedFlag, SectionResult } from './types.ts';
import type { VisibleQuestion } from './visible-questions.ts';
import { bestOptions } from './best-answer.ts';
import { chosenOptions, pointsRatio, rawPoints } from './question-score.ts';
import { SCORE_TOLERANCE } from './precision.ts';
import { priorityOf } from './priority.ts';
import { roundGain } from './round-score.ts';

/** A visible question with its computed result, as the action plan sees it. */
export interface ScoredQuestion extends VisibleQuestion {
  result: QuestionResult;
}

function quotedList(labels: readonly string[]): string {
  const quoted = labels.map((label) => `“${label}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * The fallback when neither the chosen option nor the question names an
 * action: point at the question and at what its best answer looks like.
 */
export function genericAction(number: string, text: string, best: readonly Option[]): string {
  const target = best.length > 0 ? `; the best answer is ${quotedList(best.map((option) => option.label))}` : '';
  return `Improve the answer to question ${number} (“${text}”)${target}.`;
}

function chooseAction({ question, answer }: ScoredQuestion, best: readonly Option[]): Pick<ActionItem, 'action' | 'actionSource'> {
  // An option's action is the most specific advice ("you chose None: start
  // with…"), so it wins over the question's general one.
  const fromOption = chosenOptions(question, answer).find((option) => option.action)?.action;
  if (fromOption) return { action: fromOption, actionSource: 'option' };
  if (question.action) return { action: question.action, actionSource: 'question' };
  return { action: genericAction(question.number, question.text, best), actionSource: 'generic' };
}

function gapOf({ question, answer, result }: ScoredQuestion): number {
  // Red flags on unscored questions have no ratio; measure them all the same.
  const ratio = result.ratio ?? pointsRatio(question, rawPoints(question, answer));
  return 1 - ratio;
}

function toItem(entry: ScoredQuestion, section: SectionResult | undefined, isRedFlag: boolean): ActionItem {
  const { question, result } = entry;
  const gap = gapOf(entry);
  const best = bestOptions(question);
  const sectionGain = section && section.possible > 0 ? (100 * result.possible * gap) / section.possible : 0;
  const gain = (section?.share ?? 0) * sectionGain;
  return {
    questionId: question.id,
    number: question.number,
    text: question.text,
    sectionId: entry.section.id,
    sectionTitle: entry.section.title,
    answerLabels: result.answerLabels,
    bestLabels: best.map((option) => option.label),
    ...chooseAction(entry, best),
    gap,
    sectionGain,
    gain,
    priority: priorityOf(gain, isRedFlag),
    isRedFlag,
  };
}

function byPriority(a: ActionItem, b: ActionItem): number {
  if (a.isRedFlag !== b.isRedFlag) return a.isRedFlag ? -1 : 1;
  // Compare the gains as shown, so that two items displayed with the same
  // gain stay in questionnaire order instead of being split by invisible decimals.
  return roundGain(b.gain) - roundGain(a.gain);
}

/**
 * One recommended action per counting question below its best answer
 * (unanswered ones included) and per red flag. Ordered: red flags first, then
 * by gain in overall points, then questionnaire order (the sort is stable).
 */
export function buildActionPlan(
  questions: readonly ScoredQuestion[],
  sections: readonly SectionResult[],
  redFlags: readonly RedFlag[],
): ActionItem[] {
  const sectionById = new Map(sections.map((section) => [section.id, section]));
  const flagged = new Set(redFlags.map((flag) => flag.questionId));
  return questions
    .filter(
      (entry) =>
        flagged.has(entry.question.id) ||
        (entry.result.ratio !== null && entry.result.ratio < 1 - SCORE_TOLERANCE),
    )
    .map((entry) => toItem(entry, sectionById.get(entry.section.id), flagged.has(entry.question.id)))
    .sort(byPriority);
}
