import { describe, expect, it } from 'vitest';
import { assessmentKey, createAssessmentStore } from './assessment-store.ts';
import { createStorageArea } from './storage-area.ts';
import { FakeStorage } from './fake-storage.test-support.ts';
import { migrateAssessment } from './migrate-assessment.ts';
import { sampleAssessment, sampleQuestionnaire } from './fixtures.test-support.ts';

// Each way the browser's storage can fail an assessment, with the outcome
// the app promises: the person is told, work goes on, and nothing already
// saved is lost or overwritten. "A reload" is a new store over the same
// backend, as the next page load would make.

const SAVED_AT = new Date('2026-12-04T12:00:00.000Z');
const storeOver = (backend: Storage | null) => createAssessmentStore(createStorageArea(backend), { now: () => SAVED_AT });

/** A backend whose every write is counted, and which can be made to crash before a write lands. */
class CrashingStorage extends FakeStorage {
  writes = 0;
  crashNextWrite = false;
  override setItem(key: string, value: string): void {
    this.writes += 1;
    if (this.crashNextWrite) {
      this.crashNextWrite = false;
      throw new Error('The tab crashed before the write landed');
    }
    super.setItem(key, value);
  }
}

const edited = sampleAssessment({
  answers: { ...sampleAssessment().answers, purpose: { value: 'no', notes: 'Changed my mind' } },
  updatedAt: '2026-12-04T11:00:00.000Z',
});

describe('storage full', () => {
  it('keeps the new version in this tab, says the storage is full, and leaves the saved copy intact', () => {
    const backend = new FakeStorage();
    const store = storeOver(backend);
    expect(store.save(sampleAssessment())).toEqual({ ok: true });
    backend.quota = backend.getItem(assessmentKey('a-1'))!.length + 30;
    const result = store.save({ ...edited, context: { ...edited.context, description: 'x'.repeat(500) } });
    expect(result).toMatchObject({ ok: false, reason: 'full' });
    expect(result.ok ? '' : result.message).toMatch(/storage for Oversight is full.*export your answers/);
    // This tab works on with what is on screen…
    expect(store.load('a-1')).toMatchObject({ ok: true, assessment: { answers: { purpose: { value: 'no' } } } });
    // …and after a reload the last copy that fitted is there, whole.
    expect(storeOver(backend).load('a-1')).toEqual({ ok: true, assessment: sampleAssessment() });
  });
});

describe('storage unavailable', () => {
  it('works in memory when every call throws (blocked site data), and never throws at its callers', () => {
    const backend = new FakeStorage();
    backend.failWith = new DOMException('The operation is insecure.', 'SecurityError');
    const area = createStorageArea(backend);
    const store = createAssessmentStore(area, { now: () => SAVED_AT });
    const result = store.save(sampleAssessment());
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(result.ok ? '' : result.message).toMatch(/not letting Oversight save.*export your answers/);
    expect(area.status()).toBe('memory-only');
    expect(store.load('a-1')).toEqual({ ok: true, assessment: sampleAssessment() });
    expect(store.list().assessments.map((summary) => summary.id)).toEqual(['a-1']);
  });

  it('works in memory when there is no storage at all', () => {
    const store = storeOver(null);
    expect(store.save(sampleAssessment())).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(store.load('a-1')).toEqual({ ok: true, assessment: sampleAssessment() });
  });
});

describe('a corrupt stored entry', () => {
  it('is named beside the readable ones, and left byte for byte as it was until the person removes it', () => {
    const damaged = '{"format":"oversight-assessment","version":1,"assessment":{"id":"b-2","answ';
    const backend = new FakeStorage({ [assessmentKey('b-2')]: damaged });
    const store = storeOver(backend);
    expect(store.save(sampleAssessment())).toEqual({ ok: true });
    const { assessments, problems } = store.list();
    expect(assessments.map((summary) => summary.id)).toEqual(['a-1']);
    expect(problems).toEqual([{ key: assessmentKey('b-2'), id: 'b-2', message: expect.stringMatching(/damaged and cannot be read/) }]);
    expect(store.load('b-2')).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    // An import or a new assessment never takes its id.
    expect(store.ids().has('b-2')).toBe(true);
    expect(backend.getItem(assessmentKey('b-2'))).toBe(damaged);
  });
});

describe('a crash in the middle of a save', () => {
  it('writes each version in one step, so the previous copy stays readable when the write never lands', () => {
    const backend = new CrashingStorage();
    const store = storeOver(backend);
    store.save(sampleAssessment());
    expect(backend.writes).toBe(1);
    const before = backend.getItem(assessmentKey('a-1'));

    backend.crashNextWrite = true;
    const result = store.save(edited);
    // One write per save: never a removal first, never a second key that could be left half done.
    expect(backend.writes).toBe(2);
    expect(result.ok).toBe(false);
    expect(backend.getItem(assessmentKey('a-1'))).toBe(before);
    expect(storeOver(backend).load('a-1')).toEqual({ ok: true, assessment: sampleAssessment() });
  });

  it('leaves other assessments untouched when one save of several fails', () => {
    const backend = new CrashingStorage();
    const store = storeOver(backend);
    store.save(sampleAssessment());
    store.save(sampleAssessment({ id: 'a-2' }));
    backend.crashNextWrite = true;
    store.save(edited);
    store.save(sampleAssessment({ id: 'a-2', context: { ...sampleAssessment().context, project: 'Renamed' } }));
    const reloaded = storeOver(backend);
    expect(reloaded.load('a-1')).toEqual({ ok: true, assessment: sampleAssessment() });
    expect(reloaded.load('a-2')).toMatchObject({ ok: true, assessment: { context: { project: 'Renamed' } } });
  });
});

describe('an assessment on a questionnaire version that has since changed', () => {
  it('moves to the new version on opening, keeps every answer that still fits, and keeps the others aside, saved', () => {
    const backend = new FakeStorage();
    const store = storeOver(backend);
    store.save(sampleAssessment());
    const opened = store.load('a-1');
    if (!opened.ok) throw new Error(opened.message);
    // Version 2.0.0 no longer asks the free-text summary.
    const current = sampleQuestionnaire({ contentHash: 'hash-2' });
    const withoutSummary = {
      ...current,
      sections: current.sections.map((section) => ({
        ...section,
        questions: section.questions.filter((question) => question.id !== 'summary'),
      })),
    };
    const moved = migrateAssessment(opened.assessment, withoutSummary, SAVED_AT);
    if (!moved) throw new Error('expected a move to 2.0.0');
    expect(moved.assessment.questionnaire).toMatchObject({ version: '2.0.0', contentHash: 'hash-2' });
    expect(store.save(moved.assessment)).toEqual({ ok: true });

    const reloaded = storeOver(backend).load('a-1');
    if (!reloaded.ok) throw new Error(reloaded.message);
    const [migration] = reloaded.assessment.migrations;
    expect(migration).toMatchObject({ fromVersion: '1.0.0', toVersion: '2.0.0', acknowledged: false });
    // Every answer of the old version is still somewhere: in use, or kept aside with the record of the move.
    for (const [id, answer] of Object.entries(sampleAssessment().answers)) {
      const kept = reloaded.assessment.answers[id] ?? migration?.keptAside[id];
      expect(kept, `answer to ${id}`).toBeDefined();
      if (!(id in reloaded.assessment.answers)) expect(migration?.keptAside[id]).toEqual(answer);
    }
    expect(reloaded.assessment.answers.summary).toBeUndefined();
    expect(migration?.keptAside).toEqual({ summary: { value: 'We match faces at the door.' } });
    expect(migration?.dropped).toEqual([expect.stringMatching(/"summary" is not a question/)]);
  });
});
