import fc from 'fast-check';
import type { Question, Questionnaire } from '../questionnaire/model.ts';
import type { Answer, Answers } from '../questionnaire/answers.ts';
import type { Band, Condition } from '../questionnaire/schema.ts';
import { buildQuestionnaire, type QuestionSpec, type SectionSpec } from './build-questionnaire.test-support.ts';
import { bestOptions } from './best-answer.ts';

// Test support: random normalised questionnaires and answers for the
// property tests. Conditions, when wanted, only ever look at earlier
// questions, as the questionnaire checker guarantees.

export interface ArbitraryOptions {
  /** Add visibility conditions to questions and sections. */
  conditions: boolean;
  /** Give every option set a lowest score of 0, so that the worst answers score 0. */
  zeroMinimum?: boolean;
}

const weightArbitrary = fc.constantFrom<number>(0, 0.5, 1, 1, 2, 3);

const conditionSeedArbitrary = fc.option(
  fc.record({
    target: fc.nat(),
    form: fc.constantFrom('equals', 'answered', 'not-equals'),
    option: fc.nat(),
    answered: fc.boolean(),
  }),
  { nil: undefined, freq: 2 },
);

const questionShapeArbitrary = fc.record({
  kind: fc.constantFrom<Question['kind']>('single', 'single', 'multiple', 'text'),
  scores: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 4 }),
  cap: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  weight: weightArbitrary,
  required: fc.boolean(),
  notApplicable: fc.boolean(),
  critical: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
  mustHave: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
  condition: conditionSeedArbitrary,
});

const sectionShapeArbitrary = fc.record({
  weight: weightArbitrary,
  questions: fc.array(questionShapeArbitrary, { minLength: 1, maxLength: 5 }),
  condition: conditionSeedArbitrary,
});

type QuestionShape = typeof questionShapeArbitrary extends fc.Arbitrary<infer T> ? T : never;
type SectionShape = typeof sectionShapeArbitrary extends fc.Arbitrary<infer T> ? T : never;

interface EarlierChoice {
  id: string;
  values: string[];
}

function resolveCondition(
  seed: { target: number; form: string; option: number; answered: boolean } | undefined,
  earlier: readonly EarlierChoice[],
): Condition | undefined {
  if (!seed || earlier.length === 0) return undefined;
  const target = earlier[seed.target % earlier.length];
  if (!target) return undefined;
  const equals = target.values[seed.option % target.values.length] ?? '';
  if (seed.form === 'answered') return { question: target.id, answered: seed.answered };
  if (seed.form === 'not-equals') return { not: { question: target.id, equals } };
  return { question: target.id, equals };
}

function zeroed(scores: readonly number[]): number[] {
  const lowest = Math.min(...scores);
  const at = scores.indexOf(lowest);
  return scores.map((score, index) => (index === at ? 0 : score));
}

function toQuestionSpec(shape: QuestionShape, id: string, options: ArbitraryOptions, condition: Condition | undefined): QuestionSpec {
  const scores = options.zeroMinimum ? zeroed(shape.scores) : shape.scores;
  const choices = scores.map((score, index) => ({ value: `o${index}`, label: `Option ${index}`, score }));
  const positive = scores.reduce((sum, score) => sum + Math.max(0, score), 0);
  return {
    id,
    kind: shape.kind,
    options: choices,
    // A cap above the reachable sum would make the best answer score below 100.
    maxScore: shape.kind === 'multiple' && shape.cap !== undefined && positive > 0 ? Math.min(shape.cap, positive) : undefined,
    weight: shape.weight,
    required: shape.required,
    // As the checker demands: nothing that decides the verdict can be declared "Not applicable".
    notApplicable: shape.notApplicable && (shape.kind === 'text' || (shape.critical === undefined && shape.mustHave === undefined)),
    critical: shape.kind !== 'text' && shape.critical !== undefined ? { minimum: `o${shape.critical % choices.length}` } : undefined,
    mustHave: shape.kind !== 'text' && shape.mustHave !== undefined ? { minimum: `o${shape.mustHave % choices.length}` } : undefined,
    visibleWhen: options.conditions ? condition : undefined,
  };
}

// The questionnaire checker guarantees a question that can score; here the
// first question of an always-shown, weighted first section is that question,
// so every questionnaire has an overall score once it is answered.
function anchor(shape: SectionShape, sectionIndex: number): SectionShape {
  if (sectionIndex > 0) return shape;
  const [first, ...rest] = shape.questions;
  if (!first) return shape;
  const scores = first.scores.some((score) => score > 0) ? first.scores : [...first.scores.slice(1), 1];
  return {
    weight: Math.max(1, shape.weight),
    condition: undefined,
    questions: [{ ...first, kind: 'single', scores, weight: Math.max(1, first.weight), condition: undefined }, ...rest],
  };
}

function toSectionSpecs(shapes: readonly SectionShape[], options: ArbitraryOptions): SectionSpec[] {
  const earlier: EarlierChoice[] = [];
  return shapes.map((raw, sectionIndex) => {
    const shape = anchor(raw, sectionIndex);
    const sectionId = `s${sectionIndex + 1}`;
    const visibleWhen = options.conditions ? resolveCondition(shape.condition, earlier) : undefined;
    const questions = shape.questions.map((question, questionIndex) => {
      const spec = toQuestionSpec(question, `${sectionId}-q${questionIndex + 1}`, options, resolveCondition(question.condition, earlier));
      if (spec.kind !== 'text') earlier.push({ id: spec.id, values: (spec.options ?? []).map((option) => option.value) });
      return spec;
    });
    return { id: sectionId, title: `Section ${sectionIndex + 1}`, weight: shape.weight, visibleWhen, questions };
  });
}

function toBands(cuts: readonly number[]): Band[] {
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), 100];
  return bounds.slice(0, -1).map((from, index) => ({
    from,
    to: bounds[index + 1] ?? 100,
    label: `Band ${index + 1}`,
    meaning: `Scores from ${from}.`,
  }));
}

/** Random valid normalised questionnaires. */
export function questionnaireArbitrary(options: ArbitraryOptions): fc.Arbitrary<Questionnaire> {
  return fc
    .record({
      sections: fc.array(sectionShapeArbitrary, { minLength: 1, maxLength: 4 }),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 3 }),
      sectionFloor: fc.constantFrom(0, 25, 50, 75),
    })
    .map(({ sections, cuts, sectionFloor }) => buildQuestionnaire(toSectionSpecs(sections, options), toBands(cuts), { sectionFloor }));
}

export function allQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.sections.flatMap((section) => section.questions);
}

function answerArbitrary(question: Question): fc.Arbitrary<Answer | undefined> {
  const values = question.options.map((option) => option.value);
  const given: fc.Arbitrary<Answer> =
    question.kind === 'text'
      ? fc.constantFrom('', '  ', 'Some words').map((value) => ({ value }))
      : question.kind === 'multiple'
        ? fc.subarray([...values, 'unknown']).map((value) => ({ value }))
        : fc.constantFrom(...values, 'unknown').map((value) => ({ value }));
  return fc.oneof(
    { weight: 6, arbitrary: given },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: given.map((answer) => ({ ...answer, notApplicable: true, justification: 'Does not apply.' })) },
  );
}

/** Random answers to a questionnaire: options, unknown values, blanks, N/A (allowed or not), nothing. */
export function answersArbitrary(questionnaire: Questionnaire): fc.Arbitrary<Answers> {
  const questions = allQuestions(questionnaire);
  return fc.tuple(...questions.map(answerArbitrary)).map((answers) => {
    const entries = questions.flatMap((question, index): Array<[string, Answer]> => {
      const answer = answers[index];
      return answer ? [[question.id, answer]] : [];
    });
    return Object.fromEntries(entries);
  });
}

/** A questionnaire with random answers to it. */
export function scenarioArbitrary(options: ArbitraryOptions): fc.Arbitrary<{ questionnaire: Questionnaire; answers: Answers }> {
  return questionnaireArbitrary(options).chain((questionnaire) =>
    answersArbitrary(questionnaire).map((answers) => ({ questionnaire, answers })),
  );
}

function answerWith(question: Question, picked: readonly string[]): Answer {
  if (question.kind === 'text') return { value: 'Some words' };
  // A pick-many worth nothing still needs a choice to count as answered.
  const values = picked.length > 0 ? [...picked] : question.options.slice(0, 1).map((option) => option.value);
  return { value: question.kind === 'multiple' ? values : (values[0] ?? '') };
}

/** Every question answered with its best answer. */
export function bestAnswers(questionnaire: Questionnaire): Answers {
  return Object.fromEntries(
    allQuestions(questionnaire).map((question) => [
      question.id,
      answerWith(
        question,
        bestOptions(question).map((option) => option.value),
      ),
    ]),
  );
}

/** Every question answered with its lowest-scoring option alone. */
export function worstAnswers(questionnaire: Questionnaire): Answers {
  return Object.fromEntries(
    allQuestions(questionnaire).map((question) => {
      const lowest = [...question.options].sort((a, b) => a.score - b.score)[0];
      return [question.id, answerWith(question, lowest ? [lowest.value] : [])];
    }),
  );
}
