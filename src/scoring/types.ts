import type { Band } from '../questionnaire/schema.ts';
import type { AnswerCounts } from '../questionnaire/answer-counts.ts';

export type { AnswerCounts };

// Results are computed here from already-validated data and never parsed
// from outside, so plain types are enough: there is no schema to infer from.

/**
 * How a visible question takes part in the score:
 * - `answered` / `unanswered`: it counts (an unanswered one earns 0 points);
 * - `not-applicable`: answered "Not applicable" where the question allows it;
 * - `unscored`: it can never earn points (text, weight 0, no positive option).
 */
export type QuestionStatus = 'answered' | 'unanswered' | 'not-applicable' | 'unscored';

export interface QuestionResult {
  id: string;
  sectionId: string;
  number: string;
  text: string;
  status: QuestionStatus;
  /** Answered, or "Not applicable" where allowed (as `isAnswered`). */
  answered: boolean;
  /** Must be answered before the result is final: required or scored. */
  expected: boolean;
  /** A must-have or critical question: it decides the verdict. */
  critical: boolean;
  /** Labels of the chosen options; null for text questions, N/A and no choice. */
  answerLabels: string[] | null;
  /** Points earned (capped at `maxScore`); null unless the question counts. */
  points: number | null;
  maxScore: number;
  /** points / maxScore in [0, 1]; null unless the question counts. */
  ratio: number | null;
  weight: number;
  /** ratio × weight; 0 unless the question counts. */
  contribution: number;
  /** weight when the question counts, else 0. */
  possible: number;
}

export interface SectionScore {
  id: string;
  number: number;
  title: string;
  weight: number;
  visible: boolean;
  /** 0–100, full precision; null when no question in it counts, or it is not assessed. */
  score: number | null;
  /** False when most of its scorable weight is "Not applicable": it has no score and keeps the verdict from the top band. */
  assessed: boolean;
  /** Σ weight of its visible scorable questions answered "Not applicable". */
  notApplicableWeight: number;
  /** Σ contribution and Σ possible over the section's counting questions. */
  contribution: number;
  possible: number;
  counts: AnswerCounts;
}

export interface SectionResult extends SectionScore {
  /** Visible, scored and weighted above 0: part of the overall score. */
  takesPart: boolean;
  /** This section's weight / Σ weights of the sections taking part; 0 if it does not. */
  share: number;
}

/**
 * How hard an answer below a threshold weighs on the verdict:
 * - `blocking`: below a critical question's minimum: the verdict is the lowest band;
 * - `must-have`: below a must-have's minimum: the verdict stays below the top band.
 */
export type RedFlagSeverity = 'blocking' | 'must-have';

/** An answer given below a threshold. Unanswered questions never raise one: they are still to answer. */
export interface RedFlag {
  questionId: string;
  number: string;
  text: string;
  sectionId: string;
  sectionTitle: string;
  severity: RedFlagSeverity;
  /** The must-have's short name; null for a critical question that is not a must-have. */
  name: string | null;
  /** Labels of the chosen options. */
  answerLabels: string[];
  /** Label of the lowest acceptable option. */
  minimumLabel: string;
  reason: string | null;
}

/** A critical or must-have question shown but not answered yet: it keeps the verdict from the top band until it is. */
export interface PendingMustHave {
  questionId: string;
  number: string;
  text: string;
  sectionId: string;
  name: string | null;
}

/**
 * Why the verdict is lower than the score alone would give:
 * - `blocking-flag` / `must-have-not-met`: a red flag (see `RedFlag`);
 * - `must-have-unanswered`: a critical or must-have question still to answer;
 * - `section-below-floor`: a section scored under the questionnaire's floor;
 * - `section-not-assessed`: a section where most of the weight is "Not applicable".
 */
export type VerdictCapKind =
  'blocking-flag' | 'must-have-not-met' | 'must-have-unanswered' | 'section-below-floor' | 'section-not-assessed';

export interface VerdictCap {
  kind: VerdictCapKind;
  /** The best band the verdict can have because of this. */
  band: Band;
  questionId: string | null;
  sectionId: string | null;
  /** One sentence a person can act on. */
  message: string;
}

/** A question answered "Not applicable", with the reason given. */
export interface NotApplicableAnswer {
  questionId: string;
  number: string;
  text: string;
  sectionId: string;
  reason: string;
}

export interface MissingAnswer {
  questionId: string;
  number: string;
  text: string;
  sectionId: string;
}

export interface Completeness {
  counts: AnswerCounts;
  /** Done (answered or "Not applicable") / (done + to answer); 1 when nothing is expected. */
  ratio: number;
  /** The expected questions still unanswered, in questionnaire order. */
  missing: MissingAnswer[];
}

export type ActionPriority = 'high' | 'medium' | 'low';

/** Why an action comes first: it is what keeps the verdict down. */
export type ActionUrgency = 'blocking' | 'must-have' | 'section-floor' | 'improvement';

/** One question an action answers. */
export interface ActionQuestion {
  questionId: string;
  number: string;
  text: string;
  /** Labels of the chosen options; null when unanswered. */
  answerLabels: string[] | null;
}

export interface ActionItem {
  /** Stable key of the action: its group id, or the question id when it stands alone. Owners, dates and states are kept under it. */
  id: string;
  /** The group's title when several questions share the action; null otherwise. */
  title: string | null;
  /** The lead question: the most urgent of the questions it answers. */
  questionId: string;
  number: string;
  text: string;
  sectionId: string;
  sectionTitle: string;
  /** Labels of the lead question's chosen options; null when unanswered. */
  answerLabels: string[] | null;
  /** Labels of the answer that earns the most points (pick-many: highest-scoring options first until the cap is reached). */
  bestLabels: string[];
  action: string;
  /** Where the action text came from: the chosen option, the question, or the generic fallback. */
  actionSource: 'option' | 'question' | 'generic';
  /** Every question this action answers, the lead first. */
  questions: ActionQuestion[];
  /** 1 − ratio of the lead question. */
  gap: number;
  /** Points the lead question's section would gain with the best answers, others unchanged. */
  sectionGain: number;
  /** Points the overall score would gain if every question it answers had its best answer (full precision). */
  gain: number;
  urgency: ActionUrgency;
  priority: ActionPriority;
  isRedFlag: boolean;
}

export interface AssessmentResult {
  /** Overall 0–100 at full precision; null when no section takes part (everything N/A or hidden). */
  score: number | null;
  /** The band of the rounded score; null when `score` is null. */
  numericBand: Band | null;
  /** The verdict: `numericBand`, lowered by every cap that applies. */
  band: Band | null;
  /** Every reason the verdict is held down, worst first; empty when the score alone decides. */
  caps: VerdictCap[];
  /** True when the caps make the verdict lower than `numericBand`. */
  capped: boolean;
  /** True when a quick check: its result is a triage, not the full review. */
  isQuickCheck: boolean;
  /** Sections taking part in the overall score. */
  scoredSections: number;
  /** True while any visible required-or-scored question is unanswered. */
  isDraft: boolean;
  /** Every section in questionnaire order, hidden ones included (`visible: false`). */
  sections: SectionResult[];
  /** Every visible question in questionnaire order. */
  questions: QuestionResult[];
  redFlags: RedFlag[];
  /** Critical and must-have questions shown but not answered yet. */
  pendingMustHaves: PendingMustHave[];
  notApplicable: NotApplicableAnswer[];
  completeness: Completeness;
  actionPlan: ActionItem[];
}
