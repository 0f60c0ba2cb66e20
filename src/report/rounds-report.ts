import { jsPDF } from 'jspdf';
import type { ActionChange, FlagChange } from '../compare/answer-changes.ts';
import { compareRounds, type RoundStep, type RoundsComparison } from '../compare/rounds-compare.ts';
import { canonicalJson, sha256Hex } from '../questionnaire/hash.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Assessment } from '../storage/assessment.ts';
import { writeFields } from './field-list.ts';
import { formatDateTime, formatIsoDate } from './format-date.ts';
import { ensureSpace, frameFor, newPage, type Layout } from './page-layout.ts';
import { drawPageFurniture } from './page-furniture.ts';
import { registerFonts } from './register-fonts.ts';
import { SHORT_FINGERPRINT_LENGTH } from './report-fingerprint.ts';
import type { Paper, ReportDeps } from './report-types.ts';
import { drawAt, drawLines, drawRule, wrapFor, writeBullets, writeHeading, writeText } from './text-block.ts';
import { BAND_TINTS, COLOR, lineHeight, TYPE, type Rgb } from './theme.ts';

export const ROUNDS_REPORT_KIND = 'Rounds compared';

/** What the rounds PDF is made from: the assessments (in any order) and the questionnaire they are all read on. */
export interface RoundsReportInput {
  questionnaire: Questionnaire;
  assessments: Assessment[];
  generatedAt: Date;
  timeZone: string;
  paper?: Paper;
}

const scoreText = (score: number | null) => (score === null ? '—' : String(score));

function move(before: number | null, after: number | null): string {
  if (before === null || after === null) return '';
  const difference = after - before;
  return difference === 0 ? 'no change' : difference > 0 ? `up ${difference}` : `down ${-difference}`;
}

/** A grid of short cells: a header row, then rows, each column its share of the width; long cells wrap. */
function drawGrid(layout: Layout, header: readonly string[], rows: readonly (readonly string[])[], firstWidth: number): void {
  const { doc, frame } = layout;
  const rest = (frame.width - firstWidth) / Math.max(1, header.length - 1);
  const widths = header.map((_, index) => (index === 0 ? firstWidth : rest));
  const xs = widths.map((_, index) => frame.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const drawRow = (cells: readonly string[], bold: boolean) => {
    const style = bold ? { ...TYPE.label, color: COLOR.text } : TYPE.body;
    const wrapped = cells.map((cell, index) => wrapFor(doc, style, cell, (widths[index] ?? rest) - 6));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight(style.size) + 6;
    ensureSpace(layout, height);
    wrapped.forEach((lines, index) =>
      lines.forEach((line, at) => drawAt(layout, line, xs[index] ?? frame.left, layout.y + 3 + at * lineHeight(style.size), style)),
    );
    layout.y += height;
    drawRule(layout, { after: 0, width: 0.4 });
  };
  drawRow(header, true);
  for (const row of rows) drawRow(row, false);
  layout.y += 8;
}

const SERIES: readonly Rgb[] = [
  [29, 78, 137],
  [11, 110, 58],
  [138, 90, 0],
  [107, 44, 145],
  [176, 32, 38],
  [90, 100, 112],
];

/** The overall score (thick, dark) and each section's over the rounds, on the band zones. */
function drawChart(layout: Layout, comparison: RoundsComparison, questionnaire: Questionnaire): void {
  const { doc, frame } = layout;
  const height = 150;
  const legendWidth = 150;
  ensureSpace(layout, height + 30);
  const left = frame.left + 24;
  const width = frame.width - 24 - legendWidth;
  const top = layout.y;
  const y = (score: number) => top + height * (1 - score / 100);
  const count = comparison.rounds.length;
  const x = (index: number) => left + (count === 1 ? width / 2 : (width * index) / (count - 1));
  const bands = [...questionnaire.bands].sort((a, b) => a.from - b.from);
  bands.forEach((band, index) => {
    const upper = bands[index + 1]?.from ?? 100;
    doc.setFillColor(...(BAND_TINTS[index] ?? BAND_TINTS[0] ?? COLOR.panel));
    doc.rect(left, y(upper), width, y(band.from) - y(upper), 'F');
    drawAt(layout, String(band.from), left - 4, y(band.from) - 4, TYPE.small, 'right');
  });
  drawAt(layout, '100', left - 4, y(100) - 4, TYPE.small, 'right');
  const lines = [
    { title: 'Overall', values: comparison.rounds.map((round) => round.score), color: COLOR.text as Rgb, width: 2.2 },
    ...comparison.sections.map((section, index) => ({
      title: `${section.number}. ${section.title}`,
      values: section.points.map((point) => point.score),
      color: SERIES[index % SERIES.length] ?? COLOR.accent,
      width: 1.2,
    })),
  ];
  lines.forEach((line, lineIndex) => {
    doc.setDrawColor(...line.color);
    doc.setFillColor(...line.color);
    doc.setLineWidth(line.width);
    line.values.forEach((value, index) => {
      const previous = line.values[index - 1];
      if (value === null) return;
      if (index > 0 && previous !== null && previous !== undefined) doc.line(x(index - 1), y(previous), x(index), y(value));
      doc.circle(x(index), y(value), line.width + 0.8, 'F');
    });
    const legendY = top + lineIndex * 13;
    doc.line(frame.right - legendWidth + 10, legendY + 5, frame.right - legendWidth + 24, legendY + 5);
    const label = wrapFor(doc, TYPE.small, line.title, legendWidth - 30)[0] ?? '';
    drawAt(layout, label, frame.right - legendWidth + 28, legendY, { ...TYPE.small, color: COLOR.text });
  });
  comparison.rounds.forEach((round, index) => drawAt(layout, round.label, x(index), top + height + 8, TYPE.small, 'center'));
  layout.y = top + height + 28;
}

function changeItems(items: readonly (ActionChange | FlagChange)[]): string[] {
  return items.map((item) =>
    'how' in item ? `${item.label}: ${item.how}.` : `${item.label} (${item.severity === 'blocking' ? 'blocking' : 'must-have not met'})`,
  );
}

function drawList(layout: Layout, title: string, items: readonly string[], empty: string): void {
  writeHeading(layout, `${title} (${items.length})`, TYPE.h3, { before: 8, after: 3, keep: 24 });
  if (items.length === 0) writeText(layout, empty, { ...TYPE.body, color: COLOR.muted }, { after: 2 });
  else writeBullets(layout, items, TYPE.body, { gap: 2 });
}

function drawStep(layout: Layout, step: RoundStep): void {
  const { from, to } = step;
  writeHeading(layout, `From ${from.label} to ${to.label}`, TYPE.h1, { before: 6, after: 2, keep: 80 });
  writeText(layout, `${formatIsoDate(from.date)} to ${formatIsoDate(to.date)}`, TYPE.small, { after: 8 });
  writeFields(layout, [
    {
      label: 'Overall score',
      value: `${scoreText(step.score.before)} → ${scoreText(step.score.after)}${move(step.score.before, step.score.after) ? ` (${move(step.score.before, step.score.after)})` : ''}`,
    },
    { label: 'Verdict', value: `${step.band.before ?? 'none'} → ${step.band.after ?? 'none'}` },
  ]);
  layout.y += 4;
  drawGrid(
    layout,
    ['Section', from.label, to.label, 'Change'],
    step.sections.map((section) => [
      section.title,
      scoreText(section.before),
      scoreText(section.after),
      move(section.before, section.after) || '—',
    ]),
    200,
  );
  writeHeading(layout, `Answers changed (${step.answers.length})`, TYPE.h3, { before: 4, after: 3, keep: 40 });
  if (step.answers.length === 0) writeText(layout, 'No answer changed.', { ...TYPE.body, color: COLOR.muted }, { after: 2 });
  writeFields(
    layout,
    step.answers.map((change) => ({ label: change.number, value: `${change.text}\nWas: ${change.before}\nNow: ${change.after}` })),
    { labelWidth: 40, gap: 6 },
  );
  drawList(layout, 'Actions closed', changeItems(step.actionsClosed), 'No action was closed.');
  drawList(layout, 'Actions opened', changeItems(step.actionsOpened), 'No action was opened.');
  drawList(layout, 'Red flags raised', changeItems(step.flagsRaised), 'No red flag was raised.');
  drawList(layout, 'Red flags cleared', changeItems(step.flagsCleared), 'No red flag was cleared.');
}

/** What was compared, for the footer: the same assessments give the same fingerprint. */
async function comparedFingerprint(comparison: RoundsComparison): Promise<string> {
  const rounds = comparison.rounds.map((round) => ({
    id: round.id,
    date: round.date,
    answers: round.assessment.answers,
    actionPlan: round.assessment.actionPlan,
  }));
  return sha256Hex(canonicalJson(rounds));
}

/**
 * The comparison of rounds as a PDF, in the report's fonts, page layout and
 * furniture: the score and band of each section in each round (a chart and
 * its table), then from each round to the next the answers changed, the
 * actions closed and opened and the red flags raised and cleared. Data in,
 * bytes out: the same input gives the same bytes.
 */
export async function buildRoundsReport(input: RoundsReportInput, deps: ReportDeps): Promise<Uint8Array> {
  const { questionnaire, generatedAt } = input;
  const comparison = compareRounds(questionnaire, input.assessments);
  const latest = comparison.rounds.at(-1);
  if (!latest) throw new Error('Choose at least one assessment to compare.');
  const project = latest.project;
  const fingerprint = await comparedFingerprint(comparison);
  const paper = input.paper ?? 'a4';
  const frame = frameFor(paper);
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, deps.fonts);
  doc.setCreationDate(generatedAt);
  doc.setFileId(fingerprint.slice(0, 32).toUpperCase());
  const title = `${ROUNDS_REPORT_KIND}: ${project}`;
  doc.setProperties({ title, subject: `${questionnaire.title} (${questionnaire.id}@${questionnaire.version})`, creator: 'Oversight' });
  doc.setLanguage(questionnaire.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.viewerPreferences({ DisplayDocTitle: true });
  const layout: Layout = { doc, frame, y: 48 };

  doc.setFillColor(...COLOR.accent);
  doc.rect(0, 0, frame.pageWidth, 8, 'F');
  drawLines(layout, [ROUNDS_REPORT_KIND.toUpperCase()], { ...TYPE.label, color: COLOR.accent, size: 9 }, { after: 10 });
  writeText(layout, project, { ...TYPE.title, size: 20 }, { after: 4 });
  writeText(
    layout,
    `${comparison.rounds.length} rounds of ${questionnaire.title}, each scored on version ${questionnaire.version}. Made with Oversight on ${formatDateTime(generatedAt, input.timeZone)}.`,
    { size: 10, color: COLOR.muted },
    { after: 12 },
  );
  writeFields(
    layout,
    comparison.rounds.map((round) => ({
      label: round.label,
      value: `${formatIsoDate(round.date)} · ${round.project} · answered on version ${round.version} · score ${scoreText(round.score)}${round.band ? `, ${round.band}` : ''}${round.isDraft ? ' (draft: some questions unanswered)' : ''}`,
    })),
  );
  writeHeading(layout, 'Scores over time', TYPE.h1, { before: 12, after: 8, keep: 200 });
  drawChart(layout, comparison, questionnaire);
  drawGrid(
    layout,
    ['Section', ...comparison.rounds.map((round) => round.label)],
    [
      ['Overall', ...comparison.rounds.map((round) => `${scoreText(round.score)}${round.band ? ` ${round.band}` : ''}`)],
      ...comparison.sections.map((section) => [
        `${section.number}. ${section.title}`,
        ...section.points.map((point) => `${scoreText(point.score)}${point.band ? ` ${point.band}` : ''}`),
      ]),
    ],
    150,
  );
  for (const step of [...comparison.steps].reverse()) {
    newPage(layout);
    drawStep(layout, step);
  }
  drawPageFurniture(doc, frame, {
    project,
    questionnaire: `${questionnaire.id}@${questionnaire.version}`,
    shortFingerprint: fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH),
    status: { text: `${comparison.rounds.length} rounds`, draft: false },
    reportTitle: title,
  });
  return new Uint8Array(doc.output('arraybuffer'));
}
