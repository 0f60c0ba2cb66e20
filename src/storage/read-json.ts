export type ReadJsonResult = { ok: true; data: unknown } | { ok: false; message: string; line?: number };

// Files saved by some Windows editors start with a byte-order mark, which
// JSON.parse rejects although the file is otherwise fine.
const BYTE_ORDER_MARK = /^\uFEFF/;

function lineAtPosition(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

// Browsers word JSON errors differently: Chrome and Node say "at position 8"
// (newer ones add "(line 2 column 1)"), Firefox says "at line 2 column 1".
// The line is what helps a person find the mistake, so take it where given.
function lineOfError(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/.exec(message);
  if (line?.[1]) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return lineAtPosition(text, Number(position[1]));
  if (/end of (JSON )?(input|data)/i.test(message)) return lineAtPosition(text, text.length);
  return undefined;
}

/** JSON.parse that never throws: a failure says where the text stops being JSON, when that is known. */
export function readJson(text: string): ReadJsonResult {
  const clean = text.replace(BYTE_ORDER_MARK, '');
  try {
    return { ok: true, data: JSON.parse(clean) as unknown };
  } catch (error) {
    const line = lineOfError(clean, error);
    const where = line === undefined ? '' : ` (line ${line})`;
    const result: ReadJsonResult = { ok: false, message: `not valid JSON${where}` };
    return line === undefined ? result : { ...result, line };
  }
}
