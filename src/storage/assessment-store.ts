import { assessmentSchema, type Assessment, type QuestionnaireRef } from './assessment.ts';
import { describeIssues, plainErrorMap } from './plain-issues.ts';
import { readJson } from './read-json.ts';
import type { StorageArea, WriteResult } from './storage-area.ts';
import { rememberedLocation } from './remembered-location.ts';
import { migrateStoredAssessment, wrapAssessment } from './stored-assessment.ts';
import { ASSESSMENT_KEY_PREFIX, assessmentKey } from './storage-keys.ts';

export { ASSESSMENT_KEY_PREFIX, assessmentKey } from './storage-keys.ts';

/** What the list of saved assessments shows, without the answers. */
export interface AssessmentSummary {
  id: string;
  project: string;
  organisation: string;
  /** The assessment's own date (yyyy-mm-dd), as entered. */
  date: string;
  questionnaire: QuestionnaireRef;
  createdAt: string;
  updatedAt: string;
}

/** A saved entry that could not be read; `id` lets the screen offer to delete it. */
export interface StoredProblem {
  key: string;
  id: string;
  message: string;
}

export type LoadResult = { ok: true; assessment: Assessment } | { ok: false; message: string };

/** A write result, or `invalid` when the assessment breaks the schema and nothing was written. */
export type SaveResult = WriteResult | { ok: false; reason: 'invalid'; message: string };

/** `write` tells whether the change reached the browser's storage or stays in this tab only. */
export type ChangeResult = { ok: true; assessment: Assessment; write: WriteResult } | { ok: false; message: string };

export interface AssessmentStore {
  list(): { assessments: AssessmentSummary[]; problems: StoredProblem[] };
  /** Ids of every saved entry, readable or not: an import must not write over any of them. */
  ids(): Set<string>;
  load(id: string): LoadResult;
  /** The stored text as it is, readable or not: a damaged entry can still be kept in a file before it is removed. */
  raw(id: string): string | null;
  save(assessment: Assessment): SaveResult;
  remove(id: string): WriteResult;
  duplicate(id: string, newId: string, now: Date, newName: string): ChangeResult;
  rename(id: string, project: string, now: Date): ChangeResult;
}

export interface AssessmentStoreOptions {
  /** The clock for each envelope's `savedAt`; tests pass a fixed one. */
  now?: () => Date;
}

function summarize(assessment: Assessment): AssessmentSummary {
  return {
    id: assessment.id,
    project: assessment.context.project,
    organisation: assessment.context.organisation,
    date: assessment.context.date,
    questionnaire: assessment.questionnaire,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
  };
}

// Timestamps are ISO strings written by the app, but a damaged one must not
// break the sort: it goes last.
function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function byMostRecentlyUpdated(a: AssessmentSummary, b: AssessmentSummary): number {
  return timeOf(b.updatedAt) - timeOf(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function readEntry(id: string, text: string | null): LoadResult {
  if (text === null) {
    return {
      ok: false,
      message: 'There is no saved assessment with this id. It may have been deleted in another tab.',
    };
  }
  const json = readJson(text);
  if (!json.ok) {
    return { ok: false, message: `This saved assessment is damaged and cannot be read (it is ${json.message}).` };
  }
  const stored = migrateStoredAssessment(json.data);
  if (!stored.ok) return stored;
  if (stored.stored.assessment.id !== id) {
    return { ok: false, message: 'This saved assessment is damaged: it is filed under a different id from its own.' };
  }
  // Entries saved before locations were checked may still hold any text.
  const assessment = stored.stored.assessment;
  return { ok: true, assessment: { ...assessment, lastLocation: rememberedLocation(assessment.lastLocation, id) } };
}

function validate(assessment: Assessment): LoadResult {
  const parsed = assessmentSchema.safeParse(assessment, { error: plainErrorMap });
  if (parsed.success) return { ok: true, assessment: parsed.data };
  return { ok: false, message: `This assessment cannot be saved: ${describeIssues(parsed.error.issues).join('; ')}` };
}

/**
 * Saved assessments, one versioned envelope per key. Never throws: damaged
 * entries are reported beside the readable ones, and refused writes come
 * back as results (the area keeps them in memory for the tab).
 */
export function createAssessmentStore(area: StorageArea, options: AssessmentStoreOptions = {}): AssessmentStore {
  const now = options.now ?? (() => new Date());

  function idsOf(): string[] {
    return area.keys(ASSESSMENT_KEY_PREFIX).map((key) => key.slice(ASSESSMENT_KEY_PREFIX.length));
  }

  function load(id: string): LoadResult {
    const read = area.read(assessmentKey(id));
    // "No such assessment" would be false here, and might lead to deleting it.
    if (!read.ok) return { ok: false, message: read.message };
    return readEntry(id, read.value);
  }

  function write(valid: Assessment): WriteResult {
    return area.set(assessmentKey(valid.id), JSON.stringify(wrapAssessment(valid, now())));
  }

  function save(assessment: Assessment): SaveResult {
    const valid = validate(assessment);
    return valid.ok ? write(valid.assessment) : { ok: false, reason: 'invalid', message: valid.message };
  }

  // Save, then hand back what was stored (trimmed, defaults filled in).
  function change(assessment: Assessment): ChangeResult {
    const valid = validate(assessment);
    return valid.ok ? { ok: true, assessment: valid.assessment, write: write(valid.assessment) } : valid;
  }

  return {
    list() {
      const assessments: AssessmentSummary[] = [];
      const problems: StoredProblem[] = [];
      for (const id of idsOf()) {
        const entry = load(id);
        if (entry.ok) assessments.push(summarize(entry.assessment));
        else problems.push({ key: assessmentKey(id), id, message: entry.message });
      }
      return { assessments: assessments.sort(byMostRecentlyUpdated), problems };
    },
    ids() {
      return new Set(idsOf());
    },
    load,
    raw(id) {
      return area.get(assessmentKey(id));
    },
    save,
    remove(id) {
      return area.remove(assessmentKey(id));
    },
    duplicate(id, newId, at, newName) {
      const source = load(id);
      if (!source.ok) return source;
      if (area.get(assessmentKey(newId)) !== null) {
        return { ok: false, message: 'An assessment with the new id already exists, so the copy was not made.' };
      }
      const stamp = at.toISOString();
      const lastLocation = rememberedLocation(source.assessment.lastLocation, id, newId);
      const copy = { ...source.assessment, id: newId, lastLocation, createdAt: stamp, updatedAt: stamp };
      return change({ ...copy, context: { ...copy.context, project: newName } });
    },
    rename(id, project, at) {
      const source = load(id);
      if (!source.ok) return source;
      const renamed = { ...source.assessment, updatedAt: at.toISOString() };
      return change({ ...renamed, context: { ...renamed.context, project } });
    },
  };
}
