import type { Questionnaire } from '../questionnaire/model.ts';
import { computeVisibility } from '../questionnaire/visibility.ts';
import { isAnswered } from '../questionnaire/answers.ts';
import type { Assessment, QuestionnaireMigration } from './assessment.ts';
import { reconcileWithQuestionnaire } from './reconcile-with-questionnaire.ts';

/** Orders semantic versions such as 1.10.0 and 1.9.0 by number, part by part. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The questionnaire's changelog entries after `fromVersion`, up to and including its own version. */
export function changesSince(questionnaire: Pick<Questionnaire, 'changelog' | 'version'>, fromVersion: string): string[] {
  return questionnaire.changelog
    .filter((entry) => compareVersions(entry.version, fromVersion) > 0 && compareVersions(entry.version, questionnaire.version) <= 0)
    .flatMap((entry) => entry.changes);
}

function newlyShownQuestions(before: Assessment, questionnaire: Questionnaire): string[] {
  const visibility = computeVisibility(questionnaire, before.answers);
  return questionnaire.sections
    .filter((section) => visibility.sections.has(section.id))
    .flatMap((section) => section.questions)
    .filter((question) => visibility.questions.has(question.id) && !(question.id in before.answers))
    .map((question) => `${question.number} ${question.text}`);
}

function lostNotApplicable(assessment: Assessment, questionnaire: Questionnaire): string[] {
  return questionnaire.sections
    .flatMap((section) => section.questions)
    .filter((question) => {
      const answer = assessment.answers[question.id];
      return answer?.notApplicable === true && !question.notApplicable && !isAnswered(question, answer);
    })
    .map((question) => `Question ${question.number} can no longer be answered “Not applicable”; please answer it.`);
}

// A null-prototype record: a question id read from storage must not reach Object.prototype.
function keptAside(assessment: Assessment, questionIds: readonly string[]): Assessment['answers'] {
  const kept: Assessment['answers'] = Object.create(null) as Assessment['answers'];
  for (const id of new Set(questionIds)) {
    const answer = assessment.answers[id];
    if (answer && Object.hasOwn(assessment.answers, id)) kept[id] = structuredClone(answer);
  }
  return { ...kept };
}

/**
 * Moves an assessment made with another version of the same questionnaire to
 * this one, by question id: answers to questions that still exist are kept,
 * the rest are listed, and the record of the move (with the questionnaire's
 * changelog) stays with the assessment. Null when there is nothing to move:
 * another questionnaire, or the same content already.
 */
export function migrateAssessment(
  assessment: Assessment,
  questionnaire: Questionnaire,
  now: Date,
): { assessment: Assessment; migration: QuestionnaireMigration } | null {
  const pinned = assessment.questionnaire;
  if (pinned.id !== questionnaire.id || pinned.contentHash === questionnaire.contentHash) return null;
  const reconciled = reconcileWithQuestionnaire(assessment, questionnaire);
  const migration: QuestionnaireMigration = {
    at: now.toISOString(),
    fromVersion: pinned.version,
    toVersion: questionnaire.version,
    changes: changesSince(questionnaire, pinned.version),
    dropped: [...reconciled.dropped.map((drop) => drop.message), ...lostNotApplicable(reconciled.assessment, questionnaire)],
    newQuestions: newlyShownQuestions(reconciled.assessment, questionnaire),
    keptAside: keptAside(
      assessment,
      reconciled.dropped.map((drop) => drop.questionId),
    ),
    acknowledged: false,
  };
  return {
    assessment: { ...reconciled.assessment, migrations: [...assessment.migrations, migration] },
    migration,
  };
}
