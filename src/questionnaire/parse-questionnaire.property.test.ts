import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseQuestionnaireBytes, parseQuestionnaireYaml, type YamlParseResult } from './parse-questionnaire-yaml.ts';
import { hostileKey, hostileValue, replaceAt } from './hostile-json.test-support.ts';

// Whatever a questionnaire file holds, the parser answers with a
// questionnaire or with issues a person can read, each with a line, a path
// and a message; it never throws, and never takes long.

const TIME_LIMIT_MS = 1000;

function expectStructured(result: YamlParseResult): void {
  if (result.ok) {
    expect(result.questionnaire.sections.length).toBeGreaterThan(0);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message === 'string' && issue.message.length > 0).toBe(true);
  }
}

async function parseTimed(parse: () => Promise<YamlParseResult>): Promise<void> {
  const started = performance.now();
  expectStructured(await parse());
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
}

const valid = {
  id: 'fuzz',
  version: '1.0.0',
  title: 'Fuzz',
  description: 'A questionnaire the fuzzer breaks.',
  audience: 'Tests',
  estimatedMinutes: 5,
  scales: {
    maturity: {
      label: 'M',
      min: 0,
      max: 4,
      steps: [
        { value: 'a', label: 'A', score: 0 },
        { value: 'b', label: 'B', score: 4 },
      ],
    },
  },
  bands: [
    { from: 0, to: 50, label: 'Low', meaning: 'm' },
    { from: 50, to: 100, label: 'High', meaning: 'm' },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'q1', kind: 'yes-no', text: 'Q1?' },
        {
          id: 'q2',
          kind: 'scale',
          scale: 'maturity',
          text: 'Q2?',
          critical: { minimum: 'b' },
          visibleWhen: { question: 'q1', equals: 'yes' },
        },
        {
          id: 'q3',
          kind: 'multiple',
          text: 'Q3?',
          options: [
            { value: 'x', label: 'X', score: 1 },
            { value: 'y', label: 'Y', score: 1 },
          ],
        },
      ],
    },
  ],
};

const key = hostileKey(['id', 'kind', 'question', 'not']);
const hostile = hostileValue(key, [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  -1e308,
  '',
  '<script>alert(1)</script>',
  '\u202e',
  'constructor',
]);

/** The valid file with one value, at a path chosen from its own structure, replaced. */
function mutate(path: number[], value: unknown): unknown {
  return replaceAt(valid, path, value);
}

describe('questionnaire parser, fuzzed', () => {
  it('answers any text with a questionnaire or located issues', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), (text) => parseTimed(() => parseQuestionnaireYaml(text))),
      { numRuns: 150 },
    );
  });

  it('answers any bytes, in any encoding, the same way', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (bytes) => parseTimed(() => parseQuestionnaireBytes(bytes))),
      { numRuns: 150 },
    );
  });

  it('answers a valid file with any one value replaced by anything hostile', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(20), { minLength: 1, maxLength: 6 }), hostile, (path, value) =>
        parseTimed(() => parseQuestionnaireYaml(stringify(mutate(path, value)))),
      ),
      { numRuns: 200 },
    );
  });

  it('answers YAML made of any data at all, hostile keys included', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, (value) => parseTimed(() => parseQuestionnaireYaml(stringify(value)))),
      { numRuns: 150 },
    );
  });
});
