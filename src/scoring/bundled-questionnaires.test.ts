import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadQuestionnaireFile } from '../../scripts/load-questionnaire-file.ts';
import type { Question, Questionnaire } from '../questionnaire/model.ts';
import type { Answers } from '../questionnaire/answers.ts';
import { scoreAssessment } from './score-assessment.ts';
import { bestOptions } from './best-answer.ts';

// The shipped questionnaires, scored at both extremes: a check that the
// method holds on real content, not only on the small literals of other tests.

const folder = new URL('../../questions/', import.meta.url);
// requirements.yaml maps frameworks to questions; it is not a questionnaire.
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml') && name !== 'requirements.yaml');

function load(name: string): Promise<Questionnaire> {
  return loadQuestionnaireFile(fileURLToPath(new URL(name, folder)));
}

function answerEvery(questionnaire: Questionnaire, pick: (question: Question) => string[]): Answers {
  const entries = questionnaire.sections
    .flatMap((section) => section.questions)
    .map((question): [string, Answers[string]] => {
      if (question.kind === 'text') return [question.id, { value: 'Written down.' }];
      const values = pick(question);
      return [question.id, { value: question.kind === 'multiple' ? values : (values[0] ?? '') }];
    });
  return Object.fromEntries(entries);
}

function worst(question: Question): string[] {
  const lowest = Math.min(...question.options.map((option) => option.score));
  return question.options
    .filter((option) => option.score === lowest)
    .slice(0, 1)
    .map((option) => option.value);
}

describe.each(files)('%s', (name) => {
  it('scores 100, the top band, no red flag and no action with the best answers', async () => {
    const questionnaire = await load(name);
    const result = scoreAssessment(
      questionnaire,
      answerEvery(questionnaire, (question) => bestOptions(question).map((option) => option.value)),
    );
    expect(result.score).toBe(100);
    expect(result.band).toEqual(questionnaire.bands.at(-1));
    expect(result.redFlags).toEqual([]);
    expect(result.actionPlan).toEqual([]);
    expect(result.isDraft).toBe(false);
  });

  it('scores 0 in the lowest band with the worst answers, with every visible must-have and critical question flagged', async () => {
    const questionnaire = await load(name);
    const result = scoreAssessment(questionnaire, answerEvery(questionnaire, worst));
    expect(result.score).toBe(0);
    expect(result.band).toEqual(questionnaire.bands[0]);
    const visibleCritical = result.questions.filter((question) => question.critical).map((question) => question.id);
    expect(result.redFlags.map((flag) => flag.questionId)).toEqual(visibleCritical);
    expect(result.actionPlan.length).toBeGreaterThan(0);
  });

  it('is a draft scoring 0 with no answers at all', async () => {
    const questionnaire = await load(name);
    const result = scoreAssessment(questionnaire, {});
    expect(result.score).toBe(0);
    expect(result.isDraft).toBe(true);
    expect(result.completeness.counts.answered).toBe(0);
  });
});

describe('the quick check', () => {
  it('asks every must-have and critical question of the full review, with the same ids, answers and thresholds', async () => {
    const full = await load('launch-ethics.yaml');
    const quick = await load('quick-check.yaml');
    expect(quick.fullReview).toBe(full.id);
    const quickById = new Map(quick.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
    const graded = full.sections.flatMap((section) => section.questions).filter((question) => question.critical || question.mustHave);
    expect(graded.length).toBeGreaterThan(0);
    const shape = (question: Question | undefined) =>
      question && {
        kind: question.kind,
        options: question.options.map((option) => [option.value, option.score, option.requiresReason === true]),
        critical: question.critical && [question.critical.minimum, question.critical.minimumScore],
        mustHave: question.mustHave && [question.mustHave.minimum, question.mustHave.minimumScore],
      };
    for (const question of graded)
      expect({ id: question.id, ...shape(quickById.get(question.id)) }).toEqual({ id: question.id, ...shape(question) });
  });
});

describe('the default checklist’s content', () => {
  it('gives every scored question help, a recommended action and its sources; and never an action for an answer that meets it', async () => {
    const questionnaire = await load('launch-ethics.yaml');
    const scored = questionnaire.sections.flatMap((section) => section.questions).filter((question) => question.scored);
    expect(scored.length).toBeGreaterThanOrEqual(50);
    for (const question of scored) {
      expect(question.help, `help for ${question.id}`).toBeTruthy();
      expect(question.sources.length, `sources for ${question.id}`).toBeGreaterThan(0);
      const best = Math.max(...question.options.map((option) => option.score));
      for (const option of question.options.filter((candidate) => candidate.score < best)) {
        expect(option.action ?? question.action, `an action for ${question.id} = ${option.value}`).toBeTruthy();
      }
      // The action shown for an answer must not ask for that answer itself.
      for (const option of question.options) {
        const action = option.action ?? question.action ?? '';
        expect(action.includes(option.label), `${question.id} = ${option.value} asks for what it already says`).toBe(false);
      }
    }
  });
});
