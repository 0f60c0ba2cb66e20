import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatIssue, parseQuestionnaireBytes, parseQuestionnaireYaml } from './parse-questionnaire-yaml.ts';
import { TINY_FILE_HEADER } from './tiny-file.test-support.ts';

// Careless and hostile questionnaire files: each gets a plain message with
// its line, quickly, and one problem never hides the others.

function file(question: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    ...TINY_FILE_HEADER,
    sections: [
      {
        id: 's',
        title: 'S',
        questions: [
          { id: 'q', kind: 'yes-no', text: 'Q?', ...question },
          { id: 'r', kind: 'yes-no', text: 'R?' },
        ],
      },
    ],
    ...extra,
  };
}

async function printed(text: string | Uint8Array): Promise<string[]> {
  const result = typeof text === 'string' ? await parseQuestionnaireYaml(text) : await parseQuestionnaireBytes(text);
  if (result.ok) throw new Error('expected the questionnaire to be refused');
  return result.issues.map((issue) => formatIssue('q.yaml', issue));
}

describe('questionnaire input faults', () => {
  it('names .nan and .inf for what they are, not "a number, not a number"', async () => {
    const text = stringify(file({ weight: 1 }))
      .replace('weight: 1', 'weight: .nan')
      .replace('estimatedMinutes: 5', 'estimatedMinutes: .inf');
    expect(await printed(text)).toEqual([
      'q.yaml:6: estimatedMinutes: must be an ordinary number such as 1 or 0.5, not .inf (infinity)',
      'q.yaml:19: sections[0].questions[0].weight: must be an ordinary number such as 1 or 0.5, not .nan ("not a number")',
    ]);
  });

  it('refuses a file over 1 MB at once, saying its size and the limit', async () => {
    const text = `${stringify(file())}\n# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    const started = Date.now();
    expect(await printed(text)).toEqual(['q.yaml:1: (root): the file is 5.0 MB; a questionnaire file can be at most 1.0 MB']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('says which encoding a file is in when it is not UTF-8', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(stringify(file()).replace('Tiny', 'Caf')), 0xe9, 0x0a]);
    expect((await printed(latin1))[0]).toMatch(
      /^q\.yaml:1: \(root\): the file is not UTF-8 text: it looks like an older encoding such as Latin-1/,
    );
  });

  it('reports a semantic problem beside a shape problem elsewhere, not after it is fixed', async () => {
    const data = file(
      { id: 'r', help: '<b>bold</b>' },
      {
        bands: [
          { from: 0, to: 40, label: 'Low', meaning: 'm' },
          { from: 50, to: 100, label: 'High', meaning: 'm' },
        ],
      },
    );
    expect(await printed(stringify(data))).toEqual([
      'q.yaml:9: bands[0].to: leaves a gap: scores from 40 to 50 fall in no band',
      'q.yaml:23: sections[0].questions[0].help: must not contain HTML tags; use *emphasis*, **strong** or [text](https://…) instead',
      'q.yaml:24: sections[0].questions[1].id: duplicate question id "r"',
    ]);
  });

  it('does not blame a reference on a part whose shape is already reported', async () => {
    const data = file({ kind: 'bogus' });
    data.sections[0]?.questions.push({ id: 't', kind: 'yes-no', text: 'T?', visibleWhen: { question: 'q', equals: 'yes' } } as never);
    expect(await printed(stringify(data))).toEqual([
      'q.yaml:17: sections[0].questions[0].kind: unknown question kind; use one of: single, multiple, scale, yes-no, text',
    ]);
  });
});
