import { readdirSync, readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { stringify } from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIssue, parseQuestionnaireBytes } from '../questionnaire/parse-questionnaire-yaml.ts';
import { parseAnswersBytes } from '../storage/answers-file.ts';
import { RichText } from '../components/rich-text.tsx';
import { importAnswersFile } from '../state/import-assessment.ts';
import { assessmentStore } from '../state/assessment-repository.ts';

// Every malformed or hostile file in the fixture folders, run through the
// code the app and `npm run questions:check` use, against the exact messages
// in the manifests beside them. Answers files go all the way through the
// import, into a browser storage that already holds an assessment, which
// must come out byte for byte as it was.

const backend = vi.hoisted(() => {
  const items = new Map<string, string>();
  const storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  return { items };
});

// The bundled questionnaire, read from questions/ by the same parser the build uses.
vi.mock('virtual:questionnaires', async () => {
  const { readFileSync: read } = await import('node:fs');
  const { parseQuestionnaireYaml } = await import('../questionnaire/parse-questionnaire-yaml.ts');
  const load = async () => {
    const parsed = await parseQuestionnaireYaml(read(new URL('../../questions/quick-check.yaml', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('questions/quick-check.yaml must parse');
    return { default: parsed.questionnaire };
  };
  return { catalogue: [], loaders: { 'quick-check': load } };
});

const QUESTIONNAIRES = new URL('../questionnaire/fixtures/', import.meta.url);
const ANSWERS = new URL('../storage/fixtures/', import.meta.url);

type Expected = string[] | { ok: Record<string, string> };
type ExpectedImport = { errors: string[] } | { imported: { project: string; dropped: string[]; lastLocation: string } };

function manifest<T>(url: URL): [string, T][] {
  const entries = Object.entries(JSON.parse(readFileSync(url, 'utf8')) as Record<string, T>);
  return entries.filter(([name]) => name !== '$comment');
}

const questionnaireCases = manifest<Expected>(new URL('bad-questionnaires.expected.json', QUESTIONNAIRES));
const answersCases = manifest<ExpectedImport>(new URL('bad-answers.expected.json', ANSWERS));

function smallQuestionnaire(sections: unknown[]): string {
  const head = { id: 'big', version: '1.0.0', title: 'Big', description: 'Generated.', audience: 'Tests', estimatedMinutes: 5 };
  return stringify({ ...head, bands: [{ from: 0, to: 100, label: 'All', meaning: 'Any.' }], sections });
}

function questions(count: number, from = 0) {
  return Array.from({ length: count }, (_, index) => ({ id: `q${from + index}`, kind: 'yes-no', text: `Question ${from + index}?` }));
}

// Too big to commit, so built here: the expectations still live in the manifest.
const GENERATED_QUESTIONNAIRES: Record<string, () => string> = {
  'generated-5mb.yaml': () => `${smallQuestionnaire([{ id: 's', title: 'S', questions: questions(1) }])}# ${'x'.repeat(5 * 1024 * 1024)}\n`,
  'generated-2000-questions.yaml': () =>
    smallQuestionnaire(
      Array.from({ length: 4 }, (_, index) => ({ id: `s${index}`, title: `S${index}`, questions: questions(500, index * 500) })),
    ),
  'generated-one-section-of-600.yaml': () => smallQuestionnaire([{ id: 's', title: 'S', questions: questions(600) }]),
  'generated-deep-nesting.yaml': () =>
    smallQuestionnaire([{ id: 's', title: 'S', questions: questions(1) }]).replace(
      'title: S\n',
      `title: S\n    visibleWhen: ${'{ not: '.repeat(2000)}{ question: q0, answered: true }${' }'.repeat(2000)}\n`,
    ),
  'generated-nested-70-levels.yaml': () =>
    smallQuestionnaire([{ id: 's', title: 'S', questions: questions(1) }]).replace(
      'title: S\n',
      `title: S\n    visibleWhen: ${'{ not: '.repeat(70)}{ question: q0, answered: true }${' }'.repeat(70)}\n`,
    ),
};

const GENERATED_ANSWERS: Record<string, () => Uint8Array> = {
  'generated-6mb.json': () => new TextEncoder().encode(`{"format": "oversight-answers", "padding": "${'x'.repeat(6 * 1024 * 1024)}"}`),
};

function bytesOf(folder: URL, name: string, generated: Record<string, () => string | Uint8Array>): Uint8Array {
  const make = generated[name];
  if (!make) return readFileSync(new URL(name, folder));
  const made = make();
  return typeof made === 'string' ? new TextEncoder().encode(made) : made;
}

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

describe('malformed and hostile questionnaires', () => {
  it('has a fixture for every manifest entry and an entry for every fixture', () => {
    const files = readdirSync(new URL('bad/', QUESTIONNAIRES)).sort();
    const listed = questionnaireCases.map(([name]) => name).filter((name) => !(name in GENERATED_QUESTIONNAIRES));
    expect(listed.sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(questionnaireCases)('%s', async (name, expected) => {
    const started = Date.now();
    const result = await parseQuestionnaireBytes(bytesOf(new URL('bad/', QUESTIONNAIRES), name, GENERATED_QUESTIONNAIRES));
    expect(Date.now() - started).toBeLessThan(3000);
    if (Array.isArray(expected)) {
      expect(result.ok ? 'accepted' : result.issues.map((issue) => formatIssue(name, issue))).toEqual(expected);
      return;
    }
    if (!result.ok) throw new Error(result.issues.map((issue) => formatIssue(name, issue)).join('\n'));
    for (const [path, text] of Object.entries(expected.ok)) expect(valueAt(result.questionnaire, path)).toBe(text);
  });

  it('draws hostile help text as text: no markup runs, and only web and mail links become links', () => {
    const html = renderToStaticMarkup(
      RichText({ source: '[click me](javascript:alert(1)) or [this](https://example.org) <script>x</script>' }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="https://example.org"');
    expect(html).not.toContain('href="javascript:');
  });
});

describe('malformed and hostile answers files, imported over an existing assessment', () => {
  const existingKey = 'oversight:v1:assessment:existing';
  let before: string;

  beforeEach(() => {
    backend.items.clear();
    const file = parseAnswersBytes(readFileSync(new URL('bad-answers/markup-in-texts.json', ANSWERS)));
    if (!file.ok) throw new Error('fixture must parse');
    expect(
      assessmentStore.save({ ...file.file.assessment, id: 'existing', context: { ...file.file.assessment.context, project: 'Mine' } }).ok,
    ).toBe(true);
    before = backend.items.get(existingKey) ?? '';
  });

  it('has a fixture for every manifest entry and an entry for every fixture', () => {
    const files = readdirSync(new URL('bad-answers/', ANSWERS)).sort();
    const listed = answersCases.map(([name]) => name).filter((name) => !(name in GENERATED_ANSWERS));
    expect(listed.sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(answersCases)('%s', async (name, expected) => {
    const parsed = parseAnswersBytes(bytesOf(new URL('bad-answers/', ANSWERS), name, GENERATED_ANSWERS));
    const outcome = parsed.ok ? await importAnswersFile(parsed.file) : { kind: 'failed' as const, errors: parsed.errors };
    expect(backend.items.get(existingKey)).toBe(before);
    if ('errors' in expected) {
      expect(outcome).toEqual({ kind: 'failed', errors: expected.errors });
      expect([...backend.items.keys()]).toEqual([existingKey]);
      return;
    }
    if (outcome.kind !== 'imported') throw new Error(outcome.errors.join('\n'));
    const saved = assessmentStore.load(outcome.id);
    if (!saved.ok) throw new Error(saved.message);
    expect({ project: saved.assessment.context.project, dropped: outcome.dropped, lastLocation: saved.assessment.lastLocation }).toEqual(
      expected.imported,
    );
  });
});
