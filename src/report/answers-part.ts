import { describeAnswer } from '../questionnaire/describe-answer.ts';
import type { Question, Questionnaire, Section } from '../questionnaire/model.ts';
import { roundScore } from '../scoring/round-score.ts';
import type { QuestionResult, SectionResult } from '../scoring/types.ts';
import type { Assessment } from '../storage/assessment.ts';
import type { ContentsEntry } from './cover.ts';
import { currentPage, ensureSpace, moveDown, type Layout } from './page-layout.ts';
import { plural } from '../questionnaire/wording.ts';
import { formatPoints, type PartContext } from './part-context.ts';
import { drawAt, drawLines, wrapFor, writeHeading, writeText } from './text-block.ts';
import { COLOR, lineHeight, TYPE, type TextStyle } from './theme.ts';

const NUMBER_WIDTH = 34;
const SCORE_WIDTH = 92;
const LABEL_WIDTH = 96;

interface Row {
  label: string;
  value: string;
  style: TextStyle;
}

function answerRows(question: Question, assessment: Assessment): Row[] {
  const answer = assessment.answers[question.id];
  const description = describeAnswer(question, answer);
  const rows: Row[] = [];
  if (description.kind === 'unanswered') {
    rows.push({
      label: 'Answer',
      value: question.required ? 'Not answered' : 'Not answered (optional)',
      style: { ...TYPE.bodyBold, color: COLOR.danger },
    });
  } else if (description.kind === 'not-applicable') {
    rows.push({ label: 'Answer', value: 'Not applicable', style: TYPE.body });
    rows.push({
      label: 'Why it does not apply',
      value: description.justification || 'No reason given',
      style: description.justification ? TYPE.body : { ...TYPE.body, color: COLOR.muted },
    });
  } else {
    rows.push({ label: 'Answer', value: description.text, style: TYPE.body });
    if (description.reason !== null) {
      rows.push({
        label: 'Reason given',
        value: description.reason || 'No reason given',
        style: description.reason ? TYPE.body : { ...TYPE.body, color: COLOR.muted },
      });
    }
  }
  const notes = answer?.notes?.trim();
  if (notes) rows.push({ label: 'Notes or evidence', value: notes, style: TYPE.body });
  return rows;
}

function scoreLines(result: QuestionResult | undefined, flagged: boolean): Array<[string, TextStyle]> {
  const lines: Array<[string, TextStyle]> = [];
  if (!result || result.status === 'unscored') lines.push(['Not scored', TYPE.small]);
  else if (result.status === 'not-applicable') lines.push(['Not counted', TYPE.small]);
  else {
    lines.push([`${formatPoints(result.points ?? 0)} of ${formatPoints(result.maxScore)} points`, { size: 8.5, bold: true }]);
    lines.push([`weight ${formatPoints(result.weight)}`, TYPE.small]);
  }
  if (flagged) lines.push(['Red flag', { ...TYPE.label, color: COLOR.danger }]);
  else if (result?.critical) lines.push(['Must-have', TYPE.small]);
  return lines;
}

interface Lookup {
  results: Map<string, QuestionResult>;
  flagged: Set<string>;
}

function drawQuestion(layout: Layout, question: Question, assessment: Assessment, lookup: Lookup): void {
  const { doc, frame } = layout;
  const textX = frame.left + NUMBER_WIDTH;
  const questionLines = wrapFor(doc, TYPE.bodyBold, question.text, frame.width - NUMBER_WIDTH - SCORE_WIDTH - 8);
  const rows = answerRows(question, assessment);
  const valueX = textX + LABEL_WIDTH;
  // Rows that start beside the score column (points, weight, red flag) wrap
  // short of it, so an answer never runs into those labels.
  const besideScore = frame.right - valueX - SCORE_WIDTH - 8;
  const firstRow = rows[0] ? wrapFor(doc, rows[0].style, rows[0].value, besideScore) : [];
  const score = scoreLines(lookup.results.get(question.id), lookup.flagged.has(question.id));
  const head = Math.max(
    questionLines.length * lineHeight(TYPE.body.size) + 4 + Math.min(firstRow.length, 2) * lineHeight(TYPE.body.size),
    score.length * lineHeight(8.5),
  );
  ensureSpace(layout, head + 8);
  const top = layout.y;
  const page = currentPage(layout);
  drawAt(layout, question.number, frame.left, top, { ...TYPE.bodyBold, color: COLOR.accent });
  score.forEach(([text, style], index) => drawAt(layout, text, frame.right, top + index * lineHeight(8.5), style, 'right'));
  drawLines(layout, questionLines, TYPE.bodyBold, { x: textX, after: 4 });
  const scoreBottom = top + score.length * lineHeight(8.5);
  for (const row of rows) {
    const nextToScore = currentPage(layout) === page && layout.y < scoreBottom;
    const lines = wrapFor(doc, row.style, row.value, nextToScore ? besideScore : frame.right - valueX);
    const labelLines = wrapFor(doc, TYPE.label, row.label, LABEL_WIDTH - 8);
    ensureSpace(layout, Math.min(lines.length, 2) * lineHeight(row.style.size));
    labelLines.forEach((line, index) => drawAt(layout, line, textX, layout.y + 1.2 + index * lineHeight(TYPE.label.size), TYPE.label));
    const rowTop = layout.y;
    const rowPage = currentPage(layout);
    drawLines(layout, lines, row.style, {
      x: valueX,
      after: 3,
      continued: `Question ${question.number}, ${row.label.toLowerCase()} (continued)`,
    });
    if (currentPage(layout) === rowPage) layout.y = Math.max(layout.y, rowTop + labelLines.length * lineHeight(TYPE.label.size) + 3);
  }
  if (currentPage(layout) === page) layout.y = Math.max(layout.y, scoreBottom);
  moveDown(layout, 5);
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.4);
  if (layout.y < frame.bottom - 2) doc.line(textX, layout.y, frame.right, layout.y);
  moveDown(layout, 8);
}

function drawSectionHeading(layout: Layout, section: Section, sectionResult: SectionResult | undefined): void {
  const { frame } = layout;
  const lines = wrapFor(layout.doc, TYPE.h2, `${section.number}. ${section.title}`, frame.width - 130);
  if (layout.y > frame.top) moveDown(layout, 10);
  ensureSpace(layout, lines.length * lineHeight(TYPE.h2.size) + 70);
  const top = layout.y;
  const score = sectionResult?.score ?? null;
  const scoreText = score === null ? 'Not scored' : `Section score ${roundScore(score)} / 100`;
  drawAt(
    layout,
    scoreText,
    frame.right,
    top + 2.5,
    { size: 9, bold: score !== null, color: score === null ? COLOR.muted : COLOR.text },
    'right',
  );
  drawLines(layout, lines, TYPE.h2, { after: 3 });
  layout.doc.setDrawColor(...COLOR.accent);
  layout.doc.setLineWidth(0.8);
  layout.doc.line(frame.left, layout.y, frame.right, layout.y);
  moveDown(layout, 10);
}

/** Numbers of the answered questions the other answers now hide. */
function hiddenAnswers(questionnaire: Questionnaire, assessment: Assessment, shown: Set<string>): string[] {
  return questionnaire.sections
    .flatMap((section) => section.questions)
    .filter((question) => !shown.has(question.id) && assessment.answers[question.id] !== undefined)
    .map((question) => question.number);
}

/**
 * Every question shown to the assessor, by section, with the answer, its
 * points, notes and "Not applicable" reasons; unanswered ones marked.
 * Answers to hidden questions are not printed, and that is said once.
 */
export function drawAnswers(context: PartContext): ContentsEntry[] {
  const { layout, input } = context;
  const { questionnaire, assessment, result } = input;
  const shown = new Set(result.questions.map((question) => question.id));
  const lookup: Lookup = {
    results: new Map(result.questions.map((question) => [question.id, question])),
    flagged: new Set(result.redFlags.map((flag) => flag.questionId)),
  };
  writeHeading(layout, 'Answers', TYPE.h1, { after: 6 });
  writeText(
    layout,
    'Every question shown to the assessor, in order, with the points each answer earned out of the most it could earn.',
    TYPE.body,
    { after: 4 },
  );
  const hidden = hiddenAnswers(questionnaire, assessment, shown);
  if (hidden.length > 0) {
    writeText(
      layout,
      `Left out: answers to ${plural(hidden.length, 'question')} (${hidden.join(', ')}) that other answers now hide. They are kept in the attached answers file but are not shown here and do not count.`,
      TYPE.small,
      { after: 4 },
    );
  }
  const sections: ContentsEntry[] = [];
  for (const section of questionnaire.sections) {
    const questions = section.questions.filter((question) => shown.has(question.id));
    if (questions.length === 0) continue;
    drawSectionHeading(
      layout,
      section,
      result.sections.find((entry) => entry.id === section.id),
    );
    // The heading keeps its first question with it, so the page it ends on is the section's page.
    sections.push({ title: `${section.number}. ${section.title}`, page: currentPage(layout) });
    for (const question of questions) drawQuestion(layout, question, assessment, lookup);
  }
  return sections;
}
