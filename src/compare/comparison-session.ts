import * as z from 'zod/mini';
import { assessmentSchema } from '../storage/assessment.ts';
import { readJson } from '../storage/read-json.ts';
import type { AnswerSet } from './answer-sets.ts';

/**
 * What a facilitator loaded on the compare page, kept so a reload does not
 * make them choose every file again. Saved assessments are kept by id and
 * read again (they may have changed since); files are kept whole, as parsed.
 * The comparison itself is not kept: it is recomputed from these.
 */
export const COMPARISON_SESSION_VERSION = 1;

/**
 * The most a session keeps, in characters of JSON: the browser's 5 MB or so
 * is shared with every saved assessment, and a workshop's files must never
 * crowd out someone's work. A bigger session lives for the tab only.
 */
export const MAX_SESSION_CHARS = 1_000_000;

const sourceSchema = z.union([
  z.object({ kind: z.literal('answers-file'), fileName: z.string() }),
  z.object({ kind: z.literal('report'), fileName: z.string() }),
  z.object({ kind: z.literal('stored'), assessmentId: z.string() }),
]);

const storedSetSchema = z.union([
  z.object({ key: z.string(), name: z.string(), source: sourceSchema, assessment: assessmentSchema }),
  // A saved assessment: only where to find it.
  z.object({ key: z.string(), name: z.string(), source: z.object({ kind: z.literal('stored'), assessmentId: z.string() }) }),
]);

export const comparisonSessionSchema = z.object({
  version: z.literal(COMPARISON_SESSION_VERSION),
  questionnaireId: z.string(),
  sets: z.array(storedSetSchema),
});

export type ComparisonSession = z.infer<typeof comparisonSessionSchema>;
export type StoredAnswerSet = ComparisonSession['sets'][number];

/** The session to keep for these sets: saved assessments by reference, files in full. */
export function sessionOf(questionnaireId: string, sets: readonly AnswerSet[]): ComparisonSession {
  return {
    version: COMPARISON_SESSION_VERSION,
    questionnaireId,
    sets: sets.map(({ key, name, source, assessment }) =>
      source.kind === 'stored' ? { key, name, source } : { key, name, source, assessment },
    ),
  };
}

export type SerializedSession = { ok: true; text: string } | { ok: false; message: string };

export function serializeSession(session: ComparisonSession): SerializedSession {
  const text = JSON.stringify(session);
  if (text.length > MAX_SESSION_CHARS) {
    return {
      ok: false,
      message:
        'These files are too large to keep in this browser beside your assessments, so they will need choosing again after a reload.',
    };
  }
  return { ok: true, text };
}

/** A kept session, or null when there is none or it cannot be read (it is only a convenience: starting afresh is safe). */
export function parseSession(text: string | null): ComparisonSession | null {
  if (text === null) return null;
  const json = readJson(text);
  if (!json.ok) return null;
  const parsed = comparisonSessionSchema.safeParse(json.data);
  return parsed.success ? parsed.data : null;
}
