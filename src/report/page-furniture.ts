import type { jsPDF } from 'jspdf';
import type { Frame } from './page-layout.ts';
import { applyStyle, measureFor } from './text-block.ts';
import { toPdfText } from './pdf-text.ts';
import { COLOR, TYPE } from './theme.ts';

export interface Furniture {
  project: string;
  questionnaire: string;
  /** First 12 hex characters of the report fingerprint; a document with none (a blank questionnaire) leaves the place empty. */
  shortFingerprint?: string;
  /** "Draft — 3 questions unanswered" or "Final — revision 2", at the top right of every page but the cover; a draft's in the warning colour. */
  status: { text: string; draft: boolean };
  reportTitle: string;
}

// A footer holds one line: a long project name is shortened here only (the
// cover prints it in full). Widths add up (jsPDF does not kern), so each
// character is measured once and the longest prefix that fits is found by
// a binary search over the running sums: linear in the name's length.
export function fitted(doc: jsPDF, text: string, width: number): string {
  const measure = measureFor(doc, TYPE.furniture);
  const chars = Array.from(toPdfText(text));
  const ends = new Float64Array(chars.length + 1);
  chars.forEach((char, index) => {
    ends[index + 1] = (ends[index] ?? 0) + measure(char);
  });
  if ((ends[chars.length] ?? 0) <= width) return chars.join('');
  const room = width - measure('…');
  let low = 1;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((ends[middle] ?? 0) <= room) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** Where the footer's rule is, in points above the bottom of the page: content must stay above it. */
export const FOOTER_RULE_FROM_BOTTOM = 46;

interface Fitted {
  project: string;
  reportTitle: string;
}

function drawFooter(doc: jsPDF, frame: Frame, furniture: Furniture, fit: Fitted, page: number, pages: number): void {
  const rule = frame.pageHeight - FOOTER_RULE_FROM_BOTTOM;
  const y = rule + 12;
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.5);
  doc.line(frame.left, rule, frame.right, rule);
  applyStyle(doc, TYPE.furniture);
  const pageLabel = `Page ${page} of ${pages}`;
  applyStyle(doc, TYPE.furniture);
  doc.text(`${fit.project} · ${furniture.questionnaire}`, frame.left, y);
  applyStyle(doc, TYPE.furniture);
  if (furniture.shortFingerprint)
    doc.text(`Fingerprint ${furniture.shortFingerprint}`, frame.left + frame.width * 0.62, y, { align: 'center' });
  doc.text(pageLabel, frame.right, y, { align: 'right' });
}

function drawHeader(doc: jsPDF, frame: Frame, furniture: Furniture, fit: Fitted): void {
  const y = 36;
  applyStyle(doc, TYPE.furniture);
  doc.text(fit.reportTitle, frame.left, y);
  applyStyle(doc, { ...TYPE.label, color: furniture.status.draft ? COLOR.warning : COLOR.muted });
  doc.text(furniture.status.text.toUpperCase(), frame.right, y, { align: 'right' });
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.5);
  doc.line(frame.left, y + 6, frame.right, y + 6);
}

/**
 * The header (from page 2) and footer of every page, drawn once everything
 * else is, when the number of pages is known.
 */
export function drawPageFurniture(doc: jsPDF, frame: Frame, furniture: Furniture): void {
  const pages = doc.getNumberOfPages();
  const suffix = ` · ${furniture.questionnaire}`;
  const fit: Fitted = {
    project: fitted(doc, furniture.project, (frame.width / 3) * 1.4 - measureFor(doc, TYPE.furniture)(suffix)),
    reportTitle: fitted(doc, furniture.reportTitle, frame.width * 0.6),
  };
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    if (page > 1) drawHeader(doc, frame, furniture, fit);
    drawFooter(doc, frame, furniture, fit, page, pages);
  }
}
