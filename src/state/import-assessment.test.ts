import { describe, expect, it, vi } from 'vitest';
import { parseAnswersFile, serializeAnswersFile } from '../storage/answers-file.ts';
import { sampleAssessment } from '../storage/fixtures.test-support.ts';
import { importAnswersFile } from './import-assessment.ts';
import { assessmentStore } from './assessment-repository.ts';

// A browser whose storage for the site is full: reads work, every write is
// refused, as with a 20 MB import on top of earlier work.
const backend = vi.hoisted(() => {
  const items = new Map<string, string>();
  const storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  return { items };
});

vi.mock('virtual:questionnaires', async () => {
  const { sampleQuestionnaire } = await import('../storage/fixtures.test-support.ts');
  return { catalogue: [], loaders: { 'quick-check': () => Promise.resolve({ default: sampleQuestionnaire() }) } };
});

function answersFile(questionnaireId = 'quick-check') {
  const assessment = sampleAssessment();
  const text = serializeAnswersFile({ ...assessment, questionnaire: { ...assessment.questionnaire, id: questionnaireId } }, new Date(0));
  const parsed = parseAnswersFile(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.file;
}

describe('importAnswersFile', () => {
  it('says the import failed, and why, when the browser refuses to save it; nothing is left half-imported', async () => {
    const outcome = await importAnswersFile(answersFile());
    expect(outcome).toEqual({
      kind: 'failed',
      errors: [
        "This browser's storage for Oversight is full, so the answers could not be saved. Delete assessments you no longer need, or export them and delete them, then import again.",
      ],
    });
    expect([...assessmentStore.ids()]).toEqual([]);
    expect(backend.items.size).toBe(0);
  });

  it('says a questionnaire named like an inherited property is not included, instead of throwing', async () => {
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty']) {
      const outcome = await importAnswersFile(answersFile(id));
      expect(outcome.kind).toBe('failed');
      expect(outcome.kind === 'failed' && outcome.errors[0]).toMatch(
        /which is not in this browser\. If it is your own questionnaire, load its file on the home page first/,
      );
    }
  });
});
