import { FONT_COVERAGE } from './font-coverage.ts';

/** True when the report fonts draw this code point (binary search over the coverage pairs). */
export function canDraw(codePoint: number): boolean {
  let low = 0;
  let high = FONT_COVERAGE.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const first = FONT_COVERAGE[middle * 2] as number;
    const last = FONT_COVERAGE[middle * 2 + 1] as number;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/** Line breaks and tabs are laid out rather than drawn. */
export function isLayoutCharacter(char: string): boolean {
  return char === '\n' || char === '\r' || char === '\t';
}
