import type { jsPDF } from 'jspdf';
import type { Paper } from './report-types.ts';

/** Page size in points and the box the content flows in. */
export interface Frame {
  pageWidth: number;
  pageHeight: number;
  left: number;
  right: number;
  width: number;
  /** Where content starts on a page, below the running header. */
  top: number;
  /** Where content must stop, above the footer. */
  bottom: number;
}

export const PAPER_SIZE: Record<Paper, readonly [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

const MARGIN_X = 56;

export function frameFor(paper: Paper): Frame {
  const [pageWidth, pageHeight] = PAPER_SIZE[paper];
  return {
    pageWidth,
    pageHeight,
    left: MARGIN_X,
    right: pageWidth - MARGIN_X,
    width: pageWidth - 2 * MARGIN_X,
    top: 66,
    bottom: pageHeight - 60,
  };
}

/** The document being drawn and the cursor: the top of the next thing to draw. */
export interface Layout {
  doc: jsPDF;
  frame: Frame;
  y: number;
}

export function newPage(layout: Layout): void {
  layout.doc.addPage();
  layout.y = layout.frame.top;
}

/** Starts a new page unless `height` points still fit above the footer. */
export function ensureSpace(layout: Layout, height: number): void {
  if (layout.y + height > layout.frame.bottom && layout.y > layout.frame.top) newPage(layout);
}

export function moveDown(layout: Layout, height: number): void {
  layout.y = Math.min(layout.y + height, layout.frame.bottom);
}

/** The page the cursor is on (1-based). */
export function currentPage(layout: Layout): number {
  return layout.doc.getCurrentPageInfo().pageNumber;
}
