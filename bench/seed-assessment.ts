import type { Questionnaire } from '../src/questionnaire/model.ts';
import type { Answers } from '../src/questionnaire/answers.ts';
import type { Assessment } from '../src/storage/assessment.ts';
import { assessmentKey } from '../src/storage/assessment-store.ts';
import { wrapAssessment } from '../src/storage/stored-assessment.ts';
import { createAssessment } from '../src/storage/create-assessment.ts';
import { noteFor } from './generate-questionnaire.ts';

// A fixed instant, so every run stores the same bytes.
const SEEDED_AT = new Date('2026-11-26T09:00:00Z');

/** Every question answered: steps cycle through the scale, each with a 12-word note. */
export function fullAnswers(questionnaire: Questionnaire): Answers {
  const answers: Answers = {};
  questionnaire.sections
    .flatMap((section) => section.questions)
    .forEach((question, index) => {
      const option = question.options[(index * 2 + 3) % question.options.length];
      if (option) answers[question.id] = { value: option.value, notes: noteFor(index) };
    });
  return answers;
}

/** An assessment of `questionnaire`, as the app stores it, with no answers or with every one. */
export function seededAssessment(questionnaire: Questionnaire, fill: 'empty' | 'answered'): Assessment {
  return createAssessment({
    id: `${questionnaire.id}-${fill}`,
    questionnaire,
    context: {
      project: `Benchmark project (${fill})`,
      organisation: 'Benchmark organisation',
      description: 'An assessment seeded by npm run bench.',
      assessorName: 'Bench',
      assessorRole: 'Performance budget',
      date: '2026-11-26',
    },
    answers: fill === 'answered' ? fullAnswers(questionnaire) : {},
    now: SEEDED_AT,
  });
}

/**
 * Browser code that writes the assessment into localStorage before the app's
 * own scripts run, under the key and envelope the app reads. Runs in every
 * document, so it skips frames of other origins (about:blank has none).
 */
export function seedScript(assessment: Assessment, origin: string): string {
  const key = JSON.stringify(assessmentKey(assessment.id));
  const value = JSON.stringify(JSON.stringify(wrapAssessment(assessment, SEEDED_AT)));
  return `if (location.origin === ${JSON.stringify(origin)}) { localStorage.setItem(${key}, ${value}); }`;
}
