import type { z } from 'zod';

// zod's default wording is written for developers ("Invalid input: expected
// string, received undefined"); a person editing YAML needs to know what to
// write instead. Shared by every file format read by hand.
export function plainShapeMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  // YAML's .nan and .inf are numbers to JavaScript, so "must be a number,
  // not a number" would be zod's verdict; name what was written instead.
  if (issue.code === 'invalid_type' && typeof issue.input === 'number') {
    return Number.isNaN(issue.input)
      ? 'must be an ordinary number such as 1 or 0.5, not .nan ("not a number")'
      : `must be an ordinary number such as 1 or 0.5, not ${issue.input > 0 ? '' : '-'}.inf (infinity)`;
  }
  if (issue.code === 'invalid_type') {
    const got = Array.isArray(issue.input) ? 'a list' : issue.input === null ? 'nothing' : `a ${typeof issue.input}`;
    const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`;
    return `must be ${expected}, not ${got}`;
  }
  // A record key (a scale's or an action group's name) that breaks the id
  // rules: zod's own words are "Invalid key in record"; say which rule.
  if (issue.code === 'invalid_key') return issue.issues[0]?.message;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  return undefined;
}
