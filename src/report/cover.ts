import { roundScore } from '../scoring/round-score.ts';
import { writeFields } from './field-list.ts';
import { formatDateTime, formatIsoDate } from './format-date.ts';
import { currentPage, moveDown } from './page-layout.ts';
import { plural } from '../questionnaire/wording.ts';
import type { PartContext } from './part-context.ts';
import { editionLabel } from './report-edition.ts';
import { drawAt, drawLines, drawRule, wrapFor, writeText } from './text-block.ts';
import { COLOR, lineHeight, TYPE } from './theme.ts';

export const REPORT_KIND = 'Ethical impact assessment report';

function verdictLine(context: PartContext): string {
  const { result } = context.input;
  if (result.score === null) return 'No score: every scored question is hidden or not applicable.';
  const band = result.band ? ` — ${result.band.label}` : '';
  const flags = result.redFlags.length > 0 ? ` (${plural(result.redFlags.length, 'red flag')})` : '';
  return `${roundScore(result.score)} out of 100${band}${flags}`;
}

/** Page 1: what was assessed, by whom, when, and how far the assessment got. Returns where the contents go, or null when the cover ran over one page. */
export function drawCover(context: PartContext): number | null {
  const { layout, input } = context;
  const { doc, frame } = layout;
  const { questionnaire, assessment, result } = input;
  const ctx = assessment.context;

  doc.setFillColor(...COLOR.accent);
  doc.rect(0, 0, frame.pageWidth, 10, 'F');
  layout.y = 84;
  drawAt(layout, REPORT_KIND.toUpperCase(), frame.left, layout.y, { ...TYPE.label, color: COLOR.accent, size: 9 });
  moveDown(layout, 22);
  drawLines(layout, wrapFor(doc, TYPE.title, ctx.project, frame.width), TYPE.title, { after: 4 });
  if (ctx.organisation.trim()) writeText(layout, ctx.organisation, { size: 13, color: COLOR.muted }, { after: 4 });
  moveDown(layout, 10);
  writeText(layout, questionnaire.title, { size: 12 }, { after: 12 });
  drawRule(layout, { after: 14 });

  const draft = context.edition.status === 'draft';
  writeFields(layout, [
    { label: 'Questionnaire', value: `${questionnaire.title}` },
    { label: 'Id and version', value: `${questionnaire.id}, version ${questionnaire.version}` },
    { label: 'Project or product', value: ctx.project },
    { label: 'Organisation', value: ctx.organisation },
    { label: 'Description', value: ctx.description },
    { label: 'Assessor', value: ctx.assessorName },
    { label: 'Assessor’s role', value: ctx.assessorRole },
    { label: 'Assessment date', value: formatIsoDate(ctx.date) },
    { label: 'Report made', value: formatDateTime(input.generatedAt, input.timeZone) },
    {
      label: 'Status',
      value: editionLabel(context.edition, result),
      style: { ...TYPE.bodyBold, color: draft ? COLOR.warning : COLOR.text },
    },
    ...(context.edition.status === 'final'
      ? [
          {
            label: 'Declared by',
            value: `${context.edition.declaration.name}, ${context.edition.declaration.role}, on ${formatIsoDate(context.edition.declaration.date)}`,
          },
        ]
      : []),
    { label: 'Result', value: verdictLine(context), style: TYPE.bodyBold },
  ]);
  if (result.isDraft) {
    moveDown(layout, 2);
    writeText(layout, 'Unanswered questions score 0 until they are answered, so this result may change.', TYPE.small, {
      x: frame.left + 118,
    });
  }
  moveDown(layout, 18);
  return currentPage(layout) === 1 ? layout.y : null;
}

export interface ContentsEntry {
  title: string;
  page: number;
  /** Bookmarks under this one (the sections of the answers); not listed on the cover. */
  children?: readonly ContentsEntry[];
}

/** The list of parts with their pages, drawn on the cover once the pages are known. */
export function drawContents(context: PartContext, top: number, entries: readonly ContentsEntry[]): void {
  const { layout } = context;
  const { doc, frame } = layout;
  doc.setPage(1);
  layout.y = top;
  // The cover is one page; a very long description leaves no room for a list that is also in the bookmarks.
  if (top + (entries.length + 2) * lineHeight(TYPE.body.size) > frame.bottom) return;
  drawAt(layout, 'Contents', frame.left, layout.y, TYPE.h3);
  moveDown(layout, lineHeight(TYPE.h3.size) + 2);
  for (const entry of entries) {
    drawAt(layout, entry.title, frame.left + 118, layout.y, TYPE.body);
    drawAt(layout, `page ${entry.page}`, frame.right, layout.y, { ...TYPE.body, color: COLOR.muted }, 'right');
    doc.setDrawColor(...COLOR.rule);
    doc.setLineDashPattern([0.5, 2.5], 0);
    doc.setLineWidth(0.6);
    const y = layout.y + TYPE.body.size * 1.05;
    doc.line(frame.left + 230, y, frame.right - 44, y);
    doc.setLineDashPattern([], 0);
    moveDown(layout, lineHeight(TYPE.body.size) + 1);
  }
}
