import { autoTable, type CellHookData, type RowInput } from 'jspdf-autotable';
import { richTextToPlain } from '../questionnaire/rich-text.ts';
import { roundGain } from '../scoring/round-score.ts';
import type { ActionItem } from '../scoring/types.ts';
import type { ActionCommitment } from '../storage/assessment.ts';
import { commitmentFor } from '../storage/action-commitments.ts';
import { formatShortDate } from './format-date.ts';
import type { PartContext } from './part-context.ts';
import { wrapFor, writeHeading, writeText } from './text-block.ts';
import { COLOR, FONT_FAMILY, TYPE } from './theme.ts';

const PRIORITY_LABEL = { high: 'High', medium: 'Medium', low: 'Low' } as const;
const CELL_PADDING = 4;
const FONT_SIZE = 8.5;
const HEAD = ['Priority', 'Question', 'Recommended action', 'Owner', 'Due', 'Status'];
/** Column widths in points, the action taking what is left. */
const FIXED = { priority: 58, question: 120, owner: 62, due: 62, status: 58 };
const STATE_LABEL = { open: 'To do', 'in-progress': 'In progress', done: 'Done', 'not-needed': 'Not needed' } as const;

/** A cell's text: the main part, then a muted part below it. */
type CellText = [main: string, muted: string];

const URGENCY_NOTE = { blocking: 'Blocks launch', 'must-have': 'Must-have', 'section-floor': 'Weak section', improvement: '' } as const;

function cellsFor(item: ActionItem, commitment: ActionCommitment): CellText[] {
  const now = item.answerLabels?.join('; ') ?? 'not answered';
  const due = commitment.due.trim();
  const others = item.questions.slice(1).map((question) => question.number);
  const also = others.length > 0 ? ` Also answers ${others.join(', ')}.` : '';
  const note = URGENCY_NOTE[item.urgency];
  const reason = commitment.state === 'not-needed' && commitment.reason.trim() ? commitment.reason.trim() : '';
  return [
    [`${PRIORITY_LABEL[item.priority]}${note ? `\n${note}` : ''}`, ''],
    [
      `${item.title ? `${item.title}: ` : ''}${item.number} ${item.text}`,
      `Now: ${now}. Best: ${item.bestLabels.join('; ') || '—'}.${also}`,
    ],
    [richTextToPlain(item.action), item.gain > 0 ? `Up to +${roundGain(item.gain)} points overall` : ''],
    [commitment.owner.trim(), ''],
    [due ? formatShortDate(due) : '', ''],
    [commitment.state === 'open' ? '' : STATE_LABEL[commitment.state], reason],
  ];
}

const lineCount = (lines: string[] | string): number => (Array.isArray(lines) ? lines.length : 1);

/**
 * autoTable draws a cell in one style; the muted lines of a cell are drawn
 * here instead, below its main lines, with autoTable's own line positions.
 */
function mutedLines(muted: Map<string, string[]>) {
  const key = (data: CellHookData) => (data.section === 'body' ? `${data.row.index}:${data.column.index}` : '');
  return {
    willDrawCell(data: CellHookData) {
      const lines = muted.get(key(data));
      if (lines && !data.row.spansMultiplePages) data.cell.text = data.cell.text.slice(0, lineCount(data.cell.text) - lines.length);
    },
    didDrawCell(data: CellHookData) {
      drawBlankLine(data);
      const lines = muted.get(key(data));
      if (!lines || data.row.spansMultiplePages) return;
      const { doc, cell } = data;
      const size = cell.styles.fontSize;
      const step = size * doc.getLineHeightFactor();
      const first = cell.y + CELL_PADDING + size * 0.85 + lineCount(cell.text) * step;
      doc.setTextColor(...COLOR.muted);
      lines.forEach((line, index) => doc.text(line, cell.x + CELL_PADDING, first + index * step));
    },
  };
}

function drawBlankLine(data: CellHookData): void {
  if (data.section !== 'body' || data.column.index < 3) return;
  const text = Array.isArray(data.cell.text) ? data.cell.text.join('') : String(data.cell.text);
  if (text.trim() !== '') return;
  const y = data.cell.y + data.cell.height - CELL_PADDING - 2;
  data.doc.setDrawColor(...COLOR.faint);
  data.doc.setLineWidth(0.5);
  data.doc.line(data.cell.x + CELL_PADDING, y, data.cell.x + data.cell.width - CELL_PADDING, y);
}

/**
 * The action plan as a table: red flags first, then the largest gains, each
 * with the question, the recommended action, and the owner and due date the
 * team set (a blank line to fill in where they did not). The header repeats on
 * every page the table runs over.
 */
export function drawActionPlan(context: PartContext): void {
  const { layout, input } = context;
  const { doc, frame } = layout;
  const items = input.result.actionPlan;
  writeHeading(layout, 'Action plan', TYPE.h1, { after: 6 });
  if (items.length === 0) {
    writeText(layout, 'Nothing to do: every answer is the best one.', TYPE.body);
    return;
  }
  writeText(
    layout,
    'What holds the verdict down comes first (red flags, must-haves, sections under the floor), then the actions that would raise the overall score most. Related questions share one action. “Up to” is how many points the overall score would rise if the questions it answers had their best answers.',
    TYPE.body,
    { after: 8 },
  );
  const action = frame.width - FIXED.priority - FIXED.question - FIXED.owner - FIXED.due - FIXED.status;
  const widths = [FIXED.priority, FIXED.question, action, FIXED.owner, FIXED.due, FIXED.status];
  const style = { size: FONT_SIZE };
  // Pre-wrapped with the report's own line breaking, so long URLs and names break instead of overflowing the cell.
  const wrap = (text: string, column: number) => wrapFor(doc, style, text, (widths[column] ?? 0) - CELL_PADDING * 2 - 1);
  const muted = new Map<string, string[]>();
  const body: RowInput[] = items.map((item, row) =>
    cellsFor(
      item,
      commitmentFor(
        input.assessment.actionPlan,
        item.id,
        item.questions.map((question) => question.questionId),
      ),
    ).map(([main, note], column) => {
      const noteLines = note ? wrap(note, column) : [];
      if (noteLines.length > 0) muted.set(`${row}:${column}`, noteLines);
      return {
        content: [...(main ? wrap(main, column) : []), ...noteLines].join('\n'),
        styles: column === 0 && item.isRedFlag ? { textColor: [...COLOR.danger], fontStyle: 'bold' } : {},
      };
    }),
  );
  const previousFactor = doc.getLineHeightFactor();
  doc.setLineHeightFactor(1.3);
  autoTable(doc, {
    startY: layout.y,
    margin: { top: frame.top, bottom: frame.pageHeight - frame.bottom, left: frame.left, right: frame.pageWidth - frame.right },
    head: [HEAD],
    body,
    showHead: 'everyPage',
    theme: 'grid',
    rowPageBreak: 'avoid',
    styles: {
      font: FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: FONT_SIZE,
      cellPadding: CELL_PADDING,
      textColor: [...COLOR.text],
      lineColor: [...COLOR.rule],
      lineWidth: 0.5,
      // Already wrapped to the column widths: autoTable need not split the text again.
      overflow: (text: string | string[]) => text,
      valign: 'top',
      minCellHeight: 24,
    },
    headStyles: { fontStyle: 'bold', fillColor: [...COLOR.accent], textColor: [255, 255, 255], minCellHeight: 0 },
    columnStyles: Object.fromEntries(widths.map((width, index) => [index, { cellWidth: width }])),
    ...mutedLines(muted),
  });
  doc.setLineHeightFactor(previousFactor);
  const finalY = (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? layout.y;
  layout.y = finalY + 10;
}
