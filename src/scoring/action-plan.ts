import type { Option, Questionnaire } from '../questionnaire/model.ts';
import type { ActionItem, ActionUrgency, RedFlag, SectionResult, VerdictCap } from './types.ts';
import type { ScoredQuestion } from './visible-questions.ts';
import { bestOptions } from './best-answer.ts';
import { chosenOptions, pointsRatio, rawPoints } from './question-score.ts';
import { SCORE_TOLERANCE } from './precision.ts';
import { priorityOf } from './priority.ts';
import { roundGain } from './round-score.ts';

export type { ScoredQuestion } from './visible-questions.ts';

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

const URGENCY_RANK: Record<ActionUrgency, number> = { blocking: 0, 'must-have': 1, 'section-floor': 2, improvement: 3 };

function urgencyOf(entry: ScoredQuestion, flags: ReadonlyMap<string, RedFlag>, weakSections: ReadonlySet<string>): ActionUrgency {
  const flag = flags.get(entry.question.id);
  if (flag) return flag.severity === 'blocking' ? 'blocking' : 'must-have';
  return weakSections.has(entry.section.id) ? 'section-floor' : 'improvement';
}

interface Candidate {
  entry: ScoredQuestion;
  urgency: ActionUrgency;
  gain: number;
  sectionGain: number;
  gap: number;
}

function candidateOf(entry: ScoredQuestion, section: SectionResult | undefined, urgency: ActionUrgency): Candidate {
  const gap = gapOf(entry);
  const sectionGain = section && section.possible > 0 ? (100 * entry.result.possible * gap) / section.possible : 0;
  return { entry, urgency, gap, sectionGain, gain: (section?.share ?? 0) * sectionGain };
}

// Compare gains as shown, so two items displayed with the same gain stay in
// questionnaire order instead of being split by invisible decimals.
function byUrgencyThenGain(a: { urgency: ActionUrgency; gain: number }, b: { urgency: ActionUrgency; gain: number }): number {
  const urgency = URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency];
  return urgency !== 0 ? urgency : roundGain(b.gain) - roundGain(a.gain);
}

function toItem(key: string, members: readonly Candidate[], title: string | null): ActionItem {
  const [lead, ...rest] = members;
  if (!lead) throw new Error('an action needs at least one question');
  const { question, section, result } = lead.entry;
  const best = bestOptions(question);
  // Sections score linearly in their questions, so the gains of several
  // answers improved together add up (while the same sections take part).
  const gain = members.reduce((total, member) => total + member.gain, 0);
  const isRedFlag = members.some((member) => member.urgency === 'blocking' || member.urgency === 'must-have');
  return {
    id: key,
    title,
    questionId: question.id,
    number: question.number,
    text: question.text,
    sectionId: section.id,
    sectionTitle: section.title,
    answerLabels: result.answerLabels,
    bestLabels: best.map((option) => option.label),
    ...chooseAction(lead.entry, best),
    questions: [lead, ...rest].map(({ entry }) => ({
      questionId: entry.question.id,
      number: entry.question.number,
      text: entry.question.text,
      answerLabels: entry.result.answerLabels,
    })),
    gap: lead.gap,
    sectionGain: lead.sectionGain,
    gain,
    urgency: lead.urgency,
    priority: priorityOf(gain, isRedFlag),
    isRedFlag,
  };
}

/**
 * The recommended actions: one per underlying gap. Every counting question
 * below its best answer, and every red flag, needs one; questions that share
 * an action group get a single merged action naming them all. Ordered by
 * what holds the verdict down (blocking flags, unmet must-haves, sections
 * under the floor), then by the overall points the action could add, then
 * questionnaire order (the sorts are stable).
 */
export function buildActionPlan(
  questionnaire: Pick<Questionnaire, 'actionGroups'>,
  questions: readonly ScoredQuestion[],
  sections: readonly SectionResult[],
  redFlags: readonly RedFlag[],
  caps: readonly VerdictCap[],
): ActionItem[] {
  const sectionById = new Map(sections.map((section) => [section.id, section]));
  const flags = new Map(redFlags.map((flag) => [flag.questionId, flag]));
  const weakSections = new Set(
    caps.filter((cap) => cap.kind === 'section-below-floor' && cap.sectionId !== null).map((cap) => cap.sectionId as string),
  );
  const candidates = questions
    .filter((entry) => flags.has(entry.question.id) || (entry.result.ratio !== null && entry.result.ratio < 1 - SCORE_TOLERANCE))
    .map((entry) => candidateOf(entry, sectionById.get(entry.section.id), urgencyOf(entry, flags, weakSections)))
    .sort(byUrgencyThenGain);
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = candidate.entry.question.actionGroup ?? candidate.entry.question.id;
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const groupTitles = new Map(Object.entries(questionnaire.actionGroups));
  return [...groups]
    .map(([key, members]) => {
      const grouped = members[0]?.entry.question.actionGroup !== undefined;
      return toItem(key, members, grouped ? (groupTitles.get(key)?.title ?? null) : null);
    })
    .sort(byUrgencyThenGain);
}
