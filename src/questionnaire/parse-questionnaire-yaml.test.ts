import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatIssue, parseQuestionnaireYaml, type LocatedIssue } from './parse-questionnaire-yaml.ts';
import { formatPath } from './format-path.ts';

interface FixtureQuestion {
  id: string;
  kind: string;
  text: string;
  options?: { value: string; label: string; score: number }[];
  visibleWhen?: unknown;
  scale?: string;
  critical?: { minimum: string };
  [field: string]: unknown;
}

/** A small questionnaire that passes every check; each test breaks one rule. */
function validFile() {
  return {
    id: 'tiny',
    version: '1.0.0',
    title: 'Tiny check',
    description: 'A questionnaire for tests.',
    audience: 'Tests',
    estimatedMinutes: 5,
    scales: {
      maturity: {
        label: 'Maturity',
        min: 0,
        max: 4,
        steps: [
          { value: 'none', label: 'Not started', score: 0 },
          { value: 'some', label: 'In progress', score: 2 },
          { value: 'done', label: 'In place', score: 4 },
        ],
      },
    },
    bands: [
      { from: 0, to: 50, label: 'Not ready', meaning: 'Stop.' },
      { from: 50, to: 100, label: 'Ready', meaning: 'Go.' },
    ],
    sections: [
      {
        id: 'context',
        title: 'Context',
        weight: 0,
        questions: <FixtureQuestion[]>[
          { id: 'uses-faces', kind: 'yes-no', text: 'Faces?', partly: false },
          { id: 'what', kind: 'text', text: 'What is it?' },
        ],
      },
      {
        id: 'ethics',
        title: 'Ethics',
        weight: 1,
        questions: <FixtureQuestion[]>[
          {
            id: 'owner',
            kind: 'scale',
            scale: 'maturity',
            text: 'Is someone accountable?',
            critical: { minimum: 'some' },
            action: 'Name an owner.',
          },
          {
            id: 'groups',
            kind: 'multiple',
            text: 'Who did you consult?',
            options: [
              { value: 'users', label: 'Users', score: 1 },
              { value: 'public', label: 'The public', score: 1 },
            ],
          },
          {
            id: 'faces-follow-up',
            kind: 'single',
            text: 'How are faces stored?',
            visibleWhen: { question: 'uses-faces', equals: 'yes' },
            options: [
              { value: 'kept', label: 'Kept', score: 0 },
              { value: 'deleted', label: 'Deleted', score: 3 },
            ],
          },
        ],
      },
    ],
  };
}

type File = ReturnType<typeof validFile>;

async function issuesOf(mutate: (file: File) => unknown): Promise<LocatedIssue[]> {
  const file = validFile();
  const changed = mutate(file) ?? file;
  const result = await parseQuestionnaireYaml(stringify(changed));
  if (result.ok) throw new Error('expected the questionnaire to be rejected');
  return result.issues;
}

function described(issues: LocatedIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe('parseQuestionnaireYaml', () => {
  it('accepts a valid questionnaire and normalises it', async () => {
    const result = await parseQuestionnaireYaml(stringify(validFile()));
    if (!result.ok) throw new Error(described(result.issues).join('\n'));
    const { questionnaire } = result;
    expect(questionnaire.sections.map((section) => section.questions.map((q) => q.number))).toEqual([
      ['1.1', '1.2'],
      ['2.1', '2.2', '2.3'],
    ]);
    const owner = questionnaire.sections[1]?.questions[0];
    expect(owner?.options.map((option) => option.score)).toEqual([0, 2, 4]);
    expect(owner?.maxScore).toBe(4);
    expect(owner?.critical).toEqual({ minimum: 'some', minimumScore: 2, reason: undefined });
    expect(questionnaire.sections[0]?.questions[0]?.options.map((option) => option.value)).toEqual(['yes', 'no']);
    expect(questionnaire.sections[1]?.questions[1]?.maxScore).toBe(2);
    expect(questionnaire.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same content hash for the same content, and another after a change', async () => {
    const first = await parseQuestionnaireYaml(stringify(validFile()));
    const again = await parseQuestionnaireYaml(stringify(validFile()));
    const changedFile = validFile();
    changedFile.title = 'Tiny check, revised';
    const changed = await parseQuestionnaireYaml(stringify(changedFile));
    if (!first.ok || !again.ok || !changed.ok) throw new Error('fixtures must parse');
    expect(again.questionnaire.contentHash).toBe(first.questionnaire.contentHash);
    expect(changed.questionnaire.contentHash).not.toBe(first.questionnaire.contentHash);
  });

  it('reports broken YAML with its line', async () => {
    const result = await parseQuestionnaireYaml('id: tiny\ntitle: [unclosed\nversion: 1.0.0\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.message).toMatch(/^invalid YAML/);
    expect(result.issues[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a duplicate key in YAML', async () => {
    const result = await parseQuestionnaireYaml('id: tiny\nid: again\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/invalid YAML: .*unique/i);
  });

  it('names a missing required field', async () => {
    const issues = await issuesOf((file) => {
      const { title: _title, ...rest } = file;
      return rest;
    });
    expect(described(issues)).toContain('title: is required');
  });

  it('rejects a malformed semantic version', async () => {
    const issues = await issuesOf((file) => {
      file.version = 'v1';
    });
    expect(described(issues)).toContain('version: must be a semantic version such as 1.0.0');
  });

  it('rejects a choice question with fewer than 2 options', async () => {
    const issues = await issuesOf((file) => {
      const question = file.sections[1]!.questions[1]!;
      question.options = question.options!.slice(0, 1);
    });
    expect(described(issues)).toContain('sections[1].questions[1].options: needs at least 2 options');
  });

  it('rejects an unknown question kind', async () => {
    const issues = await issuesOf((file) => {
      (file.sections[1]!.questions[1] as { kind: string }).kind = 'slider';
    });
    expect(described(issues)[0]).toMatch(/^sections\[1\]\.questions\[1\](\.kind)?: unknown question kind; use one of/);
  });

  it('rejects an unknown field, naming it', async () => {
    const issues = await issuesOf((file) => {
      (file.sections[1]!.questions[0] as Record<string, unknown>).mandatory = true;
    });
    expect(described(issues)).toContain('sections[1].questions[0]: unknown field "mandatory"');
  });

  it('rejects duplicate question ids', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.questions[1]!.id = 'owner';
    });
    expect(described(issues)).toContain('sections[1].questions[1].id: duplicate question id "owner"');
  });

  it('rejects duplicate section ids', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.id = 'context';
    });
    expect(described(issues)).toContain('sections[1].id: duplicate section id "context"');
  });

  it('rejects a condition on a question that does not exist', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.questions[2]!.visibleWhen = { question: 'nowhere', equals: 'yes' };
    });
    expect(described(issues)).toContain(
      'sections[1].questions[2].visibleWhen.question: refers to "nowhere", which is not a question in this questionnaire',
    );
  });

  it('rejects a condition on a later question (no cycles possible)', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.questions[0] = {
        ...file.sections[1]!.questions[0]!,
        visibleWhen: { any: [{ question: 'groups', answered: true }] },
      } as never;
    });
    expect(described(issues)).toContain(
      'sections[1].questions[0].visibleWhen.any[0].question: refers to "groups", which comes later or is this question itself; conditions may only refer to earlier questions',
    );
  });

  it('rejects a condition value that is not an option', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.questions[2]!.visibleWhen = { question: 'uses-faces', equals: 'partly' };
    });
    expect(described(issues)).toContain(
      'sections[1].questions[2].visibleWhen.equals: "partly" is not an option of "uses-faces" (options: yes, no)',
    );
  });

  it('rejects an expression string where a condition is expected', async () => {
    const issues = await issuesOf((file) => {
      (file.sections[1]!.questions[2] as Record<string, unknown>).visibleWhen = "{uses-faces} = 'yes'";
    });
    expect(described(issues)[0]).toMatch(/^sections\[1\]\.questions\[2\]\.visibleWhen: is not a valid condition/);
  });

  it('rejects a critical threshold that is not one of the options', async () => {
    const issues = await issuesOf((file) => {
      (file.sections[1]!.questions[0] as { critical: { minimum: string } }).critical.minimum = 'perfect';
    });
    expect(described(issues)).toContain(
      'sections[1].questions[0].critical.minimum: "perfect" is not one of this question\'s options (none, some, done)',
    );
  });

  it('rejects bands with a gap', async () => {
    const issues = await issuesOf((file) => {
      file.bands[0]!.to = 40;
    });
    expect(described(issues)).toContain('bands[0].to: leaves a gap: scores from 40 to 50 fall in no band');
  });

  it('rejects overlapping bands', async () => {
    const issues = await issuesOf((file) => {
      file.bands[0]!.to = 60;
    });
    expect(described(issues)).toContain('bands[0].to: overlaps "Ready", which starts at 50');
  });

  it('rejects bands that do not reach 100', async () => {
    const issues = await issuesOf((file) => {
      file.bands[1]!.to = 90;
    });
    expect(described(issues)).toContain('bands[1].to: the highest band must end at 100, not 90');
  });

  it('rejects a negative question weight', async () => {
    const issues = await issuesOf((file) => {
      (file.sections[1]!.questions[1] as { weight?: number }).weight = -2;
    });
    expect(described(issues)).toContain('sections[1].questions[1].weight: must not be negative');
  });

  it('rejects a negative section weight', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.weight = -1;
    });
    expect(described(issues)).toContain('sections[1].weight: must not be negative');
  });

  it('rejects a questionnaire with no scored question', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.weight = 0;
    });
    expect(described(issues)[0]).toMatch(/^sections: no question can score points/);
  });

  it('rejects a scale step score outside its scale', async () => {
    const issues = await issuesOf((file) => {
      file.scales.maturity.steps[2]!.score = 5;
    });
    expect(described(issues)).toContain("scales.maturity.steps[2].score: 5 is outside the scale's range 0–4");
  });

  it('rejects a negative option score', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.questions[1]!.options![0]!.score = -1;
    });
    expect(described(issues)).toContain('sections[1].questions[1].options[0].score: must not be negative');
  });

  it('rejects a reference to an unknown scale', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.questions[0]!.scale = 'likert';
    });
    expect(described(issues)).toContain('sections[1].questions[0].scale: no scale "likert" under "scales" (known: maturity)');
  });

  it('rejects HTML in help text', async () => {
    const issues = await issuesOf((file) => {
      (file.sections[1]!.questions[0] as { help?: string }).help = 'See <a href="x">this</a>';
    });
    expect(described(issues)[0]).toMatch(/^sections\[1\]\.questions\[0\]\.help: must not contain HTML tags/);
  });

  it('rejects a multiple-choice cap that the options can never reach', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.questions[1]!.maxScore = 5;
    });
    expect(described(issues)).toContain('sections[1].questions[1].maxScore: 5 can never be reached: all options together score 2');
  });

  it('rejects duplicate option values', async () => {
    const issues = await issuesOf((file) => {
      file.sections[1]!.questions[1]!.options![1]!.value = 'users';
    });
    expect(described(issues)).toContain('sections[1].questions[1].options[1].value: duplicate option value "users"');
  });

  it('reports shape and semantic problems at once, each on the line of the key it concerns', async () => {
    const text = [
      'id: tiny',
      'version: 1.0.0',
      'title: Tiny',
      'description: d',
      'audience: a',
      'estimatedMinutes: 5',
      'bands:',
      '  - { from: 0, to: 40, label: Low, meaning: m }',
      '  - { from: 50, to: 100, label: High, meaning: m }',
      'sections:',
      '  - id: s',
      '    title: S',
      '    questions:',
      '      - id: q',
      '        kind: single',
      '        text: Q?',
      '        options:',
      '          - { value: a, label: A, score: 1 }',
    ].join('\n');
    const result = await parseQuestionnaireYaml(text);
    if (result.ok) throw new Error('expected failure');
    expect(result.issues.map((issue) => formatIssue('questions/x.yaml', issue))).toEqual([
      'questions/x.yaml:8: bands[0].to: leaves a gap: scores from 40 to 50 fall in no band',
      'questions/x.yaml:17: sections[0].questions[0].options: needs at least 2 options',
    ]);
    const fixed = await parseQuestionnaireYaml(text.replace('score: 1 }', 'score: 1 }\n          - { value: b, label: B }'));
    if (fixed.ok) throw new Error('expected the band gap to be reported');
    expect(fixed.issues.map((issue) => formatIssue('questions/x.yaml', issue))).toEqual([
      'questions/x.yaml:8: bands[0].to: leaves a gap: scores from 40 to 50 fall in no band',
    ]);
  });

  it('reports an alias to an anchor that does not exist, with its line, instead of throwing', async () => {
    const result = await parseQuestionnaireYaml('id: tiny\nversion: 1.0.0\ntitle: *missing\n');
    if (result.ok) throw new Error('expected failure');
    expect(result.issues.map((issue) => formatIssue('questions/x.yaml', issue))).toEqual([
      'questions/x.yaml:3: (root): invalid YAML: the alias *missing refers to no anchor &missing set before it',
    ]);
  });

  it('refuses an alias bomb quickly, with the line of its first alias', async () => {
    // Nine levels of nine aliases: 9^9 strings if expanded.
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [index, name] of [...'bcdefghij'].entries()) {
      const previous = 'abcdefghij'[index];
      levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`);
    }
    const started = Date.now();
    const result = await parseQuestionnaireYaml(['id: bomb', ...levels].join('\n'));
    if (result.ok) throw new Error('expected failure');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.issues.map((issue) => formatIssue('questions/x.yaml', issue))).toEqual([
      'questions/x.yaml:3: (root): invalid YAML: too many aliases (more than 100); write the content out instead of repeating aliases',
    ]);
  });
});
