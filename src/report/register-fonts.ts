import type { jsPDF } from 'jspdf';
import type { ReportFonts } from './report-types.ts';
import { FONT_FAMILY } from './theme.ts';

const POST_VERSION_3 = 0x00030000;
const POST_HEADER_LENGTH = 32;

/**
 * A copy of a TrueType font whose `post` table is cut to its 32-byte header
 * (version 3: no glyph names). jsPDF subsets the glyph outlines it embeds but
 * copies the `post` table whole, and DejaVu Sans's 6,000 glyph names (62 KB)
 * would then sit in every report twice. PDF viewers draw by glyph id and
 * never read those names.
 */
export function withoutGlyphNames(font: Uint8Array): Uint8Array {
  const copy = font.slice();
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  const tables = view.getUint16(4);
  for (let index = 0; index < tables; index += 1) {
    const entry = 12 + index * 16;
    const tag = String.fromCharCode(copy[entry] ?? 0, copy[entry + 1] ?? 0, copy[entry + 2] ?? 0, copy[entry + 3] ?? 0);
    if (tag !== 'post') continue;
    const offset = view.getUint32(entry + 8);
    if (view.getUint32(entry + 12) < POST_HEADER_LENGTH) return copy;
    view.setUint32(offset, POST_VERSION_3);
    // jsPDF writes a new table directory with fresh checksums, so only the length matters here.
    view.setUint32(entry + 12, POST_HEADER_LENGTH);
  }
  return copy;
}

/**
 * The "binary string" jsPDF's virtual file system takes: one char per byte.
 * Widening to 16 bits and decoding as UTF-16 does it natively, some twenty
 * times faster than String.fromCharCode over chunks (40 ms per font).
 */
export function toBinaryString(bytes: Uint8Array): string {
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint16Array(bytes));
}

/** Embeds the report fonts; jsPDF keeps only the glyphs the report draws. */
export function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
  const files = [
    ['DejaVuSans.ttf', fonts.regular, 'normal'],
    ['DejaVuSans-Bold.ttf', fonts.bold, 'bold'],
  ] as const;
  for (const [file, bytes, style] of files) {
    doc.addFileToVFS(file, toBinaryString(withoutGlyphNames(bytes)));
    doc.addFont(file, FONT_FAMILY, style);
  }
}
