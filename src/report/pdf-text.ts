import { canDraw } from './font-coverage-lookup.ts';

const REPLACEMENT = '\uFFFD';

/**
 * Text as the report draws it: composed (NFC), tabs as spaces, Windows line
 * ends as plain ones, and any character the fonts cannot draw shown as "�"
 * (one box per character, where jsPDF would otherwise draw nothing or two
 * broken halves of an emoji). The app warns about such characters before
 * export (`findUnsupportedCharacters`).
 */
export function toPdfText(text: string): string {
  if (/^[\x20-\x7e\n]*$/.test(text)) return text;
  const composed = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
  let out = '';
  for (const char of composed) {
    out += char === '\n' || canDraw(char.codePointAt(0) ?? 0) ? char : REPLACEMENT;
  }
  return out;
}
