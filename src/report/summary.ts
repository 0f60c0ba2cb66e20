import { capsLead, summariseCaps } from '../scoring/verdict.ts';
import { describeCounts } from '../questionnaire/answer-counts.ts';
import { roundScore } from '../scoring/round-score.ts';
import type { AssessmentResult, RedFlag } from '../scoring/types.ts';
import { ensureSpace, moveDown, type Layout } from './page-layout.ts';
import type { PartContext } from './part-context.ts';
import { drawScoreChart, prepareScoreChart } from './score-chart.ts';
import { drawAt, drawLines, wrapFor, writeHeading, writeText } from './text-block.ts';
import { COLOR, lineHeight, TYPE, type Rgb, type TextStyle } from './theme.ts';

const PAD = 12;

interface PanelLine {
  lines: string[];
  style: TextStyle;
  after: number;
}

/** Text in a tinted box with a coloured bar on its left, kept on one page. Returns the box's top. */
function drawPanel(
  layout: Layout,
  blocks: readonly PanelLine[],
  colors: { tint: Rgb; bar: Rgb },
  options: { inset?: number; minHeight?: number } = {},
): number {
  const { doc, frame } = layout;
  const content = blocks.reduce((sum, block) => sum + block.lines.length * lineHeight(block.style.size) + block.after, 0);
  const height = Math.max(content + PAD * 2, options.minHeight ?? 0);
  ensureSpace(layout, height);
  const top = layout.y;
  doc.setFillColor(...colors.tint);
  doc.rect(frame.left, top, frame.width, height, 'F');
  doc.setFillColor(...colors.bar);
  doc.rect(frame.left, top, 3, height, 'F');
  layout.y = top + (height - content) / 2;
  for (const block of blocks)
    drawLines(layout, block.lines, block.style, { x: frame.left + PAD + 4 + (options.inset ?? 0), after: block.after });
  layout.y = top + height;
  return top;
}

const SCORE_COLUMN = 96;

function drawVerdict(layout: Layout, result: AssessmentResult): void {
  const { doc, frame } = layout;
  const width = frame.width - PAD * 2 - 4 - SCORE_COLUMN;
  const band = result.band;
  const bandStyle = { size: 15, bold: true, color: result.redFlags.length > 0 ? COLOR.danger : COLOR.text };
  const meaning = band?.meaning ?? 'Every scored question is hidden or marked not applicable, so there is nothing to score.';
  const blocks: PanelLine[] = [
    { lines: wrapFor(doc, bandStyle, band?.label ?? 'No band', width), style: bandStyle, after: 3 },
    { lines: wrapFor(doc, TYPE.body, meaning, width), style: TYPE.body, after: 0 },
  ];
  const bar = result.redFlags.length > 0 ? COLOR.danger : COLOR.accent;
  const top = drawPanel(layout, blocks, { tint: COLOR.panel, bar }, { inset: SCORE_COLUMN, minHeight: 78 });
  const middle = top + (layout.y - top) / 2;
  const centre = frame.left + 4 + (PAD + SCORE_COLUMN) / 2;
  const score = result.score === null ? '—' : String(roundScore(result.score));
  drawAt(layout, score, centre, middle - 27, { size: 30, bold: true, color: COLOR.accent }, 'center');
  drawAt(layout, result.score === null ? 'no score' : 'out of 100', centre, middle + 13, TYPE.small, 'center');
}

function cappedNotice(result: AssessmentResult): string | null {
  const lead = capsLead(result);
  if (!lead) return null;
  return [lead, ...summariseCaps(result.caps).map((line) => `• ${line}`)].join('\n');
}

function flagText(flag: RedFlag): string {
  const what = flag.severity === 'blocking' ? 'Blocks launch.' : `Must-have not met${flag.name ? `: ${flag.name}` : ''}.`;
  return `${what} Answered “${flag.answerLabels.join('; ')}”; it needs “${flag.minimumLabel}” or better.${flag.reason ? ` ${flag.reason}` : ''}`;
}

function drawRedFlags(layout: Layout, flags: readonly RedFlag[]): void {
  writeHeading(layout, 'Red flags', TYPE.h2, { before: 14 });
  if (flags.length === 0) {
    writeText(layout, 'No red flags were raised: no critical question or must-have is answered below its minimum.', TYPE.body, {
      after: 4,
    });
    return;
  }
  const width = layout.frame.width - PAD * 2 - 4;
  for (const flag of flags) {
    drawPanel(
      layout,
      [
        {
          lines: wrapFor(layout.doc, TYPE.label, `QUESTION ${flag.number} · ${flag.sectionTitle.toUpperCase()}`, width),
          style: { ...TYPE.label, color: COLOR.danger },
          after: 2,
        },
        { lines: wrapFor(layout.doc, TYPE.bodyBold, flag.text, width), style: TYPE.bodyBold, after: 2 },
        { lines: wrapFor(layout.doc, TYPE.body, flagText(flag), width), style: TYPE.body, after: 0 },
      ],
      { tint: COLOR.dangerPanel, bar: COLOR.danger },
    );
    moveDown(layout, 6);
  }
}

function drawCompleteness(layout: Layout, result: AssessmentResult): void {
  const { completeness } = result;
  writeHeading(layout, 'Completeness', TYPE.h2, { before: 14 });
  const percent = Math.round(completeness.ratio * 100);
  const draft = result.isDraft ? ' Until every question is answered these results are a draft, and unanswered questions score 0.' : '';
  writeText(layout, `${describeCounts(completeness.counts)}: ${percent}% done.${draft}`, TYPE.body, { after: 6 });
  if (completeness.missing.length === 0) return;
  writeHeading(layout, 'Unanswered questions', TYPE.h3, { after: 3, keep: 20 });
  for (const missing of completeness.missing) {
    const lines = wrapFor(layout.doc, TYPE.body, missing.text, layout.frame.width - 36);
    ensureSpace(layout, lineHeight(TYPE.body.size));
    drawAt(layout, missing.number, layout.frame.left, layout.y, TYPE.bodyBold);
    drawLines(layout, lines, TYPE.body, { x: layout.frame.left + 36, after: 2 });
  }
}

/** The verdict, why it is what it is, the red flags, the section scores and how complete the answers are. */
export function drawSummary(context: PartContext): void {
  const { layout, input } = context;
  const { result, questionnaire } = input;
  writeHeading(layout, 'Summary', TYPE.h1, { after: 10 });
  drawVerdict(layout, result);
  const notice = cappedNotice(result);
  if (notice) {
    moveDown(layout, 6);
    drawPanel(
      layout,
      [
        {
          lines: notice.split('\n').flatMap((line) => wrapFor(layout.doc, TYPE.bodyBold, line, layout.frame.width - PAD * 2 - 4)),
          style: TYPE.bodyBold,
          after: 0,
        },
      ],
      {
        tint: COLOR.dangerPanel,
        bar: COLOR.danger,
      },
    );
  }
  drawRedFlags(layout, result.redFlags);
  const chart = prepareScoreChart(layout, result.sections, questionnaire.bands);
  // Heading, intro and chart together, when the chart fits on a page at all.
  const fitsOnAPage = chart.height + 60 < layout.frame.bottom - layout.frame.top;
  writeHeading(layout, 'Scores by section', TYPE.h2, { before: 14, keep: fitsOnAPage ? chart.height + 28 : 120 });
  writeText(layout, 'Each section’s score out of 100, over the bands of the overall score.', TYPE.small, { after: 6 });
  drawScoreChart(layout, chart);
  drawCompleteness(layout, result);
}
