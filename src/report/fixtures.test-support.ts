import { fileURLToPath } from 'node:url';
import type { Answers } from '../questionnaire/answers.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { loadQuestionnaireFile } from '../../scripts/load-questionnaire-file.ts';
import { buildQuestionnaire, type SectionSpec } from '../scoring/build-questionnaire.test-support.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import type { Assessment, Declaration } from '../storage/assessment.ts';
import { finalReportEntry } from './report-edition.ts';
import type { ReportInput } from './report-types.ts';
import { createAssessment } from '../storage/create-assessment.ts';

// Test and measurement support: questionnaires and assessments to make reports from.

export const GENERATED_AT = new Date('2026-11-26T10:05:00.000Z');
export const TIME_ZONE = 'Europe/Paris';

export async function loadQuestionnaire(name: 'launch-ethics' | 'quick-check'): Promise<Questionnaire> {
  return loadQuestionnaireFile(fileURLToPath(new URL(`../../questions/${name}.yaml`, import.meta.url)));
}

export function assessmentFor(questionnaire: Questionnaire, answers: Answers, overrides: Partial<Assessment> = {}): Assessment {
  const context = {
    project: 'Street Lens',
    organisation: 'Acme Vision Ltd',
    description: 'Face matching at shop doors to alert staff to known shoplifters.',
    assessorName: 'Ada Lovelace',
    assessorRole: 'Head of product',
    date: '2026-11-25',
  };
  const created = createAssessment({ id: 'report-test', questionnaire, context, answers, now: new Date('2026-11-20T09:00:00.000Z') });
  return { ...created, updatedAt: '2026-11-26T09:00:00.000Z', ...overrides };
}

/** Launch-ethics answered the way a real team might: mixed answers, a red flag, notes, "Not applicable", gaps. */
export const TYPICAL_ANSWERS: Answers = {
  'product-purpose': { value: 'Matches faces of people entering a shop against a list of known shoplifters and alerts staff.' },
  'affected-people': { value: 'Shoppers, shop staff, and passers-by caught on the door camera.' },
  'deployment-stage': { value: 'pilot' },
  'people-affected-scale': { value: 'up-to-1m' },
  'deployer-type': { value: 'private-company' },
  'processes-biometric-data': { value: 'yes' },
  'biometric-mode': { value: 'identification' },
  'public-surveillance': { value: 'no' },
  'consequential-decisions': { value: 'partly' },
  'accountable-owner': { value: 'no', notes: 'The board has not yet named anyone; the CTO acts informally.' },
  'accountability-gap': { value: 'Nobody owns the decision to escalate an alert to the police.' },
  'ethical-principles': { value: 'in-progress' },
  'harm-identification': { value: 'in-place', notes: 'Harms register v3, reviewed monthly: see https://example.org/harms-register.' },
  'misuse-scenarios': { value: 'planned' },
  'impact-assessment': { value: 'draft', notes: 'The retailer’s DPIA is being extended to cover the pilot.' },
  'bias-testing': { value: 'in-progress' },
  'data-minimisation': { value: 'partly' },
  'raising-concerns': { value: 'yes' },
  'team-guidance': { value: 'no' },
  'launch-conditions': { value: 'partly' },
  'community-representatives': { value: 'planned' },
  'groups-consulted': { value: ['end-users', 'frontline-staff'] },
  'consultation-timing': { value: 'after-build' },
  'main-concern-heard': { value: 'Staff worried about confronting people on the strength of an alert.' },
  'feedback-changed-design': { notApplicable: true, justification: 'The pilot runs under the retailer’s own DPIA, which covers this use.' },
  'complaint-redress': { value: 'process-with-redress' },
  'accessible-channels': { value: 'partly' },
  'plain-language-explanation': { value: 'in-progress' },
  'independent-review': { value: 'none' },
  'reviewer-power': { value: 'yes', notes: 'Answered before the review plans changed.' },
  'external-testing': { value: 'planned' },
  'human-review-decisions': { value: 'in-place' },
  'audit-trail': { value: 'in-progress' },
  'incident-reporting': { value: 'yes' },
  'success-measures': { value: 'planned' },
  'trust-harm-metrics': { value: 'not-started' },
  'signals-monitored': { value: ['error-rates', 'complaints'] },
  'pause-triggers': { value: 'partly' },
  'rollback-capability': { value: 'yes' },
  'review-frequency': { value: 'yearly' },
  'lawful-basis-dpia': { value: 'approved' },
  'less-intrusive-alternative': { value: 'in-progress' },
  'watchlist-criteria': { value: 'in-place' },
  'accuracy-at-threshold': { value: 'in-progress', notes: 'Vendor figures only; our own test set is being built.' },
  'human-review-of-matches': { value: 'yes' },
  'non-match-deletion': { value: 'deleted-immediately' },
};

export async function typicalInput(overrides: Partial<Assessment> = {}): Promise<ReportInput> {
  const questionnaire = await loadQuestionnaire('launch-ethics');
  const assessment = assessmentFor(questionnaire, TYPICAL_ANSWERS, {
    actionPlan: {
      'accountable-owner': { owner: 'Grace Hopper', due: '2026-12-15', state: 'open', reason: '' },
      'independent-review': { owner: 'Board', due: '', state: 'open', reason: '' },
    },
    ...overrides,
  });
  return {
    questionnaire,
    assessment,
    result: scoreAssessment(questionnaire, assessment.answers),
    generatedAt: GENERATED_AT,
    timeZone: TIME_ZONE,
  };
}

/** A generated questionnaire of `count` questions in sections of 10, every question answered with a note. */
export function largeInput(
  count: number,
  note = (index: number) => `Evidence for question ${index + 1}: minutes of the review meeting.`,
): ReportInput {
  const sections: SectionSpec[] = Array.from({ length: Math.ceil(count / 10) }, (_, s) => ({
    id: `s${s + 1}`,
    title: `Section ${s + 1}: safeguards and oversight arrangements`,
    questions: Array.from({ length: Math.min(10, count - s * 10) }, (_, q) => ({
      id: `q${s * 10 + q + 1}`,
      text: `Is safeguard ${s * 10 + q + 1} documented, owned by a named person and reviewed at least once a year?`,
      options: [
        { value: 'no', score: 0, label: 'No' },
        { value: 'partly', score: 1, label: 'Partly' },
        { value: 'yes', score: 2, label: 'Yes' },
      ],
    })),
  }));
  const questionnaire = buildQuestionnaire(sections);
  const answers: Answers = {};
  questionnaire.sections
    .flatMap((section) => section.questions)
    .forEach((question, index) => {
      answers[question.id] = { value: ['no', 'partly', 'yes'][index % 3] as string, notes: note(index) };
    });
  const assessment = assessmentFor(questionnaire, answers);
  return { questionnaire, assessment, result: scoreAssessment(questionnaire, answers), generatedAt: GENERATED_AT, timeZone: TIME_ZONE };
}

/** Fills every question the answers leave open (the last option, a first choice, or a line of text), until none is left. */
export function completeAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const filled: Answers = { ...answers };
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  // An answer can reveal a follow-up question: go round until nothing is missing.
  for (let round = 0; round < 10; round += 1) {
    const missing = scoreAssessment(questionnaire, filled).completeness.missing;
    if (missing.length === 0) return filled;
    for (const entry of missing) {
      const question = questions.find((candidate) => candidate.id === entry.questionId);
      if (!question) continue;
      if (question.kind === 'text') filled[question.id] = { value: 'Written down in the launch plan.' };
      else if (question.kind === 'multiple') filled[question.id] = { value: [question.options[0]?.value ?? ''] };
      else filled[question.id] = { value: question.options.at(-1)?.value ?? '' };
    }
  }
  throw new Error('the answers still leave questions open after ten rounds');
}

/**
 * The typical assessment answered in full, with a declaration and a first
 * final report made from the typical answers: ready for final revision 2.
 */
export async function secondFinalInput(
  declaration: Declaration = { name: 'Ada Lovelace', role: 'Head of product', date: '2026-11-26', affirmed: true },
): Promise<ReportInput> {
  const base = await typicalInput({ limitations: 'Covers the pilot in three shops; the national roll-out needs its own assessment.' });
  const answers = completeAnswers(base.questionnaire, base.assessment.answers);
  const previous = finalReportEntry(base.assessment, base.result, 1, new Date('2026-11-01T10:00:00Z'), 'c'.repeat(64));
  const assessment: Assessment = { ...base.assessment, answers, finalReports: [previous], declaration };
  return { ...base, assessment, result: scoreAssessment(base.questionnaire, answers), status: 'final' };
}
