import type { jsPDF } from 'jspdf';
import type { Frame } from './page-layout.ts';
import { applyStyle, measureFor } from './text-block.ts';
import { toPdfText } from './pdf-text.ts';
import { COLOR, TYPE } from './theme.ts';

export interface Furniture {
  project: string;
  questionnaire: string;
  /** First 12 hex characters of the report fingerprint. */
  shortFingerprint: string;
  /** "Draft — 3 questions unanswered", or null when complete. */
  draft: string | null;
  reportTitle: string;
}

// A footer holds one line: a long project name is shortened here only (the
// cover prints it in full).
function fitted(doc: jsPDF, text: string, width: number): string {
  const measure = measureFor(doc, TYPE.furniture);
  const chars = Array.from(toPdfText(text));
  if (measure(chars.join('')) <= width) return chars.join('');
  while (chars.length > 1 && measure(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Where the footer's rule is, in points above the bottom of the page: content must stay above it. */
export const FOOTER_RULE_FROM_BOTTOM = 46;

function drawFooter(doc: jsPDF, frame: Frame, furniture: Furniture, page: number, pages: number): void {
  const rule = frame.pageHeight - FOOTER_RULE_FROM_BOTTOM;
  const y = rule + 12;
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.5);
  doc.line(frame.left, rule, frame.right, rule);
  applyStyle(doc, TYPE.furniture);
  const pageLabel = `Page ${page} of ${pages}`;
  const fingerprint = `Fingerprint ${furniture.shortFingerprint}`;
  const third = frame.width / 3;
  const suffix = ` · ${furniture.questionnaire}`;
  const project = fitted(doc, furniture.project, third * 1.4 - measureFor(doc, TYPE.furniture)(suffix));
  applyStyle(doc, TYPE.furniture);
  doc.text(`${project}${suffix}`, frame.left, y);
  applyStyle(doc, TYPE.furniture);
  doc.text(fingerprint, frame.left + frame.width * 0.62, y, { align: 'center' });
  doc.text(pageLabel, frame.right, y, { align: 'right' });
}

function drawHeader(doc: jsPDF, frame: Frame, furniture: Furniture): void {
  const y = 36;
  applyStyle(doc, TYPE.furniture);
  doc.text(fitted(doc, furniture.reportTitle, frame.width * 0.6), frame.left, y);
  if (furniture.draft) {
    applyStyle(doc, { ...TYPE.label, color: COLOR.warning });
    doc.text(furniture.draft.toUpperCase(), frame.right, y, { align: 'right' });
  }
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
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    if (page > 1) drawHeader(doc, frame, furniture);
    drawFooter(doc, frame, furniture, page, pages);
  }
}
