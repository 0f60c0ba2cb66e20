import { describe, expect, it } from 'vitest';
import { createStorageArea } from './storage-area.ts';
import { FakeStorage } from './fake-storage.test-support.ts';
import { QUESTIONNAIRE_KEY_PREFIX, questionnaireKey } from './storage-keys.ts';
import {
  createQuestionnaireStore,
  STORED_QUESTIONNAIRE_LIMITS,
  wrapQuestionnaire,
  type StoredQuestionnaire,
} from './questionnaire-store.ts';

const SAVED_AT = new Date('2026-12-04T10:00:00.000Z');

function entry(id = 'team-check', version = '1.0.0', source = 'id: team-check\n'): StoredQuestionnaire {
  const summary = {
    id,
    version,
    title: 'Team check',
    description: 'A short check.',
    audience: 'Product teams',
    estimatedMinutes: 5,
    sectionCount: 1,
    questionCount: 2,
    contentHash: `hash-${id}-${version}`,
  };
  return wrapQuestionnaire(summary, source, 'team-check.yaml', SAVED_AT);
}

function setup(initial: Record<string, string> = {}) {
  const backend = new FakeStorage(initial);
  const store = createQuestionnaireStore(createStorageArea(backend));
  return { backend, store };
}

describe('questionnaire store: keys', () => {
  it('keeps each loaded questionnaire under oversight:v1:questionnaire:<id>@<version>', () => {
    expect(QUESTIONNAIRE_KEY_PREFIX).toBe('oversight:v1:questionnaire:');
    expect(questionnaireKey('team-check', '2.0.0')).toBe('oversight:v1:questionnaire:team-check@2.0.0');
  });
});

describe('questionnaire store: save and read', () => {
  it('writes a versioned envelope and reads it back', () => {
    const { backend, store } = setup();
    expect(store.save(entry())).toEqual({ ok: true });
    expect(JSON.parse(backend.getItem('oversight:v1:questionnaire:team-check@1.0.0') ?? '')).toMatchObject({
      format: 'oversight-questionnaire',
      version: 1,
      savedAt: '2026-12-04T10:00:00.000Z',
      fileName: 'team-check.yaml',
      source: 'id: team-check\n',
    });
    expect(store.read('team-check', '1.0.0')).toEqual({ ok: true, entry: entry() });
  });

  it('keeps two versions of one questionnaire side by side', () => {
    const { store } = setup();
    store.save(entry('team-check', '1.0.0'));
    store.save(entry('team-check', '2.0.0'));
    store.save(entry('other', '1.0.0'));
    expect(store.versionsOf('team-check').map((stored) => stored.summary.version)).toEqual(['1.0.0', '2.0.0']);
    expect(store.list().entries).toHaveLength(3);
  });

  it('says plainly when there is nothing under the id and version', () => {
    const { store } = setup();
    expect(store.read('team-check', '1.0.0')).toEqual({
      ok: false,
      message: 'This questionnaire is not saved in this browser. It may have been removed in another tab.',
    });
  });

  it('removes one version and leaves the other', () => {
    const { store } = setup();
    store.save(entry('team-check', '1.0.0'));
    store.save(entry('team-check', '2.0.0'));
    expect(store.remove('team-check', '1.0.0')).toEqual({ ok: true });
    expect(store.versionsOf('team-check').map((stored) => stored.summary.version)).toEqual(['2.0.0']);
  });
});

describe('questionnaire store: damaged data', () => {
  const key = 'oversight:v1:questionnaire:team-check@1.0.0';

  it('reports text that is not JSON, with its line, beside the readable entries', () => {
    const { store } = setup({ [key]: '{"format":', [questionnaireKey('b', '1.0.0')]: JSON.stringify(entry('b')) });
    const { entries, problems } = store.list();
    expect(entries.map((stored) => stored.summary.id)).toEqual(['b']);
    expect(problems).toEqual([{ key, message: 'This saved questionnaire is damaged and cannot be read (it is not valid JSON (line 1)).' }]);
  });

  it('names the field that is wrong', () => {
    const damaged = { ...entry(), summary: { ...entry().summary, questionCount: 'two' } };
    const { store } = setup({ [key]: JSON.stringify(damaged) });
    expect(store.read('team-check', '1.0.0')).toEqual({
      ok: false,
      message: 'This saved questionnaire is damaged: summary.questionCount: must be a number, not text',
    });
  });

  it('refuses an entry filed under another key than its own id and version', () => {
    const { store } = setup({ [key]: JSON.stringify(entry('team-check', '9.9.9')) });
    expect(store.read('team-check', '1.0.0')).toEqual({
      ok: false,
      message: 'This saved questionnaire is damaged: it is filed under another id or version than its own.',
    });
  });

  it('tells an entry from a newer Oversight apart from a damaged one', () => {
    const { store } = setup({ [key]: JSON.stringify({ ...entry(), version: 2 }) });
    expect(store.read('team-check', '1.0.0')).toEqual({
      ok: false,
      message: 'This questionnaire was saved by a newer version of Oversight. Open it there, or update this copy.',
    });
  });

  it('deletes a damaged entry by its key, and never a key outside its own prefix', () => {
    const other = 'oversight:v1:assessment:a-1';
    const { backend, store } = setup({ [key]: 'nonsense', [other]: '{}' });
    expect(store.removeKey(key)).toEqual({ ok: true });
    expect(store.removeKey(other)).toEqual({ ok: true });
    expect(backend.getItem(key)).toBeNull();
    expect(backend.getItem(other)).toBe('{}');
  });
});

describe('questionnaire store: limits', () => {
  it(`keeps at most ${STORED_QUESTIONNAIRE_LIMITS.entries} questionnaires and writes nothing past that`, () => {
    const { backend, store } = setup();
    for (let index = 0; index < STORED_QUESTIONNAIRE_LIMITS.entries; index += 1) {
      expect(store.save(entry(`q-${index}`))).toEqual({ ok: true });
    }
    const refused = store.save(entry('one-more'));
    expect(refused).toMatchObject({ ok: false, reason: 'limit' });
    expect(refused.ok ? '' : refused.message).toContain('You already have 20 questionnaires in this browser');
    expect(backend.getItem(questionnaireKey('one-more', '1.0.0'))).toBeNull();
    // Replacing one already there does not count twice.
    expect(store.save(entry('q-0'))).toEqual({ ok: true });
  });

  it('keeps the files together under the total and refuses the one that would pass it', () => {
    const { store } = setup();
    const big = 'x'.repeat(STORED_QUESTIONNAIRE_LIMITS.source);
    expect(store.save(entry('first', '1.0.0', big))).toEqual({ ok: true });
    const refused = store.save(entry('second', '1.0.0', big));
    expect(refused).toMatchObject({ ok: false, reason: 'limit' });
    expect(refused.ok ? '' : refused.message).toContain('more than 2,000,000 characters');
  });

  it('refuses a file over the size one entry may have, naming the field', () => {
    const { store } = setup();
    const refused = store.save(entry('huge', '1.0.0', 'x'.repeat(STORED_QUESTIONNAIRE_LIMITS.source + 1)));
    expect(refused).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'This questionnaire cannot be saved: source: must be at most 1,048,576 characters long',
    });
  });

  it('reports a full browser storage as such', () => {
    const backend = new FakeStorage();
    backend.quota = 100;
    const store = createQuestionnaireStore(createStorageArea(backend));
    expect(store.save(entry())).toMatchObject({ ok: false, reason: 'full' });
  });
});
