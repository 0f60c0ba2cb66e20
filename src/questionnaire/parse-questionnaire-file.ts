import type { z } from 'zod';
import { questionnaireFileSchema, type QuestionnaireFile } from './schema.ts';
import { checkQuestionnaire, type QuestionnaireIssue } from './check-questionnaire.ts';

export type FileParseResult =
  | { ok: true; file: QuestionnaireFile }
  | { ok: false; issues: QuestionnaireIssue[] };

const KIND_NAMES = 'single, multiple, scale, yes-no, text';

// zod's default wording is written for developers ("Invalid input: expected
// string, received undefined"); a facilitator editing YAML needs to know what
// to write instead.
function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_type') {
    const got = Array.isArray(issue.input) ? 'a list' : issue.input === null ? 'nothing' : `a ${typeof issue.input}`;
    const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`;
    return `must be ${expected}, not ${got}`;
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'kind') {
    return `unknown question kind; use one of: ${KIND_NAMES}`;
  }
  if (issue.code === 'invalid_union') {
    return 'is not a valid condition; write one of {question, equals}, {question, oneOf}, {question, answered}, {not}, {all} or {any}';
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  return undefined;
}

/**
 * Checks already-decoded data (from YAML or JSON) against the questionnaire
 * format: first the shape, then the semantic rules. Every issue is returned,
 * each with the path it concerns.
 */
export function parseQuestionnaireData(data: unknown): FileParseResult {
  const parsed = questionnaireFileSchema.safeParse(data, { error: messageFor });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
        message: issue.message,
      })),
    };
  }
  const issues = checkQuestionnaire(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, file: parsed.data };
}
