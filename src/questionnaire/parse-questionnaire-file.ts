import type { z } from 'zod';
import { questionnaireFileSchema, type QuestionnaireFile } from './schema.ts';
import { checkQuestionnaire, type QuestionnaireIssue } from './check-questionnaire.ts';
import { checkWhatParsed } from './check-what-parsed.ts';
import { plainShapeMessage } from './plain-shape-message.ts';
import { PROTOTYPE_KEY_MESSAGE, prototypeKeyPaths, TOO_DEEP_MESSAGE, tooDeepPath } from './unsafe-keys.ts';

export type FileParseResult = { ok: true; file: QuestionnaireFile } | { ok: false; issues: QuestionnaireIssue[] };

const KIND_NAMES = 'single, multiple, scale, yes-no, text';

function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'kind') {
    return `unknown question kind; use one of: ${KIND_NAMES}`;
  }
  if (issue.code === 'invalid_union') {
    return 'is not a valid condition; write one of {question, equals}, {question, oneOf}, {question, answered}, {not}, {all} or {any}';
  }
  return plainShapeMessage(issue);
}

/**
 * Checks already-decoded data (from YAML or JSON) against the questionnaire
 * format: first the shape, then the semantic rules. Every issue is returned,
 * each with the path it concerns.
 */
export function parseQuestionnaireData(data: unknown): FileParseResult {
  // Checked first: the schema's conditions recurse, and must never meet data that could exhaust the stack.
  const deep = tooDeepPath(data);
  if (deep) return { ok: false, issues: [{ path: deep, message: TOO_DEEP_MESSAGE }] };
  // The schema would drop these keys without a word; name each one instead.
  const reserved = prototypeKeyPaths(data).map((path) => ({ path, message: PROTOTYPE_KEY_MESSAGE }));
  const parsed = questionnaireFileSchema.safeParse(data, { error: messageFor });
  if (!parsed.success) {
    return {
      ok: false,
      issues: [
        ...reserved,
        ...parsed.error.issues.map((issue) => ({
          path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
          message: issue.message,
        })),
        ...checkWhatParsed(data),
      ],
    };
  }
  const issues = [...reserved, ...checkQuestionnaire(parsed.data)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, file: parsed.data };
}
