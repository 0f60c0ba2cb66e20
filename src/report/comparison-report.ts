import { jsPDF } from 'jspdf';
import { compareAnswerSets, type Comparison } from '../compare/compare-answer-sets.ts';
import { disagreementWords } from '../compare/comparison-csv.ts';
import type { QuestionAgreement } from '../compare/question-agreement.ts';
import type { SectionRange } from '../compare/section-scores.ts';
import type { Answers } from '../questionnaire/answers.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { formatDateTime } from './format-date.ts';
import { fitted } from './page-furniture.ts';
import { ensureSpace, frameFor, type Frame, type Layout } from './page-layout.ts';
import type { Paper, ReportDeps } from './report-types.ts';
import { registerFonts } from './register-fonts.ts';
import { applyStyle, drawAt, drawLines, drawRule, wrapFor, writeBullets, writeHeading, writeText } from './text-block.ts';
import { COLOR, lineHeight, TYPE, type TextStyle } from './theme.ts';
import { clipText } from '../questionnaire/wording.ts';

export const COMPARISON_KIND = 'Comparison of answers';

/** One respondent as the comparison PDF needs them: answers already fitted to the questionnaire. */
export interface ComparisonRespondent {
  name: string;
  answers: Answers;
  /** Where the answers came from and what could not be matched, in words: "from the file ada.json; 2 answers not matched". */
  origin: string;
}

export interface ComparisonReportInput {
  questionnaire: Questionnaire;
  respondents: ComparisonRespondent[];
  generatedAt: Date;
  timeZone: string;
  paper?: Paper;
}

// Long typed answers would make the PDF a transcript; the CSV keeps them whole.
const MAX_TEXT_ANSWER = 400;
const SCORE_COLUMN = 46;
const RANGE_COLUMN = 46;
const COLUMNS_PER_TABLE = 6;
const MARK: TextStyle = { size: 8.5, bold: true, color: COLOR.danger };

function names(comparison: Comparison, indexes: readonly number[]): string {
  return indexes.map((index) => comparison.respondents[index] ?? '').join(', ');
}

/** "In place (2): Ada, Cai", then "Not applicable (1): Ben": who answered what, in option order. */
export function answerLines(comparison: Comparison, question: QuestionAgreement): string[] {
  const who = (status: string) => question.cells.flatMap((cell, index) => (cell.status === status ? [index] : []));
  const lines =
    question.kind === 'text'
      ? question.cells.flatMap((cell, index) =>
          cell.status === 'answered' ? [`${comparison.respondents[index] ?? ''}: ${clipText(cell.labels.join(' '), MAX_TEXT_ANSWER)}`] : [],
        )
      : question.options
          .filter((option) => option.count > 0)
          .map((option) => `${option.label} (${option.count}): ${names(comparison, option.respondents)}`);
  const rest: [string, string][] = [
    ['Not applicable', 'not-applicable'],
    ['Not answered', 'unanswered'],
    ['Not asked', 'hidden'],
  ];
  for (const [label, status] of rest) {
    const indexes = who(status);
    if (indexes.length > 0) lines.push(`${label} (${indexes.length}): ${names(comparison, indexes)}`);
  }
  return lines;
}

function gradingText(question: QuestionAgreement): string {
  if (question.grading === null) return '';
  const what = question.mustHaveName
    ? `Must-have: ${question.mustHaveName}`
    : question.grading === 'critical'
      ? 'Blocking question'
      : 'Must-have';
  const minimum = question.minimumLabel ? ` (at least “${question.minimumLabel}”)` : '';
  const blocking = question.grading === 'critical' && question.mustHaveName ? ', blocking' : '';
  return `${what}${minimum}${blocking}`;
}

function writeQuestion(layout: Layout, comparison: Comparison, question: QuestionAgreement, prefix = ''): void {
  const { doc, frame } = layout;
  const heading = wrapFor(doc, TYPE.bodyBold, `${prefix}${question.number}  ${question.text}`, frame.width);
  const lines = answerLines(comparison, question);
  ensureSpace(layout, (heading.length + Math.min(lines.length, 2) + 1) * lineHeight(TYPE.body.size));
  drawLines(layout, heading, TYPE.bodyBold, { after: 1 });
  const facts = [gradingText(question), `weight ${question.weight}`].filter(Boolean).join(' · ');
  writeText(layout, facts, TYPE.small, { after: 1 });
  const mark = disagreementWords(question);
  if (mark) writeText(layout, `Disagreement: ${mark}`, MARK, { after: 1 });
  writeBullets(layout, lines.length > 0 ? lines : ['Nobody answered.'], TYPE.body, { gap: 0.5 });
  layout.y += 7;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out.length > 0 ? out : [[]];
}

function scoreText(score: number | null): string {
  return score === null ? '–' : String(score);
}

/** Section scores as a table: a column per respondent (six to a table), and the range last. */
function writeSectionTable(layout: Layout, comparison: Comparison): void {
  const { doc, frame } = layout;
  const rows: { title: string; range: SectionRange | Comparison['overall'] }[] = [
    ...comparison.sections.map((section) => ({ title: `${section.number}. ${section.title}`, range: section })),
    { title: 'Overall', range: comparison.overall },
  ];
  const indexes = comparison.respondents.map((_, index) => index);
  // Every table as wide as the first, so the columns line up from one to the next.
  const titleWidth = frame.width - Math.min(indexes.length, COLUMNS_PER_TABLE) * SCORE_COLUMN - RANGE_COLUMN;
  for (const group of chunks(indexes, COLUMNS_PER_TABLE)) {
    const rangeX = frame.left + titleWidth + group.length * SCORE_COLUMN + RANGE_COLUMN;
    const columnX = (column: number) => frame.left + titleWidth + (column + 1) * SCORE_COLUMN;
    const headers = group.map((index) => wrapFor(doc, TYPE.label, comparison.respondents[index] ?? '', SCORE_COLUMN - 4).slice(0, 2));
    const headerHeight = Math.max(1, ...headers.map((lines) => lines.length)) * lineHeight(TYPE.label.size);
    ensureSpace(layout, headerHeight + 3 * lineHeight(TYPE.body.size));
    drawAt(layout, 'Section', frame.left, layout.y, TYPE.label);
    headers.forEach((lines, column) =>
      lines.forEach((line, row) =>
        drawAt(layout, line, columnX(column), layout.y + row * lineHeight(TYPE.label.size), TYPE.label, 'right'),
      ),
    );
    drawAt(layout, 'Range', rangeX, layout.y, TYPE.label, 'right');
    layout.y += headerHeight + 2;
    drawRule(layout, { after: 3 });
    for (const row of rows) {
      const title = wrapFor(doc, row.title === 'Overall' ? TYPE.bodyBold : TYPE.body, row.title, titleWidth - 8);
      const height = title.length * lineHeight(TYPE.body.size);
      ensureSpace(layout, height + 3);
      const top = layout.y;
      group.forEach((index, column) =>
        drawAt(layout, scoreText(row.range.scores[index] ?? null), columnX(column), top, TYPE.body, 'right'),
      );
      const wide = (row.range.range ?? 0) >= 25;
      drawAt(layout, scoreText(row.range.range), rangeX, top, wide ? { ...TYPE.bodyBold, color: COLOR.danger } : TYPE.bodyBold, 'right');
      drawLines(layout, title, row.title === 'Overall' ? TYPE.bodyBold : TYPE.body, { after: 2 });
      doc.setDrawColor(...COLOR.rule);
      doc.setLineWidth(0.3);
      doc.line(frame.left, layout.y, frame.right, layout.y);
      layout.y += 3;
    }
    layout.y += 10;
  }
}

function drawFurniture(doc: jsPDF, frame: Frame, title: string): void {
  const pages = doc.getNumberOfPages();
  const left = fitted(doc, title, frame.width * 0.75);
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const rule = frame.pageHeight - 46;
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.5);
    doc.line(frame.left, rule, frame.right, rule);
    applyStyle(doc, TYPE.furniture);
    doc.text(left, frame.left, rule + 12);
    doc.text(`Page ${page} of ${pages}`, frame.right, rule + 12, { align: 'right' });
  }
}

/**
 * The comparison of several respondents' answers as a PDF: who took part,
 * "Discuss these first", the section scores side by side and every question
 * with who answered what. Data in, bytes out, in the report's fonts and
 * layout; it is a working paper for a workshop, so it carries no fingerprint.
 */
export function buildComparisonReport(input: ComparisonReportInput, deps: ReportDeps): Uint8Array {
  const { questionnaire } = input;
  const comparison = compareAnswerSets(questionnaire, input.respondents);
  const paper = input.paper ?? 'a4';
  const frame = { ...frameFor(paper), top: 48 };
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, deps.fonts);
  doc.setCreationDate(input.generatedAt);
  const title = `${COMPARISON_KIND}: ${questionnaire.title}`;
  doc.setProperties({ title, subject: `${questionnaire.title} (${questionnaire.id}@${questionnaire.version})`, creator: 'Oversight' });
  doc.setLanguage(questionnaire.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setFillColor(...COLOR.accent);
  doc.rect(0, 0, frame.pageWidth, 8, 'F');
  const layout: Layout = { doc, frame, y: 48 };
  drawLines(layout, [COMPARISON_KIND.toUpperCase()], { ...TYPE.label, color: COLOR.accent, size: 9 }, { after: 10 });
  writeText(layout, `${questionnaire.title}, version ${questionnaire.version}`, { ...TYPE.title, size: 20 }, { after: 6 });
  const count = comparison.respondents.length;
  writeText(
    layout,
    `${count} ${count === 1 ? 'respondent' : 'respondents'} compared on ${formatDateTime(input.generatedAt, input.timeZone)}. ` +
      `They disagree on ${comparison.disagreements} of ${comparison.questions.length} questions: answers two or more steps apart ` +
      'on the scale, or some meeting a must-have and some not.',
    TYPE.body,
    { after: 12 },
  );
  writeHeading(layout, 'Respondents', TYPE.h2, { after: 4 });
  writeBullets(
    layout,
    input.respondents.map((respondent) => `${respondent.name}: ${respondent.origin}`),
    TYPE.body,
  );
  layout.y += 10;
  writeHeading(layout, 'Discuss these first', TYPE.h2, { after: 2, keep: 80 });
  if (comparison.discussFirst.length === 0) writeText(layout, 'The respondents agree on every question.', TYPE.body, { after: 10 });
  else {
    writeText(layout, 'Must-haves split between respondents first, then the widest disagreements on the heaviest questions.', TYPE.small, {
      after: 6,
    });
    comparison.discussFirst.forEach((question, index) => writeQuestion(layout, comparison, question, `${index + 1}. Question `));
  }
  writeHeading(layout, 'Scores by section', TYPE.h2, { before: 8, after: 6, keep: 80 });
  writeSectionTable(layout, comparison);
  writeHeading(layout, 'Every question', TYPE.h2, { before: 8, after: 6, keep: 80 });
  for (const section of questionnaire.sections) {
    writeHeading(layout, `${section.number}. ${section.title}`, TYPE.h3, { before: 4, after: 4, keep: 60 });
    for (const question of comparison.questions.filter((entry) => entry.sectionId === section.id)) {
      writeQuestion(layout, comparison, question);
    }
  }
  drawFurniture(doc, frame, `${title} · made with Oversight`);
  return new Uint8Array(doc.output('arraybuffer'));
}
