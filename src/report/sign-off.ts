import { newPage, moveDown, type Layout } from './page-layout.ts';
import type { PartContext } from './part-context.ts';
import { SHORT_FINGERPRINT_LENGTH } from './report-fingerprint.ts';
import { drawAt, writeHeading, writeText } from './text-block.ts';
import { COLOR, TYPE } from './theme.ts';
import { formatIsoDate } from './format-date.ts';

const LABEL_WIDTH = 118;
const DECISIONS = ['Approve', 'Approve with conditions', 'Do not approve'];

function fillInLine(layout: Layout, label: string, width: number): void {
  const x = layout.frame.left;
  drawAt(layout, label, x, layout.y + 8, TYPE.label);
  layout.doc.setDrawColor(...COLOR.muted);
  layout.doc.setLineWidth(0.6);
  layout.doc.line(x + LABEL_WIDTH, layout.y + 18, x + width, layout.y + 18);
}

function tickBox(layout: Layout, label: string, x: number): void {
  const size = 10;
  layout.doc.setDrawColor(...COLOR.text);
  layout.doc.setLineWidth(0.8);
  layout.doc.rect(x, layout.y, size, size);
  drawAt(layout, label, x + size + 8, layout.y - 0.5, TYPE.body);
}

/** The assessor's declaration on a final report, with a line to sign; a draft says it has none. */
function drawDeclaration(context: PartContext): void {
  const { layout, edition } = context;
  writeHeading(layout, 'Assessor’s declaration', TYPE.h1, { after: 6 });
  if (edition.status !== 'final') {
    writeText(
      layout,
      'This is a draft: nobody has declared its answers final. A final report carries the assessor’s declaration here.',
      TYPE.body,
      { after: 22 },
    );
    return;
  }
  const { declaration, revision } = edition;
  writeText(
    layout,
    `I, ${declaration.name} (${declaration.role}), declare that the answers in this assessment are true to the best of my knowledge. ` +
      `Declared on ${formatIsoDate(declaration.date)}, for revision ${revision} of the final report.`,
    TYPE.body,
    { after: 14 },
  );
  fillInLine(layout, 'Assessor’s signature', layout.frame.width);
  moveDown(layout, 46);
}

/** The assessor's declaration, then a block for the reviewer: name, role, a ticked decision, conditions, signature and date. */
export function drawSignOff(context: PartContext): void {
  const { layout, fingerprint } = context;
  const { frame } = layout;
  if (layout.y > frame.top) newPage(layout);
  drawDeclaration(context);
  writeHeading(layout, 'Reviewer’s sign-off', TYPE.h1, { after: 6 });
  writeText(
    layout,
    `For the person who reviews this assessment. This sign-off covers the report with fingerprint ${fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH)} ` +
      '(printed at the foot of every page). Tick one decision, write down any conditions, then sign and date.',
    TYPE.body,
    { after: 14 },
  );
  fillInLine(layout, 'Reviewer name', frame.width);
  moveDown(layout, 34);
  fillInLine(layout, 'Role', frame.width);
  moveDown(layout, 40);
  drawAt(layout, 'Decision', frame.left, layout.y + 1, TYPE.label);
  for (const decision of DECISIONS) {
    tickBox(layout, decision, frame.left + LABEL_WIDTH);
    moveDown(layout, 22);
  }
  moveDown(layout, 14);
  drawAt(layout, 'Conditions', frame.left, layout.y + 1, TYPE.label);
  writeText(layout, 'If approved with conditions: what must be done, by whom and by when.', TYPE.small, {
    x: frame.left + LABEL_WIDTH,
    after: 0,
  });
  for (let line = 0; line < 7; line += 1) {
    moveDown(layout, 22);
    layout.doc.setDrawColor(...COLOR.faint);
    layout.doc.setLineWidth(0.5);
    layout.doc.line(frame.left + LABEL_WIDTH, layout.y, frame.right, layout.y);
  }
  moveDown(layout, 30);
  fillInLine(layout, 'Signature', frame.width);
  moveDown(layout, 34);
  fillInLine(layout, 'Date', frame.width * 0.6);
  moveDown(layout, 30);
}
