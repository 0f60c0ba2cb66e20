import { readJson } from './read-json.ts';

// What a tab writes as bookkeeping, not as a change the person made: when
// it saved, and which page it was on.
function substance(text: string | null): string | null {
  if (text === null) return null;
  const parsed = readJson(text);
  if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null) return text;
  const { savedAt: _savedAt, assessment, ...envelope } = parsed.data as Record<string, unknown>;
  if (typeof assessment !== 'object' || assessment === null) return text;
  const { lastLocation: _lastLocation, ...rest } = assessment as Record<string, unknown>;
  return JSON.stringify({ ...envelope, assessment: rest });
}

/**
 * Whether another tab's write to a stored assessment changed what the person
 * entered, rather than only when it was saved or where they were: only the
 * former means two copies are being edited at once.
 */
export function changedInSubstance(before: string | null, after: string | null): boolean {
  return substance(before) !== substance(after);
}
