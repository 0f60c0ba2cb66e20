import type { Answer, Answers } from '../questionnaire/answers.ts';
import type { Question, Questionnaire } from '../questionnaire/model.ts';
import type { Assessment } from './assessment.ts';

/**
 * Why an answer (or part of one) was left out:
 * - `unknown-question`: the questionnaire has no question with this id;
 * - `unknown-option`: the question no longer offers some of the values picked;
 * - `not-text`: the question now asks for text, and the answer was a list of choices.
 */
export type DropReason = 'unknown-question' | 'unknown-option' | 'not-text';

export interface DroppedAnswer {
  questionId: string;
  reason: DropReason;
  /** The values removed; empty when the whole answer went. */
  values: string[];
  /** The same, in words for the person importing. */
  message: string;
}

export interface Reconciliation {
  assessment: Assessment;
  dropped: DroppedAnswer[];
  /** Same questionnaire id and content hash: every answer was kept as it was. */
  sameVersion: boolean;
  /** Same questionnaire id, whatever the version. */
  sameQuestionnaire: boolean;
}

type Outcome = { answer: Answer | null; dropped: DroppedAnswer | null };

function questionsById(questionnaire: Questionnaire): Map<string, Question> {
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  return new Map(questions.map((question) => [question.id, question]));
}

function withoutValue(answer: Answer): Answer {
  const rest = { ...answer };
  delete rest.value;
  return rest;
}

function reconcileText(question: Question, answer: Answer): Outcome {
  if (!Array.isArray(answer.value)) return { answer, dropped: null };
  const picked = answer.value.join(', ');
  const message = `Question ${question.number} now asks for text, so the choices picked (${picked}) were removed.`;
  return {
    answer: withoutValue(answer),
    dropped: { questionId: question.id, reason: 'not-text', values: answer.value, message },
  };
}

function reconcileChoice(question: Question, answer: Answer): Outcome {
  const picked = Array.isArray(answer.value) ? answer.value : answer.value ? [answer.value] : [];
  const offered = new Set(question.options.map((option) => option.value));
  const removed = picked.filter((value) => !offered.has(value));
  if (removed.length === 0) return { answer, dropped: null };
  const kept = picked.filter((value) => offered.has(value));
  // Keep the answer's form: a single value stays a string, a list stays a list.
  const next = Array.isArray(answer.value) ? { ...answer, value: kept } : withoutValue(answer);
  const listed = removed.map((value) => `"${value}"`).join(', ');
  const which = removed.length === 1 ? 'that choice was' : 'those choices were';
  const message = `Question ${question.number} no longer offers ${listed}, so ${which} removed.`;
  return { answer: next, dropped: { questionId: question.id, reason: 'unknown-option', values: removed, message } };
}

function reconcileAnswer(questionId: string, answer: Answer, question: Question | undefined, title: string): Outcome {
  if (!question) {
    const message = `"${questionId}" is not a question in ${title}, so its answer was left out.`;
    return { answer: null, dropped: { questionId, reason: 'unknown-question', values: [], message } };
  }
  return question.kind === 'text' ? reconcileText(question, answer) : reconcileChoice(question, answer);
}

/**
 * Fits an assessment to a questionnaire, typically answers made with another
 * version: answers to questions that still exist are kept, the rest are
 * dropped and listed, and the assessment then points at the given
 * questionnaire. Notes and justifications stay with a kept question even when
 * its picked values go. The action plan is left as it is.
 */
export function reconcileWithQuestionnaire(assessment: Assessment, questionnaire: Questionnaire): Reconciliation {
  const questions = questionsById(questionnaire);
  const label = `${questionnaire.title} ${questionnaire.version}`;
  const kept: [string, Answer][] = [];
  const dropped: DroppedAnswer[] = [];
  for (const [questionId, answer] of Object.entries(assessment.answers)) {
    const outcome = reconcileAnswer(questionId, answer, questions.get(questionId), label);
    if (outcome.answer) kept.push([questionId, outcome.answer]);
    if (outcome.dropped) dropped.push(outcome.dropped);
  }
  // fromEntries defines every key as the answer's own, whatever its name;
  // assigning one by one would hand "__proto__" to the object's prototype.
  const answers: Answers = Object.fromEntries(kept);
  const { id, version, contentHash, title } = questionnaire;
  const sameQuestionnaire = assessment.questionnaire.id === id;
  return {
    assessment: { ...assessment, questionnaire: { id, version, contentHash, title }, answers },
    dropped,
    sameVersion: sameQuestionnaire && assessment.questionnaire.contentHash === contentHash,
    sameQuestionnaire,
  };
}
