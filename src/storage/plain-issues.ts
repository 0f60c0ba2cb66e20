import type * as z from 'zod/mini';
import { formatPath } from '../questionnaire/format-path.ts';
import { plural } from '../questionnaire/wording.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  // What zod calls a record is, in the file, an object of named entries.
  record: 'an object',
};

function describeInput(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'nothing (null)';
  return TYPE_NAMES[typeof input] ?? `a ${typeof input}`;
}

/**
 * zod's default wording is written for developers ("Invalid input: expected
 * string, received undefined"); someone importing a file needs to know what
 * is missing or what to write instead. Messages set in a schema win over this.
 */
export function plainErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    return `must be ${expected}, not ${describeInput(issue.input)}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length === 1) {
    const [value] = issue.values;
    return `must be ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'datetime') {
    return 'must be a date and time such as 2026-11-26T09:30:00.000Z';
  }
  if (issue.code === 'invalid_union') {
    // Text or a list of texts: when one of them fits the type but breaks a
    // limit, that limit is what the person needs to hear.
    const specific = issue.errors.flat().find((inner) => inner.code !== 'invalid_type');
    return specific?.message ?? 'must be text or a list of texts';
  }
  return undefined;
}

/** `assessment.context.project: Enter the name of the project or product`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  return `${formatPath(path)}: ${issue.message}`;
}

// A file that is wrong everywhere would otherwise bury the first, most
// useful problems under hundreds of lines.
const MAX_REPORTED = 20;

/** Every issue in plain words, the first twenty and a count of the rest. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const shown = issues.slice(0, MAX_REPORTED).map(describeIssue);
  const hidden = issues.length - shown.length;
  return hidden > 0 ? [...shown, `…and ${plural(hidden, 'more problem', 'more problems')}.`] : shown;
}
