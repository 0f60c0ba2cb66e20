import type { Question, Questionnaire } from '../questionnaire/model.ts';
import { describeCondition } from '../questionnaire/describe-condition.ts';
import { richTextToPlain } from '../questionnaire/rich-text.ts';
import { ensureSpace, type Layout } from './page-layout.ts';
import { drawAt, drawLines, wrapFor } from './text-block.ts';
import { COLOR, lineHeight, TYPE, type TextStyle } from './theme.ts';

/** Larger than the report's body: a form is read at arm's length and written on. */
export const BLANK_TYPE = {
  question: { size: 10.5, bold: true },
  number: { size: 10.5, bold: true, color: COLOR.accent },
  option: { size: 10 },
  hint: { size: 8.5, color: COLOR.muted },
  help: { size: 9, color: COLOR.muted },
  label: TYPE.label,
} as const satisfies Record<string, TextStyle>;

const NUMBER_WIDTH = 34;
const BOX = 9;
const BOX_GAP = 7;
const QUESTION_GAP = 16;
/** Room for one line of handwriting. */
export const WRITING_LINE = 21;

/** Something drawn from the cursor down that takes exactly `height` points (or breaks pages itself, when taller than one). */
export interface Item {
  height: number;
  draw: () => void;
}

function textItem(layout: Layout, text: string, style: TextStyle, x: number, after: number): Item {
  const lines = wrapFor(layout.doc, style, text, layout.frame.right - x);
  return { height: lines.length * lineHeight(style.size) + after, draw: () => drawLines(layout, lines, style, { x, after }) };
}

/** A drawn square to tick: a character would depend on the font having one. */
export function drawBox(layout: Layout, x: number, top: number, size = BOX): void {
  layout.doc.setDrawColor(...COLOR.text);
  layout.doc.setLineWidth(0.8);
  layout.doc.rect(x, top, size, size, 'S');
}

function optionHint(option: Question['options'][number]): string | null {
  if (option.exclusive) return 'Tick this one alone: it cannot be combined with other answers.';
  if (option.requiresReason) return 'If you tick this, say why in the space for a reason below.';
  return null;
}

function boxItem(layout: Layout, label: string, hint: string | null, x: number): Item {
  const { doc, frame } = layout;
  const textX = x + BOX + BOX_GAP;
  const lines = wrapFor(doc, BLANK_TYPE.option, label, frame.right - textX);
  const hintLines = hint ? wrapFor(doc, BLANK_TYPE.hint, hint, frame.right - textX) : [];
  const height = lines.length * lineHeight(BLANK_TYPE.option.size) + hintLines.length * lineHeight(BLANK_TYPE.hint.size) + 6;
  return {
    height,
    draw: () => {
      drawBox(layout, x, layout.y + (lineHeight(BLANK_TYPE.option.size) - BOX) / 2);
      drawLines(layout, lines, BLANK_TYPE.option, { x: textX });
      if (hintLines.length > 0) drawLines(layout, hintLines, BLANK_TYPE.hint, { x: textX });
      layout.y += 6;
    },
  };
}

/** A label and ruled lines to write on, kept together. */
export function writingItem(layout: Layout, label: string, lines: number, x: number): Item {
  const labelLines = wrapFor(layout.doc, BLANK_TYPE.label, label, layout.frame.right - x);
  const labelHeight = labelLines.length * lineHeight(BLANK_TYPE.label.size);
  return {
    height: labelHeight + lines * WRITING_LINE + 6,
    draw: () => {
      const { doc, frame } = layout;
      drawLines(layout, labelLines, BLANK_TYPE.label, { x });
      doc.setDrawColor(...COLOR.faint);
      doc.setLineWidth(0.5);
      for (let line = 1; line <= lines; line += 1) doc.line(x, layout.y + line * WRITING_LINE, frame.right, layout.y + line * WRITING_LINE);
      layout.y += lines * WRITING_LINE + 6;
    },
  };
}

function instruction(question: Question): string {
  const what = question.kind === 'text' ? 'Write your answer' : question.kind === 'multiple' ? 'Tick all that apply' : 'Tick one box';
  return [what, question.required ? null : 'optional'].filter(Boolean).join(' · ');
}

function notesLabel(question: Question): string {
  if (question.evidence === 'required') return 'Notes or evidence (needed for this question)';
  if (question.evidence === 'optional') return 'Notes or evidence (optional)';
  return 'Notes';
}

/** The pieces of one question, top to bottom, each measured before it is drawn. */
function questionItems(layout: Layout, questionnaire: Questionnaire, question: Question): Item[] {
  const x = layout.frame.left + NUMBER_WIDTH;
  const items: Item[] = [];
  const head = textItem(layout, question.text, BLANK_TYPE.question, x, 2);
  items.push({
    height: head.height,
    draw: () => {
      drawAt(layout, question.number, layout.frame.left, layout.y, BLANK_TYPE.number);
      head.draw();
    },
  });
  if (question.visibleWhen) {
    items.push(textItem(layout, `Only if ${describeCondition(questionnaire, question.visibleWhen)}.`, BLANK_TYPE.hint, x, 1));
  }
  items.push(textItem(layout, instruction(question), { ...BLANK_TYPE.label, color: COLOR.accent }, x, 3));
  if (question.help) items.push(textItem(layout, richTextToPlain(question.help), BLANK_TYPE.help, x, 5));
  for (const option of question.options) items.push(boxItem(layout, option.label, optionHint(option), x));
  if (question.kind === 'text') items.push(writingItem(layout, 'Your answer', question.multiline ? 4 : 2, x));
  if (question.options.some((option) => option.requiresReason))
    items.push(writingItem(layout, 'Reason, if a ticked box asks for one', 2, x));
  if (question.notApplicable) {
    items.push(boxItem(layout, 'Not applicable to this product', null, x));
    items.push(writingItem(layout, 'Why it does not apply', 2, x));
  }
  items.push(writingItem(layout, notesLabel(question), question.evidence === 'required' ? 3 : 2, x));
  return items;
}

/**
 * Draws items so that a block that fits on a page is never split, and one
 * too tall for a page breaks only between its items (a box stays beside its
 * label, a label above its lines).
 */
export function placeTogether(layout: Layout, items: readonly Item[], after: number): void {
  const room = layout.frame.bottom - layout.frame.top;
  const total = items.reduce((sum, item) => sum + item.height, 0);
  ensureSpace(layout, total <= room ? total : Math.min(room, (items[0]?.height ?? 0) + (items[1]?.height ?? 0)));
  for (const item of items) {
    if (item.height <= room) ensureSpace(layout, item.height);
    item.draw();
  }
  layout.y += after;
}

/** How tall a question is drawn, for a section heading to keep its first question with it. */
export function blankQuestionHeight(layout: Layout, questionnaire: Questionnaire, question: Question): number {
  return questionItems(layout, questionnaire, question).reduce((sum, item) => sum + item.height, 0);
}

/** One question as a form to fill in by hand: text, help, a box per option, and space to write. */
export function drawBlankQuestion(layout: Layout, questionnaire: Questionnaire, question: Question): void {
  // The ruled lines already close a question: a gap, not another rule, separates it from the next.
  placeTogether(layout, questionItems(layout, questionnaire, question), QUESTION_GAP);
}
