// zod/mini, as for assessments: the resolver that reads these is on the way to every assessment page.
import * as z from 'zod/mini';
import type { QuestionnaireSummary } from '../questionnaire/summarize-questionnaire.ts';
import { describeIssues, plainErrorMap } from './plain-issues.ts';
import { readJson } from './read-json.ts';
import type { StorageArea, WriteResult } from './storage-area.ts';
import { QUESTIONNAIRE_KEY_PREFIX, questionnaireKey } from './storage-keys.ts';

export const STORED_QUESTIONNAIRE_FORMAT = 'oversight-questionnaire';
export const STORED_QUESTIONNAIRE_VERSION = 1;

/**
 * How much loaded questionnaires may take of the browser's storage (about
 * five million characters for a site): one file at the checker's own limit
 * fits, and at least half is always left for assessments, which matter more.
 */
export const STORED_QUESTIONNAIRE_LIMITS = {
  entries: 20,
  /** Characters of file text, all entries together. */
  totalSource: 2_000_000,
  /** Characters of one file: the checker's limit is a mebibyte of UTF-8, never more characters than that. */
  source: 1024 * 1024,
} as const;

const LIMITS = STORED_QUESTIONNAIRE_LIMITS;

function bounded(max: number) {
  return z.string().check(z.maxLength(max, `must be at most ${max.toLocaleString('en')} characters long`));
}

function count() {
  return z.number().check(z.int(), z.nonnegative(), z.maximum(100_000));
}

/**
 * A questionnaire a person loaded, as stored: the file's text itself, which
 * is checked again by the questionnaire checker whenever it is used, and a
 * summary for listing it without doing so.
 */
export const storedQuestionnaireSchema = z.object({
  format: z.literal(STORED_QUESTIONNAIRE_FORMAT),
  version: z.literal(STORED_QUESTIONNAIRE_VERSION),
  savedAt: bounded(40),
  fileName: bounded(300),
  summary: z.object({
    id: bounded(64),
    version: bounded(64),
    title: bounded(200),
    description: bounded(2000),
    audience: bounded(200),
    estimatedMinutes: count(),
    sectionCount: count(),
    questionCount: count(),
    contentHash: bounded(100),
  }),
  source: bounded(LIMITS.source),
  /** Set when the person removed it while assessments still used it: kept for them, no longer listed. */
  removedAt: z.optional(bounded(40)),
});

export type StoredQuestionnaire = z.infer<typeof storedQuestionnaireSchema>;

/** A stored entry that could not be read; `key` lets the screen offer to delete it. */
export interface StoredQuestionnaireProblem {
  key: string;
  message: string;
}

export type ReadStoredQuestionnaire = { ok: true; entry: StoredQuestionnaire } | { ok: false; message: string };

export type SaveStoredQuestionnaire = WriteResult | { ok: false; reason: 'limit' | 'invalid'; message: string };

export interface QuestionnaireStore {
  /** Every stored entry, removed ones included, and the ones that could not be read. */
  list(): { entries: StoredQuestionnaire[]; problems: StoredQuestionnaireProblem[] };
  /** The entries of one questionnaire id, every version. */
  versionsOf(id: string): StoredQuestionnaire[];
  read(id: string, version: string): ReadStoredQuestionnaire;
  save(entry: StoredQuestionnaire): SaveStoredQuestionnaire;
  remove(id: string, version: string): WriteResult;
  /** Deletes an entry by its key, for one that cannot be read. */
  removeKey(key: string): WriteResult;
}

export function wrapQuestionnaire(summary: QuestionnaireSummary, source: string, fileName: string, savedAt: Date): StoredQuestionnaire {
  return {
    format: STORED_QUESTIONNAIRE_FORMAT,
    version: STORED_QUESTIONNAIRE_VERSION,
    savedAt: savedAt.toISOString(),
    fileName: fileName.slice(0, 300),
    summary,
    source,
  };
}

function keyOf(entry: StoredQuestionnaire): string {
  return questionnaireKey(entry.summary.id, entry.summary.version);
}

/** Reads one stored entry's text; every way it can be damaged comes back as a sentence. */
export function readStoredQuestionnaire(key: string, text: string | null): ReadStoredQuestionnaire {
  if (text === null)
    return { ok: false, message: 'This questionnaire is not saved in this browser. It may have been removed in another tab.' };
  const json = readJson(text);
  if (!json.ok) return { ok: false, message: `This saved questionnaire is damaged and cannot be read (it is ${json.message}).` };
  const data = json.data as { format?: unknown; version?: unknown } | null;
  if (typeof data === 'object' && data !== null && typeof data.version === 'number' && data.version > STORED_QUESTIONNAIRE_VERSION) {
    return { ok: false, message: 'This questionnaire was saved by a newer version of Oversight. Open it there, or update this copy.' };
  }
  const parsed = storedQuestionnaireSchema.safeParse(json.data, { error: plainErrorMap });
  if (!parsed.success) {
    return { ok: false, message: `This saved questionnaire is damaged: ${describeIssues(parsed.error.issues).join('; ')}` };
  }
  if (keyOf(parsed.data) !== key) {
    return { ok: false, message: 'This saved questionnaire is damaged: it is filed under another id or version than its own.' };
  }
  return { ok: true, entry: parsed.data };
}

function limitProblem(entry: StoredQuestionnaire, others: readonly StoredQuestionnaire[]): string | null {
  if (others.length >= LIMITS.entries) {
    return `You already have ${LIMITS.entries} questionnaires in this browser, the most it keeps. Remove one you no longer need, then load this file again.`;
  }
  const used = others.reduce((sum, other) => sum + other.source.length, 0);
  if (used + entry.source.length > LIMITS.totalSource) {
    return `Your questionnaires would take more than ${LIMITS.totalSource.toLocaleString('en')} characters of this browser's storage, the most Oversight gives them so that assessments keep room. Remove one you no longer need, then load this file again.`;
  }
  return null;
}

/**
 * Loaded questionnaires, one entry per id and version. Never throws: damaged
 * entries are reported beside the readable ones, and writes the browser
 * refuses come back as results.
 */
export function createQuestionnaireStore(area: StorageArea): QuestionnaireStore {
  function list(prefix = QUESTIONNAIRE_KEY_PREFIX): ReturnType<QuestionnaireStore['list']> {
    const entries: StoredQuestionnaire[] = [];
    const problems: StoredQuestionnaireProblem[] = [];
    for (const key of area.keys(prefix)) {
      const read = area.read(key);
      const entry = read.ok ? readStoredQuestionnaire(key, read.value) : read;
      if (entry.ok) entries.push(entry.entry);
      else problems.push({ key, message: entry.message });
    }
    return { entries, problems };
  }

  return {
    list: () => list(),
    versionsOf: (id) => list(`${QUESTIONNAIRE_KEY_PREFIX}${id}@`).entries,
    read(id, version) {
      const key = questionnaireKey(id, version);
      const read = area.read(key);
      return read.ok ? readStoredQuestionnaire(key, read.value) : { ok: false, message: read.message };
    },
    save(entry) {
      const parsed = storedQuestionnaireSchema.safeParse(entry, { error: plainErrorMap });
      if (!parsed.success) {
        return {
          ok: false,
          reason: 'invalid',
          message: `This questionnaire cannot be saved: ${describeIssues(parsed.error.issues).join('; ')}`,
        };
      }
      const key = keyOf(parsed.data);
      const others = list().entries.filter((other) => keyOf(other) !== key);
      const problem = limitProblem(parsed.data, others);
      if (problem) return { ok: false, reason: 'limit', message: problem };
      return area.set(key, JSON.stringify(parsed.data));
    },
    remove: (id, version) => area.remove(questionnaireKey(id, version)),
    removeKey: (key) => (key.startsWith(QUESTIONNAIRE_KEY_PREFIX) ? area.remove(key) : { ok: true }),
  };
}
