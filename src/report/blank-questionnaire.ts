import { jsPDF } from 'jspdf';
import type { Questionnaire, Section } from '../questionnaire/model.ts';
import { describeCondition } from '../questionnaire/describe-condition.ts';
import { richTextToPlain } from '../questionnaire/rich-text.ts';
import { BLANK_TYPE, blankQuestionHeight, drawBlankQuestion, placeTogether, writingItem, type Item } from './blank-question.ts';
import { currentPage, ensureSpace, frameFor, moveDown, type Layout } from './page-layout.ts';
import { drawPageFurniture } from './page-furniture.ts';
import { registerFonts } from './register-fonts.ts';
import type { Paper, ReportFonts } from './report-types.ts';
import { drawLines, writeBullets, writeText, wrapFor } from './text-block.ts';
import { COLOR, lineHeight, TYPE } from './theme.ts';

export const BLANK_KIND = 'Blank questionnaire';

export interface BlankQuestionnaireOptions {
  paper?: Paper;
  /** The PDF's creation date: the same questionnaire and date give the same bytes. */
  generatedAt: Date;
}

const HOW_TO = [
  '“Tick one box”: tick the single answer that fits best.',
  '“Tick all that apply”: tick every answer that is true today.',
  'Questions that begin “Only if” are asked only when an earlier answer says so: skip them otherwise.',
  'Use the notes under each question for evidence, names of documents, or anything to follow up.',
  'Type the answers into Oversight afterwards to get the score and the report.',
];

function drawCover(layout: Layout, questionnaire: Questionnaire): void {
  writeText(layout, BLANK_KIND.toUpperCase(), TYPE.label, { after: 6 });
  writeText(layout, questionnaire.title, TYPE.title, { after: 6 });
  writeText(
    layout,
    `Version ${questionnaire.version} · ${questionnaire.id}@${questionnaire.version} · about ${questionnaire.estimatedMinutes} minutes`,
    {
      ...TYPE.body,
      color: COLOR.muted,
    },
    { after: 10 },
  );
  writeText(layout, questionnaire.description, TYPE.body, { after: 12 });
  const x = layout.frame.left;
  const fields: Item[] = ['Project or product', 'Organisation', 'Filled in by (name and role)', 'Date'].map((label) =>
    writingItem(layout, label, 1, x),
  );
  placeTogether(layout, fields, 8);
  writeText(layout, 'How to fill it in', TYPE.h2, { after: 4 });
  writeBullets(layout, HOW_TO, TYPE.body);
  moveDown(layout, 14);
}

function sectionHeading(layout: Layout, questionnaire: Questionnaire, section: Section): Item[] {
  const { doc, frame } = layout;
  const title = wrapFor(doc, TYPE.h2, `${section.number}. ${section.title}`, frame.width);
  const notes = [
    section.visibleWhen ? `Only if ${describeCondition(questionnaire, section.visibleWhen)}: skip this section otherwise.` : null,
    section.intro ? richTextToPlain(section.intro) : null,
  ].filter((note): note is string => note !== null);
  const noteLines = notes.map((note) => wrapFor(doc, BLANK_TYPE.help, note, frame.width));
  const noteHeight = noteLines.reduce((sum, lines) => sum + lines.length * lineHeight(BLANK_TYPE.help.size) + 4, 0);
  return [
    {
      height: title.length * lineHeight(TYPE.h2.size) + 14,
      draw: () => {
        drawLines(layout, title, TYPE.h2, { after: 3 });
        doc.setDrawColor(...COLOR.accent);
        doc.setLineWidth(0.8);
        doc.line(frame.left, layout.y, frame.right, layout.y);
        layout.y += 11;
      },
    },
    {
      height: noteHeight + 4,
      draw: () => {
        noteLines.forEach((lines) => drawLines(layout, lines, BLANK_TYPE.help, { after: 4 }));
        layout.y += 4;
      },
    },
  ];
}

/**
 * Draws a questionnaire as a form to fill in by hand: a cover with room for
 * the project and who filled it in, then every section and question, each
 * option with a box to tick, help printed beside the question, and space to
 * write answers, reasons and notes. Every question is printed, conditional
 * ones marked "Only if…": on paper nobody can hide them. Same fonts, page
 * furniture and layout as the report; data in, bytes out.
 */
export function buildBlankQuestionnaire(questionnaire: Questionnaire, options: BlankQuestionnaireOptions, fonts: ReportFonts): Uint8Array {
  const paper = options.paper ?? 'a4';
  const frame = frameFor(paper);
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, fonts);
  doc.setCreationDate(options.generatedAt);
  // jsPDF would pick a random file identifier: the questionnaire's own hash keeps the bytes the same each time.
  doc.setFileId(questionnaire.contentHash.slice(0, 32).toUpperCase().padEnd(32, '0'));
  const layout: Layout = { doc, frame, y: frame.top };
  drawCover(layout, questionnaire);
  const outline: Array<{ title: string; page: number }> = [];
  for (const section of questionnaire.sections) {
    if (layout.y > frame.top) layout.y += 8;
    // A heading keeps at least its first question's opening lines below it.
    const heading = sectionHeading(layout, questionnaire, section);
    const headingHeight = heading.reduce((sum, item) => sum + item.height, 0);
    const first = section.questions[0];
    const keep = first ? blankQuestionHeight(layout, questionnaire, first) : 0;
    ensureSpace(layout, headingHeight + Math.min(keep, frame.bottom - frame.top - headingHeight));
    placeTogether(layout, heading, 0);
    outline.push({ title: `${section.number}. ${section.title}`, page: currentPage(layout) });
    for (const question of section.questions) drawBlankQuestion(layout, questionnaire, question);
  }
  const title = `${BLANK_KIND}: ${questionnaire.title}`;
  drawPageFurniture(doc, frame, {
    project: questionnaire.title,
    questionnaire: `${questionnaire.id}@${questionnaire.version}`,
    status: { text: `Version ${questionnaire.version}`, draft: false },
    reportTitle: title,
  });
  for (const entry of outline) doc.outline.add(null, entry.title, { pageNumber: entry.page });
  doc.setDocumentProperties({
    title,
    subject: `${questionnaire.title} (${questionnaire.id}@${questionnaire.version}), to fill in by hand`,
  });
  doc.setLanguage(questionnaire.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.viewerPreferences({ DisplayDocTitle: true });
  return new Uint8Array(doc.output('arraybuffer'));
}
