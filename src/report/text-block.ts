import type { jsPDF } from 'jspdf';
import { FONT_FAMILY, COLOR, LINE_HEIGHT_FACTOR, lineHeight, type TextStyle } from './theme.ts';
import { ensureSpace, type Layout } from './page-layout.ts';
import { toPdfText } from './pdf-text.ts';
import { wrapText, type Measure } from './wrap-text.ts';

// Unit widths per font: measuring character by character from a cache is
// what keeps a 400-question report fast (jsPDF measures a string char by char anyway).
const unitWidths = new WeakMap<jsPDF, Map<string, number>>();

export function applyStyle(doc: jsPDF, style: TextStyle): void {
  doc.setFont(FONT_FAMILY, style.bold ? 'bold' : 'normal');
  doc.setFontSize(style.size);
  const [r, g, b] = style.color ?? COLOR.text;
  doc.setTextColor(r, g, b);
}

/** Measures text in the given style (sets the font first, as jsPDF measures with the current font). */
export function measureFor(doc: jsPDF, style: TextStyle): Measure {
  applyStyle(doc, style);
  const key = style.bold ? 'b' : 'r';
  let cache = unitWidths.get(doc);
  if (!cache) {
    cache = new Map();
    unitWidths.set(doc, cache);
  }
  const widths = cache;
  return (text) => {
    let width = 0;
    for (const char of text) {
      const id = key + char;
      let unit = widths.get(id);
      if (unit === undefined) {
        unit = doc.getStringUnitWidth(char);
        widths.set(id, unit);
      }
      width += unit;
    }
    return width * style.size;
  };
}

/** The lines a text wraps to in a style and width, ready to draw. */
export function wrapFor(doc: jsPDF, style: TextStyle, text: string, width: number): string[] {
  return wrapText(toPdfText(text), width, measureFor(doc, style));
}

const TYPE_CONTINUED: TextStyle = { size: 7.5, color: COLOR.muted };

// jsPDF draws text on its baseline; the cursor marks the top of the line box.
function baseline(top: number, style: TextStyle): number {
  return top + style.size * 0.93 + (lineHeight(style.size) - style.size * 1.17) / 2;
}

export interface BlockOptions {
  x?: number;
  width?: number;
  /** Space below the block. */
  after?: number;
  align?: 'left' | 'right';
  /** Printed in small type at the top of each page the block carries on to: "Question 2.4, notes (continued)". */
  continued?: string;
}

/**
 * Draws lines from the cursor down, as many per jsPDF call as fit on the
 * page, starting a new page whenever the next line would reach the footer.
 */
export function drawLines(layout: Layout, lines: readonly string[], style: TextStyle, options: BlockOptions = {}): void {
  const { doc, frame } = layout;
  const x = options.x ?? frame.left;
  const height = lineHeight(style.size);
  let next = 0;
  while (next < lines.length) {
    const page = layout.doc.getCurrentPageInfo().pageNumber;
    ensureSpace(layout, height);
    if (next > 0 && options.continued && layout.doc.getCurrentPageInfo().pageNumber !== page) {
      applyStyle(doc, TYPE_CONTINUED);
      doc.text(toPdfText(options.continued), x, baseline(layout.y, TYPE_CONTINUED));
      layout.y += lineHeight(TYPE_CONTINUED.size) + 2;
    }
    const room = Math.max(1, Math.floor((frame.bottom - layout.y + 0.01) / height));
    const batch = lines.slice(next, next + room);
    // Style is page state in jsPDF: set it again on every page.
    applyStyle(doc, style);
    const y = baseline(layout.y, style);
    if (options.align === 'right') {
      doc.text(batch as string[], x + (options.width ?? frame.right - x), y, { align: 'right', lineHeightFactor: LINE_HEIGHT_FACTOR });
    } else doc.text(batch as string[], x, y, { lineHeightFactor: LINE_HEIGHT_FACTOR });
    layout.y += batch.length * height;
    next += batch.length;
  }
  layout.y += options.after ?? 0;
}

/** Wraps and draws a paragraph, page breaks included. */
export function writeText(layout: Layout, text: string, style: TextStyle, options: BlockOptions = {}): void {
  const x = options.x ?? layout.frame.left;
  const width = options.width ?? layout.frame.right - x;
  drawLines(layout, wrapFor(layout.doc, style, text, width), style, { ...options, x, width });
}

/** Draws one line at a fixed place without moving the cursor (labels, numbers beside text). */
export function drawAt(
  layout: Layout,
  text: string,
  x: number,
  top: number,
  style: TextStyle,
  align: 'left' | 'right' | 'center' = 'left',
): void {
  applyStyle(layout.doc, style);
  layout.doc.text(toPdfText(text), x, baseline(top, style), { align });
}

/** A heading kept with what follows: it moves to the next page unless `keep` points fit below it. */
export function writeHeading(
  layout: Layout,
  text: string,
  style: TextStyle,
  options: { before?: number; after?: number; keep?: number } = {},
): void {
  const lines = wrapFor(layout.doc, style, text, layout.frame.width);
  const before = layout.y === layout.frame.top ? 0 : (options.before ?? 0);
  ensureSpace(layout, before + lines.length * lineHeight(style.size) + (options.keep ?? 40));
  if (layout.y !== layout.frame.top) layout.y += before;
  drawLines(layout, lines, style, { after: options.after ?? 4 });
}

export function drawRule(
  layout: Layout,
  options: { color?: readonly [number, number, number]; width?: number; after?: number } = {},
): void {
  const { doc, frame } = layout;
  const [r, g, b] = options.color ?? COLOR.rule;
  doc.setDrawColor(r, g, b);
  doc.setLineWidth(options.width ?? 0.6);
  doc.line(frame.left, layout.y, frame.right, layout.y);
  layout.y += options.after ?? 8;
}

const BULLET_INDENT = 14;

/** A bulleted list with hanging lines: each item's wrapped lines align with its first word, not the bullet. */
export function writeBullets(layout: Layout, items: readonly string[], style: TextStyle, options: { gap?: number } = {}): void {
  for (const item of items) {
    const lines = wrapFor(layout.doc, style, item, layout.frame.width - BULLET_INDENT);
    ensureSpace(layout, lineHeight(style.size));
    drawAt(layout, '•', layout.frame.left + 3, layout.y, style);
    drawLines(layout, lines, style, { x: layout.frame.left + BULLET_INDENT, after: options.gap ?? 1.5 });
  }
}
