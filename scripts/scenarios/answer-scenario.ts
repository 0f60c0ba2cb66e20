import type { Answer, Answers } from '../../src/questionnaire/answers.ts';
import type { Question, Questionnaire } from '../../src/questionnaire/model.ts';
import { computeVisibility } from '../../src/questionnaire/visibility.ts';
import { bestOptions } from '../../src/scoring/best-answer.ts';

/**
 * How a scenario answers the questions it does not name:
 * - `best`: the best answer everywhere;
 * - `typical`: a first assessment, mostly "in progress" (the middle option);
 * - `worst`: the lowest-scoring answer everywhere.
 */
export type Baseline = 'best' | 'typical' | 'worst';

/** An option value, several for a pick-many question, or "n/a" for "Not applicable" (with a reason). */
export type ScenarioAnswer = string | string[];

const REASON = 'The reason given in this scenario.';

function byScore(question: Question) {
  return [...question.options].sort((a, b) => a.score - b.score);
}

function baselineAnswer(question: Question, baseline: Baseline): Answer | undefined {
  if (question.kind === 'text') return { value: `Answer to ${question.number}.` };
  const sorted = byScore(question);
  if (question.weight === 0 || question.maxScore === 0) return sorted[0] ? { value: sorted[0].value } : undefined;
  if (baseline === 'best') {
    const best = bestOptions(question).map((option) => option.value);
    return { value: question.kind === 'multiple' ? best : best[0] };
  }
  const chosen = baseline === 'worst' ? sorted[0] : sorted[Math.floor((sorted.length - 1) / 2)];
  if (!chosen) return undefined;
  return { value: question.kind === 'multiple' ? [chosen.value] : chosen.value };
}

function withReasons(question: Question, answer: Answer): Answer {
  const values = Array.isArray(answer.value) ? answer.value : answer.value ? [answer.value] : [];
  const needsReason = question.options.some((option) => option.requiresReason && values.includes(option.value));
  const evidence = question.evidence === 'required' ? { notes: `Evidence for ${question.number}.` } : {};
  return { ...answer, ...evidence, ...(needsReason ? { justification: REASON } : {}) };
}

function scenarioAnswer(given: ScenarioAnswer): Answer {
  if (given === 'n/a') return { notApplicable: true, justification: REASON };
  return { value: given };
}

/**
 * The answers of a scenario: the ones it names, and the baseline for every
 * other question shown. Shown depends on answers, so it is worked out again
 * until nothing changes (conditions only look back, so this ends).
 */
export function answerScenario(questionnaire: Questionnaire, baseline: Baseline, named: Readonly<Record<string, ScenarioAnswer>>): Answers {
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  const unknown = Object.keys(named).filter((id) => !questions.some((question) => question.id === id));
  if (unknown.length > 0) throw new Error(`the scenario names questions ${questionnaire.id} does not have: ${unknown.join(', ')}`);
  let answers: Answers = {};
  for (let round = 0; round <= questions.length; round += 1) {
    const visibility = computeVisibility(questionnaire, answers);
    const next: Answers = {};
    for (const section of questionnaire.sections) {
      if (!visibility.sections.has(section.id)) continue;
      for (const question of section.questions) {
        if (!visibility.questions.has(question.id)) continue;
        const given = named[question.id];
        const answer = given !== undefined ? scenarioAnswer(given) : baselineAnswer(question, baseline);
        if (answer) next[question.id] = given === 'n/a' ? answer : withReasons(question, answer);
      }
    }
    if (JSON.stringify(next) === JSON.stringify(answers)) break;
    answers = next;
  }
  // A named answer to a question the scenario's own answers hide would say nothing: refuse it.
  const hidden = Object.keys(named).filter((id) => !(id in answers));
  if (hidden.length > 0) throw new Error(`the scenario answers questions its answers hide: ${hidden.join(', ')}`);
  return answers;
}
