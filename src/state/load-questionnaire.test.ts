import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseQuestionnaireYaml } from '../questionnaire/parse-questionnaire-yaml.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { createAssessment } from '../storage/create-assessment.ts';
import { questionnaireKey } from '../storage/storage-keys.ts';
import { loadedQuestionnaire, loadQuestionnaire } from './load-questionnaire.ts';
import {
  addQuestionnaire,
  isRemovedQuestionnaire,
  listMyQuestionnaires,
  questionnaireStore,
  removeQuestionnaire,
} from './questionnaire-repository.ts';
import { assessmentStore } from './assessment-repository.ts';

// Node has no workers: the same check the worker runs, on this thread.
vi.mock('../questionnaire/runtime/check-in-worker.ts', () => import('../questionnaire/runtime/check-directly.test-support.ts'));

// The browser's storage, as a plain map: Node has none.
const backend = vi.hoisted(() => {
  const items = new Map<string, string>();
  const state = { full: false };
  const storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  return { items, state };
});

vi.mock('virtual:questionnaires', async () => {
  const { sampleQuestionnaire } = await import('../storage/fixtures.test-support.ts');
  return { catalogue: [], loaders: { 'quick-check': () => Promise.resolve({ default: sampleQuestionnaire() }) } };
});

const V1_TEXT = readFileSync('e2e/questions-custom/team-check.yaml', 'utf8');
const V2_TEXT = readFileSync('e2e/questions-custom/team-check-2.yaml', 'utf8');

async function parse(text: string): Promise<Questionnaire> {
  const result = await parseQuestionnaireYaml(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.questionnaire;
}

function assessmentOn(questionnaire: Questionnaire, id: string) {
  const context = { project: 'Crop planner', organisation: '', description: '', assessorName: '', assessorRole: '', date: '2026-12-04' };
  const assessment = createAssessment({ id, questionnaire, context, now: new Date('2026-12-04T10:00:00Z') });
  expect(assessmentStore.save(assessment)).toEqual({ ok: true });
  return assessment;
}

beforeEach(() => {
  backend.items.clear();
  backend.state.full = false;
});

describe('loadQuestionnaire: bundled and loaded alike', () => {
  it('finds a bundled questionnaire by id, whatever version an assessment recorded', async () => {
    const bundled = await loadQuestionnaire({ id: 'quick-check', version: '0.1.0', contentHash: 'old' });
    expect(bundled?.id).toBe('quick-check');
    expect(loadedQuestionnaire('quick-check')).toBe(bundled);
  });

  it('finds the version an assessment was made with, and the newest for a new one', async () => {
    const [v1, v2] = await Promise.all([parse(V1_TEXT), parse(V2_TEXT)]);
    expect(addQuestionnaire(v1, V1_TEXT, 'team-check.yaml')).toMatchObject({ kind: 'added' });
    expect(addQuestionnaire(v2, V2_TEXT, 'team-check-2.yaml')).toMatchObject({ kind: 'added' });

    expect((await loadQuestionnaire('team-check'))?.version).toBe('2.0.0');
    const byRef = await loadQuestionnaire({ id: 'team-check', version: '1.0.0', contentHash: v1.contentHash });
    expect(byRef).toEqual(v1);
    expect((await loadQuestionnaire({ id: 'team-check', contentHash: v2.contentHash }))?.version).toBe('2.0.0');
    expect((await loadQuestionnaire({ id: 'team-check', version: '1.0.0' }))?.version).toBe('1.0.0');
    // Once read, at once: the same object, so screens render without a loading line.
    expect(loadedQuestionnaire({ id: 'team-check', version: '1.0.0', contentHash: v1.contentHash })).toBe(byRef);
  });

  it('moves an assessment whose version has gone to the newest one kept', async () => {
    const v2 = await parse(V2_TEXT);
    addQuestionnaire(v2, V2_TEXT, 'team-check-2.yaml');
    expect((await loadQuestionnaire({ id: 'team-check', version: '1.0.0', contentHash: 'gone' }))?.version).toBe('2.0.0');
  });

  it('finds nothing for an id nobody has, nor for names every object inherits', async () => {
    await expect(loadQuestionnaire('no-such-thing')).resolves.toBeNull();
    await expect(loadQuestionnaire('__proto__')).resolves.toBeNull();
    await expect(loadQuestionnaire({ id: 'constructor', version: '1.0.0' })).resolves.toBeNull();
  });

  it('checks stored text again, and says what is wrong with it and where', async () => {
    const v1 = await parse(V1_TEXT);
    addQuestionnaire(v1, V1_TEXT, 'team-check.yaml');
    const key = questionnaireKey('team-check', '1.0.0');
    const stored = JSON.parse(backend.items.get(key) ?? '') as { source: string };
    backend.items.set(key, JSON.stringify({ ...stored, source: stored.source.replace('kind: single', 'kind: maybe') }));
    await expect(loadQuestionnaire('team-check')).rejects.toThrow(
      'The saved copy of “Team readiness check” (version 1.0.0) no longer passes the questionnaire checks: team-check.yaml:21: sections[0].questions[1].kind: unknown question kind',
    );
  });
});

describe('addQuestionnaire', () => {
  it('refuses the id of a bundled questionnaire', async () => {
    const clash = await parse(V1_TEXT.replace('id: team-check', 'id: quick-check'));
    const outcome = addQuestionnaire(clash, V1_TEXT, 'clash.yaml');
    expect(outcome).toMatchObject({ kind: 'refused' });
    expect(outcome.kind === 'refused' && outcome.message).toContain('belongs to a questionnaire that comes with Oversight');
    expect(backend.items.size).toBe(0);
  });

  it('refuses other content under a version already kept, and keeps the first', async () => {
    const v1 = await parse(V1_TEXT);
    addQuestionnaire(v1, V1_TEXT, 'team-check.yaml');
    const edited = V1_TEXT.replace('Not yet, score: 0', 'Not at all, score: 0');
    const outcome = addQuestionnaire(await parse(edited), edited, 'team-check.yaml');
    expect(outcome.kind === 'refused' && outcome.message).toContain('You already have version 1.0.0 of “Team readiness check”');
    expect(questionnaireStore.read('team-check', '1.0.0')).toMatchObject({ ok: true, entry: { source: V1_TEXT } });
  });

  it('says so when the browser refuses to store it, and keeps no copy in this tab', async () => {
    const v1 = await parse(V1_TEXT);
    backend.state.full = true;
    const outcome = addQuestionnaire(v1, V1_TEXT, 'team-check.yaml');
    expect(outcome.kind === 'refused' && outcome.message).toBe(
      "This browser's storage for Oversight is full, so the questionnaire could not be kept. Delete assessments or questionnaires you no longer need, then load the file again.",
    );
    await expect(loadQuestionnaire('team-check')).resolves.toBeNull();
  });

  it('says when the very same file is loaded again', async () => {
    const v1 = await parse(V1_TEXT);
    addQuestionnaire(v1, V1_TEXT, 'team-check.yaml');
    expect(addQuestionnaire(v1, V1_TEXT, 'team-check.yaml')).toMatchObject({ kind: 'already' });
  });
});

describe('removeQuestionnaire', () => {
  it('deletes one no assessment uses', async () => {
    const v1 = await parse(V1_TEXT);
    addQuestionnaire(v1, V1_TEXT, 'team-check.yaml');
    expect(removeQuestionnaire('team-check', '1.0.0')).toEqual({ kind: 'deleted' });
    expect(backend.items.has(questionnaireKey('team-check', '1.0.0'))).toBe(false);
  });

  it('keeps the content of one an assessment uses, off the list, until that assessment goes', async () => {
    const v1 = await parse(V1_TEXT);
    addQuestionnaire(v1, V1_TEXT, 'team-check.yaml');
    const assessment = assessmentOn(v1, 'a-1');
    expect(removeQuestionnaire('team-check', '1.0.0')).toEqual({ kind: 'kept', assessments: 1 });
    expect(listMyQuestionnaires().entries).toEqual([]);
    expect(isRemovedQuestionnaire(assessment.questionnaire)).toBe(true);
    // The assessment still opens on it, and a new assessment cannot start on it.
    expect(await loadQuestionnaire(assessment.questionnaire)).toEqual(v1);
    await expect(loadQuestionnaire('team-check')).resolves.toBeNull();
    // Loading the file again puts it back on the list.
    expect(addQuestionnaire(v1, V1_TEXT, 'team-check.yaml')).toMatchObject({ kind: 'restored' });
    expect(isRemovedQuestionnaire(assessment.questionnaire)).toBe(false);
    removeQuestionnaire('team-check', '1.0.0');
    assessmentStore.remove('a-1');
    listMyQuestionnaires();
    expect(backend.items.has(questionnaireKey('team-check', '1.0.0'))).toBe(false);
  });
});
