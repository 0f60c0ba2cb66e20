import { describeCounts } from '../questionnaire/answer-counts.ts';
import type { Band } from '../questionnaire/schema.ts';
import { roundScore } from '../scoring/round-score.ts';
import type { SectionResult } from '../scoring/types.ts';
import { currentPage, ensureSpace, type Layout } from './page-layout.ts';
import { plural } from '../questionnaire/wording.ts';
import { drawAt, wrapFor, writeText } from './text-block.ts';
import { BAND_TINTS, COLOR, lineHeight, TYPE, type Rgb } from './theme.ts';

const LABEL_WIDTH = 168;
const VALUE_WIDTH = 44;
const BAR_HEIGHT = 11;
const ROW_PADDING = 7;

interface Geometry {
  x: number;
  width: number;
}

function xOf(geometry: Geometry, score: number): number {
  return geometry.x + (geometry.width * Math.max(0, Math.min(100, score))) / 100;
}

function sortedBands(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => a.from - b.from);
}

function tint(index: number): Rgb {
  return BAND_TINTS[Math.min(index, BAND_TINTS.length - 1)] ?? COLOR.panel;
}

/** The band zones behind a stretch of rows, with the thresholds dashed. */
function drawZones(layout: Layout, geometry: Geometry, bands: readonly Band[], top: number, height: number): void {
  const { doc } = layout;
  sortedBands(bands).forEach((band, index) => {
    doc.setFillColor(...tint(index));
    doc.rect(xOf(geometry, band.from), top, xOf(geometry, band.to) - xOf(geometry, band.from), height, 'F');
  });
  doc.setDrawColor(...COLOR.muted);
  doc.setLineWidth(0.6);
  doc.setLineDashPattern([2, 2], 0);
  for (const band of sortedBands(bands).filter((entry) => entry.from > 0)) {
    doc.line(xOf(geometry, band.from), top, xOf(geometry, band.from), top + height);
  }
  doc.setLineDashPattern([], 0);
}

/** Band names over their zones, on up to two lines, shortened only if even that is too narrow. */
function drawBandNames(layout: Layout, geometry: Geometry, bands: readonly Band[]): void {
  const style = { size: 7, color: COLOR.muted };
  const names = sortedBands(bands).map((band) => {
    const width = Math.max(xOf(geometry, band.to) - xOf(geometry, band.from) - 4, 10);
    const lines = wrapFor(layout.doc, style, band.label, width);
    return { band, lines: lines.length <= 2 ? lines : [lines[0] ?? '', `${(lines[1] ?? '').trimEnd()}…`] };
  });
  const rows = Math.max(1, ...names.map((name) => name.lines.length));
  for (const { band, lines } of names) {
    const x = (xOf(geometry, band.from) + xOf(geometry, band.to)) / 2;
    const offset = (rows - lines.length) * lineHeight(style.size);
    lines.forEach((line, index) => drawAt(layout, line, x, layout.y + offset + index * lineHeight(style.size), style, 'center'));
  }
  layout.y += rows * lineHeight(style.size) + 2;
}

function drawAxis(layout: Layout, geometry: Geometry, bands: readonly Band[]): void {
  const ticks = [...new Set([0, ...sortedBands(bands).map((band) => band.from), 100])];
  const { doc } = layout;
  doc.setDrawColor(...COLOR.muted);
  doc.setLineWidth(0.6);
  doc.line(geometry.x, layout.y, geometry.x + geometry.width, layout.y);
  for (const tick of ticks) {
    doc.line(xOf(geometry, tick), layout.y, xOf(geometry, tick), layout.y + 3);
    drawAt(layout, String(tick), xOf(geometry, tick), layout.y + 4, { size: 7, color: COLOR.muted }, 'center');
  }
  layout.y += AXIS_HEIGHT;
}

function rowDetail(section: SectionResult): string {
  return `${describeCounts(section.counts)} · weight ${section.weight}`;
}

const LABEL_STYLE = { size: 8.5 };
const BAND_NAMES_HEIGHT = 2 * lineHeight(7) + 2;
const AXIS_HEIGHT = 16;

interface ChartRow {
  section: SectionResult;
  label: string[];
  height: number;
}

/** A chart measured before it is drawn, so that its heading can be kept with it. */
export interface ScoreChart {
  rows: ChartRow[];
  hidden: SectionResult[];
  bands: readonly Band[];
  /** Height of the whole chart, if it fits on one page. */
  height: number;
}

export function prepareScoreChart(layout: Layout, sections: readonly SectionResult[], bands: readonly Band[]): ScoreChart {
  const rows = sections
    .filter((section) => section.visible)
    .map((section) => {
      const label = wrapFor(layout.doc, LABEL_STYLE, `${section.number}. ${section.title}`, LABEL_WIDTH - 8);
      const height = Math.max(BAR_HEIGHT, label.length * lineHeight(LABEL_STYLE.size) + lineHeight(7)) + ROW_PADDING * 2;
      return { section, label, height };
    });
  const height = BAND_NAMES_HEIGHT + rows.reduce((sum, row) => sum + row.height, 0) + AXIS_HEIGHT;
  return { rows, hidden: sections.filter((section) => !section.visible), bands, height };
}

function drawRow(layout: Layout, geometry: Geometry, bands: readonly Band[], row: ChartRow): void {
  const { doc, frame } = layout;
  const { section, label, height } = row;
  const top = layout.y;
  drawZones(layout, geometry, bands, top, height);
  label.forEach((line, index) => drawAt(layout, line, frame.left, top + ROW_PADDING + index * lineHeight(LABEL_STYLE.size), LABEL_STYLE));
  drawAt(layout, rowDetail(section), frame.left, top + ROW_PADDING + label.length * lineHeight(LABEL_STYLE.size), {
    size: 7,
    color: COLOR.muted,
  });
  const barTop = top + ROW_PADDING + (lineHeight(LABEL_STYLE.size) - BAR_HEIGHT) / 2;
  if (section.score === null) {
    drawAt(layout, section.assessed ? 'Not scored' : 'Not assessed', geometry.x + 6, barTop + 1, { size: 8, color: COLOR.muted });
  } else {
    const score = roundScore(section.score);
    doc.setFillColor(...COLOR.accent);
    doc.rect(geometry.x, barTop, Math.max(xOf(geometry, score) - geometry.x, 0.8), BAR_HEIGHT, 'F');
    drawAt(layout, String(score), geometry.x + geometry.width + 8, barTop + 0.5, { size: 9.5, bold: true });
  }
  layout.y = top + height;
}

/**
 * Section scores as horizontal bars over the band zones, thresholds dashed,
 * each bar's rounded score beside it. Kept on one page when it fits; a
 * longer one carries on over page breaks with its band names repeated.
 */
export function drawScoreChart(layout: Layout, chart: ScoreChart): void {
  const { rows, bands } = chart;
  const geometry = { x: layout.frame.left + LABEL_WIDTH, width: layout.frame.width - LABEL_WIDTH - VALUE_WIDTH };
  ensureSpace(layout, Math.min(chart.height, BAND_NAMES_HEIGHT + (rows[0]?.height ?? 0) * 3));
  drawBandNames(layout, geometry, bands);
  let page = currentPage(layout);
  rows.forEach((row, index) => {
    // The last row keeps the axis with it.
    ensureSpace(layout, row.height + (index === rows.length - 1 ? AXIS_HEIGHT : 0));
    if (currentPage(layout) !== page) {
      page = currentPage(layout);
      drawBandNames(layout, geometry, bands);
    }
    drawRow(layout, geometry, bands, row);
  });
  drawAxis(layout, geometry, bands);
  if (chart.hidden.length > 0) {
    const names = chart.hidden.map((section) => `“${section.title}”`).join(', ');
    writeText(
      layout,
      `${plural(chart.hidden.length, 'section')} hidden by earlier answers, not shown and not counted: ${names}.`,
      TYPE.small,
    );
  }
}
