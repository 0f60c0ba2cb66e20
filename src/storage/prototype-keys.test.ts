import { describe, expect, it, vi } from 'vitest';
import { parseAnswersFile, serializeAnswersFile } from './answers-file.ts';
import { reconcileWithQuestionnaire } from './reconcile-with-questionnaire.ts';
import { sampleAssessment, sampleQuestionnaire } from './fixtures.test-support.ts';
import { answersFromForm } from '../questionnaire/answers.ts';
import { loadBundledQuestionnaire } from '../questionnaire/bundled-questionnaires.ts';

// The bundled questionnaires come from a module the build writes; here, one
// ordinary entry is enough to show that inherited names find nothing.
vi.mock('virtual:questionnaires', () => ({
  catalogue: [],
  loaders: { 'quick-check': () => Promise.resolve({ default: { id: 'quick-check' } }) },
}));

const EXPORTED_AT = new Date('2026-11-26T15:30:00.000Z');

/** An exported file with raw JSON spliced into its answers, as a hostile or hand-edited file would have. */
function fileWithAnswers(rawAnswers: string): string {
  const text = serializeAnswersFile(sampleAssessment({ answers: {} }), EXPORTED_AT);
  return text.replace('"answers": {}', `"answers": ${rawAnswers}`);
}

describe('prototype keys in an answers file', () => {
  it('refuses an answer filed under "__proto__", naming where it is, instead of dropping it', () => {
    const result = parseAnswersFile(fileWithAnswers('{"__proto__": {"value": "yes"}, "purpose": {"value": "yes"}}'));
    expect(result).toEqual({
      ok: false,
      errors: [
        'assessment.answers.__proto__: "__proto__" cannot be used as a name: it is reserved in JavaScript and would be lost; rename it',
      ],
    });
  });

  it('names a "__proto__" key beside the file\'s other problems', () => {
    const text = fileWithAnswers('{"__proto__": {}}').replace('"app": "Oversight"', '"app": "Other"');
    const result = parseAnswersFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'assessment.answers.__proto__: "__proto__" cannot be used as a name: it is reserved in JavaScript and would be lost; rename it',
      'app: must be "Oversight"',
    ]);
  });

  it('keeps "constructor" and "hasOwnProperty" as ordinary answers, then lists them as unknown questions', () => {
    const parsed = parseAnswersFile(
      fileWithAnswers('{"constructor": {"value": "x"}, "hasOwnProperty": {"value": "y"}, "purpose": {"value": "yes"}}'),
    );
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(Object.keys(parsed.file.assessment.answers)).toEqual(['constructor', 'hasOwnProperty', 'purpose']);
    const reconciled = reconcileWithQuestionnaire(parsed.file.assessment, sampleQuestionnaire());
    expect(reconciled.assessment.answers).toEqual({ purpose: { value: 'yes' } });
    expect(reconciled.dropped.map((drop) => drop.questionId)).toEqual(['constructor', 'hasOwnProperty']);
  });

  it('reconciles an answer named "__proto__" as data: reported, never handed to the prototype', () => {
    const answers = JSON.parse('{"__proto__": {"value": "yes"}, "purpose": {"value": "yes"}}') as Record<string, { value: string }>;
    const questionnaire = sampleQuestionnaire();
    const question = questionnaire.sections[0]?.questions[0];
    if (!question) throw new Error('fixture has a question');
    const withProtoQuestion = {
      ...questionnaire,
      sections: [{ ...questionnaire.sections[0]!, questions: [{ ...question, id: '__proto__' }, question] }],
    };
    const reconciled = reconcileWithQuestionnaire(sampleAssessment({ answers }), withProtoQuestion);
    expect(Object.getPrototypeOf(reconciled.assessment.answers)).toBe(Object.prototype);
    expect(Object.keys(reconciled.assessment.answers)).toEqual(['__proto__', 'purpose']);
  });

  it('turns a form field named "__proto__" into an answer of its own', () => {
    const answers = answersFromForm(JSON.parse('{"__proto__": {"value": "yes"}}'));
    expect(Object.keys(answers)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });
});

describe('loadBundledQuestionnaire', () => {
  it('finds nothing for names every object inherits, instead of calling them', async () => {
    await expect(loadBundledQuestionnaire('__proto__')).resolves.toBeNull();
    await expect(loadBundledQuestionnaire('constructor')).resolves.toBeNull();
    await expect(loadBundledQuestionnaire('hasOwnProperty')).resolves.toBeNull();
    await expect(loadBundledQuestionnaire('quick-check')).resolves.toEqual({ id: 'quick-check' });
  });
});
