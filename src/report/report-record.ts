import type { Answers } from '../questionnaire/answers.ts';
import { describeAnswer } from '../questionnaire/describe-answer.ts';
import type { Question, Questionnaire } from '../questionnaire/model.ts';
import { computeVisibility } from '../questionnaire/visibility.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import type { AssessmentResult } from '../scoring/types.ts';
import { changedAnswers, closedActions, type AnswerChange } from '../compare/answer-changes.ts';
import type { Assessment, FinalReport } from '../storage/assessment.ts';
import { plural } from '../questionnaire/wording.ts';

/** One note or link given as evidence, by question. */
export interface EvidenceEntry {
  number: string;
  text: string;
  evidence: string;
  /** The questionnaire asks for evidence on this question. */
  required: boolean;
}

function shownQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  const visibility = computeVisibility(questionnaire, answers);
  return questionnaire.sections
    .filter((section) => visibility.sections.has(section.id))
    .flatMap((section) => section.questions.filter((question) => visibility.questions.has(question.id)));
}

/** The notes and links given for the questions shown, in questionnaire order. */
export function evidenceRegister(questionnaire: Questionnaire, answers: Answers): EvidenceEntry[] {
  return shownQuestions(questionnaire, answers).flatMap((question) => {
    const evidence = answers[question.id]?.notes?.trim();
    return evidence ? [{ number: question.number, text: question.text, evidence, required: question.evidence === 'required' }] : [];
  });
}

/** Questions the questionnaire asks evidence for that were given none, by number. */
export function missingEvidence(questionnaire: Questionnaire, answers: Answers): string[] {
  return shownQuestions(questionnaire, answers)
    .filter((question) => question.evidence === 'required' && !answers[question.id]?.notes?.trim())
    .map((question) => question.number);
}

export interface Scope {
  covers: string[];
  leavesOut: string[];
}

/** What the assessment covers and leaves out: from the questionnaire, the context answers and the team's own words. */
export function scopeOf(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers' | 'limitations'>,
  result: AssessmentResult,
): Scope {
  const scored = result.sections.filter((section) => section.visible && section.weight > 0);
  const context = questionnaire.sections
    .filter((section) => section.weight === 0)
    .flatMap((section) => section.questions)
    .flatMap((question) => {
      const description = describeAnswer(question, assessment.answers[question.id]);
      return description.kind === 'answer' && description.text ? [`${question.text} ${description.text}`] : [];
    });
  const notAsked = result.sections.filter((section) => !section.visible);
  const notAssessed = scored.filter((section) => !section.assessed);
  const limitations = assessment.limitations.trim();
  return {
    covers: [
      `${questionnaire.title} (${questionnaire.id}, version ${questionnaire.version}), sections ${scored.map((section) => `${section.number} ${section.title}`).join('; ')}.`,
      ...context,
    ],
    leavesOut: [
      ...notAsked.map(
        (section) => `Section ${section.number} ${section.title}: not asked, because the answers about the product do not call for it.`,
      ),
      ...notAssessed.map(
        (section) => `Section ${section.number} ${section.title}: not assessed, because most of it was answered “Not applicable”.`,
      ),
      ...(result.notApplicable.length > 0
        ? [`${plural(result.notApplicable.length, 'question')} answered “Not applicable” (listed below, with the reasons).`]
        : []),
      ...(limitations ? [limitations] : []),
    ],
  };
}

export type { AnswerChange };

export interface ClosedAction {
  label: string;
  how: string;
}

export interface ReportChanges {
  previous: FinalReport;
  score: { before: number | null; after: number | null };
  band: { before: string | null; after: string | null };
  answers: AnswerChange[];
  /** Actions marked done or not needed since, and actions whose question is now answered at its best. */
  actionsClosed: ClosedAction[];
}

/**
 * What changed between the previous final report and this one: every answer
 * that reads differently, score and band before and after, and the actions
 * closed, whether marked so or left behind because the answer now meets them.
 */
export function changesSince(
  previous: FinalReport,
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers' | 'actionPlan'>,
  result: AssessmentResult,
): ReportChanges {
  const before = { answers: previous.answers, actionPlan: previous.actionPlan, result: scoreAssessment(questionnaire, previous.answers) };
  const after = { answers: assessment.answers, actionPlan: assessment.actionPlan, result };
  return {
    previous,
    score: { before: previous.score, after: result.score },
    band: { before: previous.band, after: result.band?.label ?? null },
    answers: changedAnswers(questionnaire, previous.answers, assessment.answers),
    actionsClosed: closedActions(before, after).map(({ label, how }) => ({ label, how })),
  };
}
