/** Width of a piece of text in points, for the font and size in use. Additive: jsPDF does not kern. */
export type Measure = (text: string) => number;

// Good places to break a long unbroken string such as a URL: after these.
const SOFT_BREAK_AFTER = new Set(['/', '-', '.', '?', '&', '=', '_', ',', ';', ':', '#', '+', '|', '\\', ')']);

/**
 * Breaks a word wider than `maxWidth` into pieces that fit, after a URL
 * separator where one falls in the second half of a piece, else between any
 * two characters. Nothing is added or lost: the pieces join back to the word.
 */
export function breakLongWord(word: string, maxWidth: number, measure: Measure): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let width = 0;
    let end = start;
    while (end < chars.length && (end === start || width + measure(chars[end] as string) <= maxWidth)) {
      width += measure(chars[end] as string);
      end += 1;
    }
    if (end < chars.length) {
      for (let at = end - 1; at > start + (end - start) / 2; at -= 1) {
        if (SOFT_BREAK_AFTER.has(chars[at] as string)) {
          end = at + 1;
          break;
        }
      }
    }
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let space = '';
  for (const token of paragraph.match(/\s+|\S+/g) ?? []) {
    if (/^\s/.test(token)) {
      // Indentation at the start of a paragraph is kept; spaces between words
      // are kept unless the line breaks there.
      if (lines.length === 0 && line === '') {
        line = token;
        width = measure(token);
      } else space = token;
      continue;
    }
    const tokenWidth = measure(token);
    const spaceWidth = line === '' ? 0 : measure(space);
    if (width + spaceWidth + tokenWidth <= maxWidth) {
      line += (line === '' ? '' : space) + token;
      width += spaceWidth + tokenWidth;
    } else {
      if (line.trim() !== '') lines.push(line);
      const pieces = tokenWidth <= maxWidth ? [token] : breakLongWord(token, maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
      width = measure(line);
    }
    space = '';
  }
  lines.push(line);
  return lines;
}

/**
 * Wraps text into lines no wider than `maxWidth`: line breaks in the text are
 * kept, words move to the next line whole, and a word too long for a line
 * (a URL, a hash) is broken across lines rather than running off the page.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}
