/**
 * "1 question", "3 questions", "2 red flags": the one way counts are worded,
 * in the app, the report and every message. `many` for irregular plurals.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The noun alone, for a count already printed elsewhere: "question" or "questions". */
export function noun(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** The words of an error, whatever was thrown: what a message to the person quotes. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Text cut to at most `max` characters (whole code points, never half an emoji), with "…" where it was cut. */
export function clipText(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
