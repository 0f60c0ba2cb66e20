// Runtime trimming of the TrueType tables jsPDF copies whole into every
// report or parses for nothing. The glyph outlines are untouched: jsPDF
// subsets those itself to the glyphs drawn.

interface TableEntry {
  /** Where the entry sits in the table directory. */
  entry: number;
  offset: number;
  length: number;
}

function findTable(view: DataView, tag: string): TableEntry | null {
  const count = view.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const entry = 12 + index * 16;
    let name = '';
    for (let at = 0; at < 4; at += 1) name += String.fromCharCode(view.getUint8(entry + at));
    if (name === tag) return { entry, offset: view.getUint32(entry + 8), length: view.getUint32(entry + 12) };
  }
  return null;
}

function setLength(view: DataView, table: TableEntry, length: number): void {
  // jsPDF writes a new table directory with fresh checksums, so only the length matters here.
  view.setUint32(table.entry + 12, length);
}

/**
 * `post` cut to its 32-byte header (version 3: no glyph names). DejaVu Sans
 * names its 6,000 glyphs in 62 KB that jsPDF would embed in every report;
 * PDF viewers draw by glyph id and never read them.
 */
function dropGlyphNames(view: DataView): void {
  const post = findTable(view, 'post');
  if (!post || post.length < 32) return;
  view.setUint32(post.offset, 0x00030000);
  setLength(view, post, 32);
}

/**
 * `cmap` cut to its Windows Unicode (3, 1) format 4 subtable. jsPDF parses
 * every subtable into a map of some 6,000 characters (DejaVu has five
 * subtables, two of them that same one) and embeds them all; it only ever
 * uses one, and the report only draws characters of the Basic Multilingual
 * Plane, which that subtable covers.
 */
function keepBmpCmap(view: DataView): void {
  const cmap = findTable(view, 'cmap');
  if (!cmap) return;
  const count = view.getUint16(cmap.offset + 2);
  for (let index = 0; index < count; index += 1) {
    const record = cmap.offset + 4 + index * 8;
    const subtable = view.getUint32(record + 4);
    if (view.getUint16(record) !== 3 || view.getUint16(record + 2) !== 1 || view.getUint16(cmap.offset + subtable) !== 4) continue;
    view.setUint16(cmap.offset + 2, 1);
    view.setUint16(cmap.offset + 4, 3);
    view.setUint16(cmap.offset + 6, 1);
    view.setUint32(cmap.offset + 8, subtable);
    setLength(view, cmap, subtable + view.getUint16(cmap.offset + subtable + 2));
    return;
  }
}

/** A copy of a TrueType font with the trimmed `post` and `cmap` tables; the input is not changed. */
export function slimFont(font: Uint8Array): Uint8Array {
  const copy = font.slice();
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  dropGlyphNames(view);
  keepBmpCmap(view);
  return copy;
}
