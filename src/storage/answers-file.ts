import * as z from 'zod/mini';
import { canonicalJson } from '../questionnaire/hash.ts';
import { formatPath } from '../questionnaire/format-path.ts';
import { decodeText, tooLargeMessage } from '../questionnaire/decode-text.ts';
import { PROTOTYPE_KEY_MESSAGE, prototypeKeyPaths, TOO_DEEP_MESSAGE, tooDeepPath } from '../questionnaire/unsafe-keys.ts';
import { assessmentSchema, questionnaireRefSchema, type Assessment } from './assessment.ts';
import { localDateIso } from './local-date.ts';
import { describeIssues, plainErrorMap } from './plain-issues.ts';
import { readJson } from './read-json.ts';
import { slugify } from './slugify.ts';

export { reconcileWithQuestionnaire } from './reconcile-with-questionnaire.ts';
export type { DroppedAnswer, DropReason, Reconciliation } from './reconcile-with-questionnaire.ts';
export { planImport } from './plan-import.ts';
export type { ImportPlan } from './plan-import.ts';

export const ANSWERS_FILE_FORMAT = 'oversight-answers';
/** The newest answers-file version this build reads and the one it writes. */
export const ANSWERS_FILE_VERSION = 1;

/**
 * The file a person exports to keep, share or move an assessment. The
 * questionnaire is repeated at the top so a reader (or a tool) sees what the
 * answers belong to without digging; `assessment.questionnaire` is the one
 * the app uses.
 */
export const answersFileSchema = z.object({
  format: z.literal(ANSWERS_FILE_FORMAT),
  formatVersion: z.literal(ANSWERS_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.literal('Oversight'),
  questionnaire: questionnaireRefSchema,
  assessment: assessmentSchema,
});

export type AnswersFile = z.infer<typeof answersFileSchema>;

export type ParseAnswersResult = { ok: true; file: AnswersFile } | { ok: false; errors: string[] };

/**
 * The answers file as text: two-space JSON, the envelope fields first, the
 * assessment's keys sorted so that the same assessment always gives the same
 * bytes, whatever order its fields were set in.
 */
export function serializeAnswersFile(assessment: Assessment, exportedAt: Date): string {
  const file = {
    format: ANSWERS_FILE_FORMAT,
    formatVersion: ANSWERS_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    app: 'Oversight',
    questionnaire: JSON.parse(canonicalJson(assessment.questionnaire)) as unknown,
    assessment: JSON.parse(canonicalJson(assessment)) as unknown,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `street-lens-quick-check-answers-2026-11-26.json`, dated in the person's own time zone. */
export function answersFileName(assessment: Assessment, date: Date): string {
  const project = slugify(assessment.context.project);
  const questionnaire = slugify(assessment.questionnaire.id, 'questionnaire');
  return `${project}-${questionnaire}-answers-${localDateIso(date)}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseCurrent(data: unknown): ParseAnswersResult {
  const parsed = answersFileSchema.safeParse(data, { error: plainErrorMap });
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, errors: describeIssues(parsed.error.issues) };
}

function checkVersion(data: Record<string, unknown>): ParseAnswersResult {
  const version = data.formatVersion;
  if (typeof version === 'number' && version > ANSWERS_FILE_VERSION) {
    return {
      ok: false,
      errors: [
        `This answers file was made by a newer version of Oversight (file format ${version}; this version reads ` +
          `format ${ANSWERS_FILE_VERSION}). Open it with the newer version, or update this copy of Oversight.`,
      ],
    };
  }
  // An older format version would be lifted to the current one here, one
  // step per version, as stored assessments are; version 1 is the first.
  return parseCurrent(data);
}

/**
 * The largest answers file read. A browser keeps about 5 MB for the whole
 * site, so a bigger file could never be saved; refusing it up front spares
 * the page a long freeze and a misleading "Imported".
 */
export const MAX_ANSWERS_FILE_BYTES = 5 * 1024 * 1024;

/** Reads an answers file from its bytes: size and encoding first, then as `parseAnswersFile`. */
export function parseAnswersBytes(bytes: Uint8Array): ParseAnswersResult {
  const tooLarge = tooLargeMessage(bytes.length, MAX_ANSWERS_FILE_BYTES, 'an answers file');
  if (tooLarge) return { ok: false, errors: [`This file ${tooLarge}.`] };
  const decoded = decodeText(bytes);
  return decoded.ok ? parseAnswersFile(decoded.text) : { ok: false, errors: [`This file ${decoded.message}.`] };
}

/**
 * Reads an exported answers file. Never throws: every problem comes back in
 * plain words, with the place in the file it concerns.
 */
export function parseAnswersFile(text: string): ParseAnswersResult {
  const size = text.length > MAX_ANSWERS_FILE_BYTES / 4 ? new TextEncoder().encode(text).length : text.length;
  const tooLarge = tooLargeMessage(size, MAX_ANSWERS_FILE_BYTES, 'an answers file');
  if (tooLarge) return { ok: false, errors: [`This file ${tooLarge}.`] };
  if (text.trim() === '') return { ok: false, errors: ['This file is empty.'] };
  const json = readJson(text);
  if (!json.ok) return { ok: false, errors: [`This file is ${json.message}.`] };
  if (!isRecord(json.data) || json.data.format !== ANSWERS_FILE_FORMAT) {
    return {
      ok: false,
      errors: ['This is not an Oversight answers file: it has no "format": "oversight-answers" field.'],
    };
  }
  const deep = tooDeepPath(json.data);
  if (deep) return { ok: false, errors: [`${formatPath(deep)}: ${TOO_DEEP_MESSAGE}`] };
  const result = checkVersion(json.data);
  // The schema would drop these keys without a word; name each one instead.
  const reserved = prototypeKeyPaths(json.data).map((path) => `${formatPath(path)}: ${PROTOTYPE_KEY_MESSAGE}`);
  if (reserved.length === 0) return result;
  return { ok: false, errors: [...reserved, ...(result.ok ? [] : result.errors)] };
}
