import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a generated file only when its content changed, and says which
 * happened, so re-running a generator leaves the working tree (and file
 * times) alone. `shown` is the path as printed.
 */
export function writeIfChanged(path: string, content: string | Uint8Array, shown = path): void {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  let previous: Uint8Array = new Uint8Array();
  try {
    previous = new Uint8Array(readFileSync(path));
  } catch {
    // No file yet: it is written below.
  }
  if (Buffer.compare(previous, bytes) === 0) {
    console.log(`${shown}: up to date (${bytes.length} bytes).`);
  } else {
    writeFileSync(path, bytes);
    console.log(`${shown}: written (${bytes.length} bytes).`);
  }
}
