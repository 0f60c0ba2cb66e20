import { canDraw, isLayoutCharacter } from './font-coverage-lookup.ts';

export interface ReportText {
  /** Where the text comes from, in words: "Notes for question 2.3". */
  where: string;
  text: string;
}

export interface UnsupportedCharacter {
  char: string;
  /** "U+65E5". */
  codePoint: string;
  /** Every place it appears, in order, each once. */
  where: string[];
}

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The characters the report's fonts cannot draw (Chinese, Japanese, emoji,
 * right-to-left scripts…), each with the places it appears, in order of first
 * appearance. Needs no font: it reads the coverage table generated from the
 * fonts. Text is checked as the report draws it, composed (NFC), so "e" plus
 * a combining accent counts as "é".
 */
export function findUnsupportedCharacters(texts: readonly ReportText[]): UnsupportedCharacter[] {
  const found = new Map<string, UnsupportedCharacter>();
  for (const { where, text } of texts) {
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (isLayoutCharacter(char) || canDraw(codePoint)) continue;
      const entry = found.get(char) ?? { char, codePoint: codePointLabel(codePoint), where: [] };
      if (!entry.where.includes(where)) entry.where.push(where);
      found.set(char, entry);
    }
  }
  return [...found.values()];
}
