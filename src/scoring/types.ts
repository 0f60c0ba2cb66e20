import type { Band } from '../questionnaire/schema.ts';

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
  /** 0–100, full precision; null when no question in it counts. */
  score: number | null;
  /** Σ contribution and Σ possible over the section's counting questions. */
  contribution: number;
  possible: number;
  /** Visible questions, those answered, and those expected but unanswered. */
  visibleCount: number;
  answeredCount: number;
  missingCount: number;
}

export interface SectionResult extends SectionScore {
  /** Visible, scored and weighted above 0: part of the overall score. */
  takesPart: boolean;
  /** This section's weight / Σ weights of the sections taking part; 0 if it does not. */
  share: number;
}

export interface RedFlag {
  questionId: string;
  number: string;
  text: string;
  sectionId: string;
  sectionTitle: string;
  kind: 'unanswered' | 'below-minimum';
  /** Labels of the chosen options; null when unanswered. */
  answerLabels: string[] | null;
  /** Label of the lowest acceptable option. */
  minimumLabel: string;
  reason: string | null;
}

export interface MissingAnswer {
  questionId: string;
  number: string;
  text: string;
  sectionId: string;
}

export interface Completeness {
  /** Visible questions that are required or scored. */
  expected: number;
  /** Of those, how many are answered ("Not applicable" counts where allowed). */
  answered: number;
  /** answered / expected, 1 when nothing is expected. */
  ratio: number;
  /** The expected questions still unanswered, in questionnaire order. */
  missing: MissingAnswer[];
}

export type ActionPriority = 'high' | 'medium' | 'low';

export interface ActionItem {
  questionId: string;
  number: string;
  text: string;
  sectionId: string;
  sectionTitle: string;
  /** Labels of the chosen options; null when unanswered. */
  answerLabels: string[] | null;
  /** Labels of the answer that earns the most points (pick-many: highest-scoring options first until the cap is reached). */
  bestLabels: string[];
  action: string;
  /** Where the action text came from: the chosen option, the question, or the generic fallback. */
  actionSource: 'option' | 'question' | 'generic';
  /** 1 − ratio: how far the answer is below the best one. */
  gap: number;
  /** Points the section score would gain with the best answer, others unchanged. */
  sectionGain: number;
  /** Points the overall score would gain with the best answer, others unchanged (full precision). */
  gain: number;
  priority: ActionPriority;
  isRedFlag: boolean;
}

export interface AssessmentResult {
  /** Overall 0–100 at full precision; null when no section takes part (everything N/A or hidden). */
  score: number | null;
  /** The band of the rounded score; null when `score` is null. */
  numericBand: Band | null;
  /** The verdict: the lowest band when any red flag is raised, else `numericBand`. */
  band: Band | null;
  /** True whenever a red flag is raised: the verdict is then the lowest band whatever the score. */
  cappedByRedFlags: boolean;
  /** Sections taking part in the overall score. */
  scoredSections: number;
  /** True while any visible required-or-scored question is unanswered. */
  isDraft: boolean;
  /** Every section in questionnaire order, hidden ones included (`visible: false`). */
  sections: SectionResult[];
  /** Every visible question in questionnaire order. */
  questions: QuestionResult[];
  redFlags: RedFlag[];
  completeness: Completeness;
  actionPlan: ActionItem[];
}
