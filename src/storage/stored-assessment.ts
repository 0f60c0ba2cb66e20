import * as z from 'zod/mini';
import { assessmentSchema, type Assessment } from './assessment.ts';
import { describeIssues, plainErrorMap } from './plain-issues.ts';

export const STORED_ASSESSMENT_FORMAT = 'oversight-assessment';
export const STORED_ASSESSMENT_VERSION = 1;

/** What is written under each assessment's key (version 1, the current one). */
export const storedAssessmentSchema = z.object({
  format: z.literal(STORED_ASSESSMENT_FORMAT),
  version: z.literal(STORED_ASSESSMENT_VERSION),
  savedAt: z.string(),
  assessment: assessmentSchema,
});

export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;

export type ReadStoredResult = { ok: true; stored: StoredAssessment } | { ok: false; message: string };

export function wrapAssessment(assessment: Assessment, savedAt: Date): StoredAssessment {
  return {
    format: STORED_ASSESSMENT_FORMAT,
    version: STORED_ASSESSMENT_VERSION,
    savedAt: savedAt.toISOString(),
    assessment,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseCurrent(data: unknown): ReadStoredResult {
  const parsed = storedAssessmentSchema.safeParse(data, { error: plainErrorMap });
  if (parsed.success) return { ok: true, stored: parsed.data };
  return { ok: false, message: `This saved assessment is damaged: ${describeIssues(parsed.error.issues).join('; ')}` };
}

/**
 * Reads an envelope of any version this app has ever written and returns it
 * in the current shape; missing fields that have defaults are filled in.
 * Each older version gets a case that lifts it to the next one, so a v2
 * adds `case 1: return migrateStoredAssessment(upgradeV1ToV2(data))`.
 */
export function migrateStoredAssessment(data: unknown): ReadStoredResult {
  if (!isRecord(data) || data.format !== STORED_ASSESSMENT_FORMAT) {
    return { ok: false, message: 'This saved entry is not an Oversight assessment.' };
  }
  const version = data.version;
  if (typeof version === 'number' && version > STORED_ASSESSMENT_VERSION) {
    return {
      ok: false,
      message: 'This assessment was saved by a newer version of Oversight. Open it there, or update this copy of Oversight.',
    };
  }
  switch (version) {
    case STORED_ASSESSMENT_VERSION:
      return parseCurrent(data);
    default:
      return {
        ok: false,
        message: `This saved assessment has an unknown version (${String(version)}), so it cannot be read.`,
      };
  }
}
