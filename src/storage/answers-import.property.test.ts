import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseAnswersBytes,
  parseAnswersFile,
  planImport,
  reconcileWithQuestionnaire,
  serializeAnswersFile,
  type ParseAnswersResult,
} from './answers-file.ts';
import { assessmentSchema } from './assessment.ts';
import { sampleAssessment, sampleQuestionnaire } from './fixtures.test-support.ts';
import { hostileKey, hostileValue, replaceAt } from '../questionnaire/hostile-json.test-support.ts';

// Whatever an imported file holds, the import answers with an assessment
// that is valid and safe to store, or with errors in words; it never
// throws, and never takes long.

const TIME_LIMIT_MS = 1000;

function expectStructured(result: ParseAnswersResult): void {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(typeof error === 'string' && error.length > 0).toBe(true);
    return;
  }
  // What passes is what the store would accept, and the rest of the import copes with it.
  expect(assessmentSchema.safeParse(result.file.assessment).success).toBe(true);
  const reconciled = reconcileWithQuestionnaire(result.file.assessment, sampleQuestionnaire());
  const plan = planImport({ ...result.file, assessment: reconciled.assessment }, new Set(['a-1']), () => 'fresh-id');
  expect(
    plan.assessment.lastLocation === '' ||
      plan.assessment.lastLocation.startsWith(`#/assessments/${encodeURIComponent(plan.assessment.id)}`),
  ).toBe(true);
  expect(Object.getPrototypeOf(plan.assessment.answers)).toBe(Object.prototype);
}

function parseTimed(parse: () => ParseAnswersResult): void {
  const started = performance.now();
  expectStructured(parse());
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
}

const key = hostileKey(['value', 'notes', 'project', 'lastLocation']);
const hostile = hostileValue(key, [
  '',
  'https://evil.example',
  '//evil.example',
  '#/assessments/other/results',
  '2026-02-30',
  '<img src=x onerror=alert(1)>',
  '\u202e',
]);

const exported = JSON.parse(serializeAnswersFile(sampleAssessment(), new Date('2026-11-26T10:00:00Z'))) as Record<string, unknown>;

/** The exported file with one value, at a path chosen from its own structure, replaced. */
function mutate(path: number[], value: unknown): string {
  return JSON.stringify(replaceAt(exported, path, value));
}

describe('answers import, fuzzed', () => {
  it('answers any text with an assessment or errors', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => parseTimed(() => parseAnswersFile(text))),
      { numRuns: 300 },
    );
  });

  it('answers any bytes, in any encoding, the same way', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => parseTimed(() => parseAnswersBytes(bytes))),
      { numRuns: 300 },
    );
  });

  it('answers an exported file with any one value replaced by anything hostile', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 6 }), hostile, (path, value) =>
        parseTimed(() => parseAnswersFile(mutate(path, value))),
      ),
      { numRuns: 400 },
    );
  });

  it('answers a file whose answers are any hostile object', () => {
    fc.assert(
      fc.property(fc.dictionary(key, hostile, { maxKeys: 5 }), (answers) => {
        const text = JSON.stringify({ ...exported, assessment: { ...(exported.assessment as object), answers } });
        const comma = Object.keys(answers).length > 0 ? ',' : '';
        parseTimed(() => parseAnswersFile(text.replace('"answers":{', `"answers":{"__proto__":{"value":"yes"}${comma}`)));
        parseTimed(() => parseAnswersFile(text));
      }),
      { numRuns: 300 },
    );
  });
});
