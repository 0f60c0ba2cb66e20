import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatIssue, parseQuestionnaireYaml } from './parse-questionnaire-yaml.ts';
import { ownValue, prototypeKeyPaths } from './unsafe-keys.ts';
import { TINY_FILE_HEADER } from './tiny-file.test-support.ts';

// No key read from a file may reach an object's prototype: a name such as
// "constructor" or "__proto__" is refused with its place in the file, never
// looked up as something every object inherits, never dropped in silence.

function file(sections: unknown, extra: Record<string, unknown> = {}) {
  return {
    ...TINY_FILE_HEADER,
    sections,
    ...extra,
  };
}

const options = [
  { value: 'no', label: 'No', score: 0 },
  { value: 'yes', label: 'Yes', score: 1 },
];

async function printed(text: string): Promise<string[]> {
  const result = await parseQuestionnaireYaml(text);
  if (result.ok) throw new Error('expected the questionnaire to be refused');
  return result.issues.map((issue) => formatIssue('q.yaml', issue));
}

describe('prototype keys in a questionnaire', () => {
  it('refuses a scale question pointing at "constructor" instead of throwing', async () => {
    const text = stringify(
      file([{ id: 's', title: 'S', questions: [{ id: 'q', kind: 'scale', text: 'Q?', scale: 'constructor' }] }], {
        scales: {},
      }),
    );
    expect(await printed(text)).toEqual(['q.yaml:19: sections[0].questions[0].scale: is a name JavaScript reserves; choose another id']);
  });

  it('refuses "constructor" as a questionnaire, section, question, option and scale id', async () => {
    const text = stringify(
      file(
        [
          {
            id: 'constructor',
            title: 'S',
            questions: [
              { id: 'constructor', kind: 'single', text: 'Q?', options: [{ value: 'constructor', label: 'C', score: 0 }, options[1]] },
            ],
          },
        ],
        {
          id: 'constructor',
          scales: {
            constructor: {
              label: 'L',
              min: 0,
              max: 1,
              steps: [
                { value: 'a', label: 'A', score: 0 },
                { value: 'b', label: 'B', score: 1 },
              ],
            },
          },
        },
      ),
    );
    expect(await printed(text)).toEqual([
      'q.yaml:1: id: is a name JavaScript reserves; choose another id',
      'q.yaml:13: sections[0].id: is a name JavaScript reserves; choose another id',
      'q.yaml:16: sections[0].questions[0].id: is a name JavaScript reserves; choose another id',
      'q.yaml:20: sections[0].questions[0].options[0].value: is a name JavaScript reserves; choose another id',
      'q.yaml:27: scales.constructor: is a name JavaScript reserves; choose another id',
    ]);
  });

  it('names a "__proto__" scale with its line instead of dropping it', async () => {
    const text = [
      'id: tiny',
      'version: 1.0.0',
      'title: Tiny',
      'description: For tests.',
      'audience: Tests',
      'estimatedMinutes: 5',
      'scales:',
      '  __proto__:',
      '    label: L',
      '    min: 0',
      '    max: 1',
      '    steps: [{value: a, label: A, score: 0}, {value: b, label: B, score: 1}]',
      'bands: [{from: 0, to: 100, label: All, meaning: Any.}]',
      'sections: [{id: s, title: S, questions: [{id: q, kind: yes-no, text: Q?}]}]',
    ].join('\n');
    expect(await printed(text)).toEqual([
      'q.yaml:8: scales.__proto__: "__proto__" cannot be used as a name: it is reserved in JavaScript and would be lost; rename it',
    ]);
  });

  it('names a "__proto__" key anywhere, beside the other problems', async () => {
    const text = stringify(file([{ id: 's', title: 'S', questions: [{ id: 'q', kind: 'yes-no', text: 'Q?' }] }])).replace(
      'title: Tiny',
      'title: Tiny\n__proto__:\n  polluted: true',
    );
    expect(await printed(text)).toEqual([
      'q.yaml:1: (root): unknown field "__proto__"',
      'q.yaml:4: __proto__: "__proto__" cannot be used as a name: it is reserved in JavaScript and would be lost; rename it',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('prototypeKeyPaths', () => {
  it('finds every "__proto__" key, in document order, in objects and lists', () => {
    const data = JSON.parse('{"a":{"__proto__":1},"b":[{"c":2},{"__proto__":{"__proto__":3}}]}') as unknown;
    expect(prototypeKeyPaths(data)).toEqual([
      ['a', '__proto__'],
      ['b', 1, '__proto__'],
      ['b', 1, '__proto__', '__proto__'],
    ]);
  });

  it('walks input nested far deeper than the call stack would allow', () => {
    const deep = JSON.parse(`${'['.repeat(20000)}{"__proto__":0}${']'.repeat(20000)}`) as unknown;
    expect(prototypeKeyPaths(deep)[0]).toHaveLength(20001);
  });
});

describe('ownValue', () => {
  it('finds only what the record holds itself', () => {
    const record: Record<string, number> = { a: 1 };
    expect(ownValue(record, 'a')).toBe(1);
    expect(ownValue(record, 'constructor')).toBeUndefined();
    expect(ownValue(record, 'hasOwnProperty')).toBeUndefined();
    expect(ownValue(record, '__proto__')).toBeUndefined();
    expect(ownValue(undefined, 'a')).toBeUndefined();
  });
});
