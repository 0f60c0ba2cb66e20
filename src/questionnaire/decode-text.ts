/**
 * Turns a file's bytes into text, or says plainly why not. Files are read as
 * UTF-8; a file saved as UTF-16 or in an old 8-bit encoding such as Latin-1
 * would otherwise be read as garbage or accepted with its accents mangled.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const UTF16_MESSAGE =
  'is saved as UTF-16 text, which Oversight does not read; save it as UTF-8 (in most editors: Save as… → Encoding: UTF-8) and try again';

const EIGHT_BIT_MESSAGE =
  'is not UTF-8 text: it looks like an older encoding such as Latin-1 or Windows-1252, where accented letters would come out wrong; save it as UTF-8 (in most editors: Save as… → Encoding: UTF-8) and try again';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

// UTF-16 without a byte-order mark still gives itself away: ASCII text in it
// has a zero byte beside nearly every letter, which UTF-8 text never has.
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return sample.length >= 2 && zeros >= sample.length / 4;
}

/** The text of a UTF-8 file (a leading byte-order mark removed), or the reason it is not one. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (looksLikeUtf16(bytes)) return { ok: false, message: UTF16_MESSAGE };
  try {
    // `fatal`: an invalid byte is an error rather than a silent U+FFFD.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: EIGHT_BIT_MESSAGE };
  }
}

/** "20.0 MB", "512 KB": a size as a person reads it. */
export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The message for a file over `limit` bytes, or null when it is within it. */
export function tooLargeMessage(size: number, limit: number, what: string): string | null {
  if (size <= limit) return null;
  return `is ${describeSize(size)}; ${what} can be at most ${describeSize(limit)}`;
}
