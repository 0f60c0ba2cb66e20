/**
 * The code points a TrueType font maps to a glyph, read from its `cmap`
 * table, as sorted inclusive ranges. Only the Unicode subtables are read:
 * format 12 (full Unicode) when present, else format 4 (the Basic
 * Multilingual Plane), which is what every TrueType font has.
 */
export type CodePointRange = readonly [first: number, last: number];

interface Subtable {
  platform: number;
  encoding: number;
  offset: number;
}

function tableOffset(view: DataView, tag: string): number {
  const count = view.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const entry = 12 + index * 16;
    const name = String.fromCharCode(...Array.from({ length: 4 }, (_, at) => view.getUint8(entry + at)));
    if (name === tag) return view.getUint32(entry + 8);
  }
  throw new Error(`This font has no ${tag} table.`);
}

function listSubtables(view: DataView, cmap: number): Subtable[] {
  const count = view.getUint16(cmap + 2);
  return Array.from({ length: count }, (_, index) => ({
    platform: view.getUint16(cmap + 4 + index * 8),
    encoding: view.getUint16(cmap + 6 + index * 8),
    offset: cmap + view.getUint32(cmap + 8 + index * 8),
  }));
}

function readFormat12(view: DataView, start: number): CodePointRange[] {
  const groups = view.getUint32(start + 12);
  const ranges: CodePointRange[] = [];
  for (let index = 0; index < groups; index += 1) {
    const group = start + 16 + index * 12;
    const glyph = view.getUint32(group + 8);
    const first = view.getUint32(group);
    const last = view.getUint32(group + 4);
    // A group starting at glyph 0 maps its first code point to "missing".
    if (glyph === 0) {
      if (first < last) ranges.push([first + 1, last]);
    } else ranges.push([first, last]);
  }
  return ranges;
}

function glyphOfFormat4(view: DataView, start: number, segment: number, segments: number, code: number): number {
  const idDelta = view.getInt16(start + 14 + segments * 4 + 2 + segment * 2);
  const rangeOffsetAt = start + 14 + segments * 6 + 2 + segment * 2;
  const rangeOffset = view.getUint16(rangeOffsetAt);
  const startCode = view.getUint16(start + 14 + segments * 2 + 2 + segment * 2);
  if (rangeOffset === 0) return (code + idDelta) & 0xffff;
  const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (code - startCode) * 2);
  return glyph === 0 ? 0 : (glyph + idDelta) & 0xffff;
}

function readFormat4(view: DataView, start: number): CodePointRange[] {
  const segments = view.getUint16(start + 6) / 2;
  const mapped: number[] = [];
  for (let segment = 0; segment < segments; segment += 1) {
    const endCode = view.getUint16(start + 14 + segment * 2);
    const startCode = view.getUint16(start + 14 + segments * 2 + 2 + segment * 2);
    for (let code = startCode; code <= endCode && code !== 0xffff; code += 1) {
      if (glyphOfFormat4(view, start, segment, segments, code) !== 0) mapped.push(code);
    }
  }
  return toRanges(mapped);
}

/** Sorted, merged inclusive ranges from a list of code points. */
export function toRanges(codePoints: readonly number[]): CodePointRange[] {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const code of sorted) {
    const last = ranges.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/** The code points a TrueType font can draw, as sorted inclusive ranges. */
export function readCmapRanges(font: Uint8Array): CodePointRange[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(view, 'cmap');
  const subtables = listSubtables(view, cmap);
  const isUnicode = (table: Subtable) => table.platform === 0 || (table.platform === 3 && (table.encoding === 1 || table.encoding === 10));
  const full = subtables.find((table) => isUnicode(table) && view.getUint16(table.offset) === 12);
  if (full) return toRanges(expand(readFormat12(view, full.offset)));
  const basic = subtables.find((table) => isUnicode(table) && view.getUint16(table.offset) === 4);
  if (basic) return readFormat4(view, basic.offset);
  throw new Error('This font has no Unicode character map (cmap format 4 or 12).');
}

function expand(ranges: readonly CodePointRange[]): number[] {
  return ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index));
}
