import { describe, expect, it } from 'vitest';
import { assessmentKey, createAssessmentStore } from './assessment-store.ts';
import { createStorageArea } from './storage-area.ts';
import { FakeStorage } from './fake-storage.test-support.ts';
import { sampleAssessment } from './fixtures.test-support.ts';

const SAVED_AT = new Date('2026-11-26T12:00:00.000Z');

function setup(initial: Record<string, string> = {}) {
  const backend = new FakeStorage(initial);
  const area = createStorageArea(backend);
  const store = createAssessmentStore(area, { now: () => SAVED_AT });
  return { backend, area, store };
}

describe('createAssessmentStore: save and load', () => {
  it('writes a versioned envelope under the assessment key and reads it back', () => {
    const { backend, store } = setup();
    const assessment = sampleAssessment();
    expect(store.save(assessment)).toEqual({ ok: true });
    expect(JSON.parse(backend.getItem(assessmentKey('a-1')) ?? '')).toEqual({
      format: 'oversight-assessment',
      version: 1,
      savedAt: '2026-11-26T12:00:00.000Z',
      assessment,
    });
    expect(store.load('a-1')).toEqual({ ok: true, assessment });
  });

  it('says plainly when there is nothing under the id', () => {
    const { store } = setup();
    expect(store.load('nope')).toEqual({
      ok: false,
      message: 'There is no saved assessment with this id. It may have been deleted in another tab.',
    });
  });

  it('refuses to save an assessment without a project name, and writes nothing', () => {
    const { backend, store } = setup();
    const assessment = sampleAssessment();
    const result = store.save({ ...assessment, context: { ...assessment.context, project: '  ' } });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'This assessment cannot be saved: context.project: Enter the name of the project or product',
    });
    expect(backend.length).toBe(0);
  });

  it('fills defaults for fields an older save did not have', () => {
    const { assessment } = JSON.parse(JSON.stringify({ assessment: sampleAssessment() })) as {
      assessment: Record<string, unknown> & { context: Record<string, unknown> };
    };
    delete assessment.actionPlan;
    delete assessment.lastLocation;
    delete assessment.context.organisation;
    const { store } = setup({
      [assessmentKey('a-1')]: JSON.stringify({ format: 'oversight-assessment', version: 1, savedAt: 'x', assessment }),
    });
    const loaded = store.load('a-1');
    expect(loaded.ok && loaded.assessment.actionPlan).toEqual({});
    expect(loaded.ok && loaded.assessment.lastLocation).toBe('');
    expect(loaded.ok && loaded.assessment.context.organisation).toBe('');
  });

  it('keeps working in memory when the quota is exceeded, and says so', () => {
    const { backend, area, store } = setup();
    backend.quota = 100;
    const result = store.save(sampleAssessment());
    expect(result).toMatchObject({ ok: false, reason: 'full' });
    expect(area.status()).toBe('memory-only');
    expect(store.load('a-1')).toEqual({ ok: true, assessment: sampleAssessment() });
    expect(store.list().assessments.map((summary) => summary.id)).toEqual(['a-1']);
  });
});

describe('createAssessmentStore: list', () => {
  it('reports corrupted entries in plain words while the others still load, newest first', () => {
    const older = sampleAssessment({ id: 'old', updatedAt: '2026-11-20T10:00:00.000Z' });
    const newer = sampleAssessment({ id: 'new', updatedAt: '2026-11-25T10:00:00.000Z' });
    const noProject = sampleAssessment({ id: 'no-project' });
    const envelope = (assessment: unknown) => JSON.stringify({ format: 'oversight-assessment', version: 1, savedAt: 'x', assessment });
    const { store } = setup({
      [assessmentKey('old')]: envelope(older),
      [assessmentKey('broken-json')]: '{"format": "oversight-assessment", ',
      [assessmentKey('new')]: envelope(newer),
      [assessmentKey('wrong-shape')]: JSON.stringify({ hello: 'world' }),
      [assessmentKey('future')]: JSON.stringify({ format: 'oversight-assessment', version: 7 }),
      [assessmentKey('no-project')]: envelope({ ...noProject, context: { ...noProject.context, project: undefined } }),
      [assessmentKey('moved')]: envelope(sampleAssessment({ id: 'elsewhere' })),
      'someone-else:key': 'not ours',
    });

    const { assessments, problems } = store.list();
    expect(assessments.map((summary) => summary.id)).toEqual(['new', 'old']);
    expect(assessments[0]).toEqual({
      id: 'new',
      project: 'Street Lens',
      organisation: 'Acme Ltd',
      date: '2026-11-26',
      questionnaire: newer.questionnaire,
      createdAt: newer.createdAt,
      updatedAt: newer.updatedAt,
    });
    expect(problems).toEqual([
      {
        key: assessmentKey('broken-json'),
        id: 'broken-json',
        message: 'This saved assessment is damaged and cannot be read (it is not valid JSON (line 1)).',
      },
      {
        key: assessmentKey('future'),
        id: 'future',
        message: 'This assessment was saved by a newer version of Oversight. Open it there, or update this copy of Oversight.',
      },
      {
        key: assessmentKey('moved'),
        id: 'moved',
        message: 'This saved assessment is damaged: it is filed under a different id from its own.',
      },
      {
        key: assessmentKey('no-project'),
        id: 'no-project',
        message: 'This saved assessment is damaged: assessment.context.project: Enter the name of the project or product',
      },
      {
        key: assessmentKey('wrong-shape'),
        id: 'wrong-shape',
        message: 'This saved entry is not an Oversight assessment.',
      },
    ]);
  });

  it('lists the ids of damaged entries too, so an import never writes over them', () => {
    const { store } = setup({ [assessmentKey('broken')]: 'nonsense' });
    store.save(sampleAssessment());
    expect(store.ids()).toEqual(new Set(['a-1', 'broken']));
  });
});

describe('createAssessmentStore: remove, duplicate, rename', () => {
  it('removes an assessment', () => {
    const { store } = setup();
    store.save(sampleAssessment());
    expect(store.remove('a-1')).toEqual({ ok: true });
    expect(store.list()).toEqual({ assessments: [], problems: [] });
  });

  it('duplicates under a new id and name, with fresh timestamps, leaving the original alone', () => {
    const { store } = setup();
    const original = sampleAssessment();
    store.save(original);
    const at = new Date('2026-12-01T08:00:00.000Z');
    const result = store.duplicate('a-1', 'a-2', at, 'Street Lens (copy)');
    const expected = {
      ...original,
      id: 'a-2',
      context: { ...original.context, project: 'Street Lens (copy)' },
      // The copy reopens where the original was, in itself: never in the original.
      lastLocation: '#/assessments/a-2/sections/basics',
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    expect(result).toEqual({ ok: true, assessment: expected, write: { ok: true } });
    expect(store.load('a-2')).toEqual({ ok: true, assessment: expected });
    expect(store.load('a-1')).toEqual({ ok: true, assessment: original });
  });

  it('drops a remembered location that is not a place in the assessment itself', () => {
    const { store } = setup();
    store.save(sampleAssessment({ lastLocation: 'https://evil.example/#/assessments/a-1' }));
    store.save(sampleAssessment({ id: 'a-2', lastLocation: '#/assessments/a-1/check' }));
    expect(store.load('a-1').ok && store.load('a-1')).toMatchObject({ assessment: { lastLocation: '' } });
    expect(store.load('a-2')).toMatchObject({ ok: true, assessment: { lastLocation: '' } });
  });

  it('never duplicates over an existing assessment', () => {
    const { store } = setup();
    store.save(sampleAssessment());
    store.save(sampleAssessment({ id: 'a-2' }));
    const result = store.duplicate('a-1', 'a-2', new Date(), 'Copy');
    expect(result.ok).toBe(false);
  });

  it('renames, trimming the name and touching updatedAt', () => {
    const { store } = setup();
    store.save(sampleAssessment());
    const result = store.rename('a-1', '  Door Watch ', new Date('2026-12-02T08:00:00.000Z'));
    expect(result.ok && result.assessment.context.project).toBe('Door Watch');
    const loaded = store.load('a-1');
    expect(loaded.ok && loaded.assessment.context.project).toBe('Door Watch');
    expect(loaded.ok && loaded.assessment.updatedAt).toBe('2026-12-02T08:00:00.000Z');
  });

  it('refuses an empty name and a missing assessment in plain words', () => {
    const { store } = setup();
    store.save(sampleAssessment());
    expect(store.rename('a-1', ' ', new Date())).toEqual({
      ok: false,
      message: 'This assessment cannot be saved: context.project: Enter the name of the project or product',
    });
    expect(store.rename('missing', 'Name', new Date()).ok).toBe(false);
  });
});
