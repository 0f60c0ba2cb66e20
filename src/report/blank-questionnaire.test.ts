import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { loadQuestionnaireFile } from '../../scripts/load-questionnaire-file.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { richTextToPlain } from '../questionnaire/rich-text.ts';
import { buildQuestionnaire } from '../scoring/build-questionnaire.test-support.ts';
import { blankFileName, blankQuestionnaireTexts } from './blank-file-name.ts';
import { findUnsupportedCharacters } from './find-unsupported-characters.ts';
import { buildBlankQuestionnaire } from './blank-questionnaire.ts';
import { FOOTER_RULE_FROM_BOTTOM } from './page-furniture.ts';
import { frameFor } from './page-layout.ts';
import { flat, pdfInfo, pdfText, pdfWords, textCollisions } from './pdf.test-support.ts';
import type { Paper } from './report-types.ts';

const fonts = readReportFontFiles();

/** The drawing operators of every page, inflated: jsPDF compresses each stream with Flate. */
function pageContents(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)];
  return streams
    .map((match) => {
      try {
        return inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    })
    .join('\n');
}
const GENERATED_AT = new Date('2026-12-04T09:00:00.000Z');
const PAPERS: Paper[] = ['a4', 'letter'];

const file = (path: string) => loadQuestionnaireFile(fileURLToPath(new URL(path, import.meta.url)));
const QUESTIONNAIRES = {
  'launch-ethics': () => file('../../questions/launch-ethics.yaml'),
  'quick-check': () => file('../../questions/quick-check.yaml'),
  'long-section-test': () => file('../../e2e/questions/long-section-test.yaml'),
};

const LONG_WORDS =
  'Whether every automated decision about a person can be explained to them in plain words, reviewed by a named member of staff who can overturn it, and recorded with the reason given, ';

/** Questions, options and help far longer than any real questionnaire's. */
function longQuestionnaire(): Questionnaire {
  const options = [
    { value: 'a', score: 0, label: LONG_WORDS.repeat(2) },
    { value: 'b', score: 1, label: 'Partly, with exceptions', requiresReason: true },
    {
      value: 'c',
      score: 2,
      label: 'https://example.org/a/very/long/address/without/any/spaces/in/it/at/all/that/must/break/somewhere/sensible',
    },
  ];
  const questions = Array.from({ length: 14 }, (_, index) => ({
    id: `q${index}`,
    text: LONG_WORDS.repeat(1 + (index % 3)),
    options,
    notApplicable: index % 2 === 0,
  }));
  const base = buildQuestionnaire([
    { id: 'long', title: LONG_WORDS, questions },
    { id: 'notes', questions: [{ id: 'free', kind: 'text' }] },
  ]);
  const help = `${LONG_WORDS.repeat(12)}See [the guidance](https://example.org/guidance).`;
  return {
    ...base,
    sections: base.sections.map((section) => ({ ...section, questions: section.questions.map((question) => ({ ...question, help })) })),
  };
}

// pdftotext joins a word broken at a hyphen (a long address) without the hyphen: compare without white space or hyphens.
const squashed = (text: string) => text.replace(/[\s-]+/g, '');

function strings(questionnaire: Questionnaire): string[] {
  return questionnaire.sections.flatMap((section) => [
    section.title,
    ...section.questions.flatMap((question) => [
      question.text,
      ...question.options.map((option) => option.label),
      ...(question.help ? [richTextToPlain(question.help)] : []),
    ]),
  ]);
}

describe('the blank questionnaire', () => {
  it('is named after the questionnaire and its version', () => {
    expect(blankFileName({ id: 'launch-ethics', version: '2.1.0' })).toBe('launch-ethics-2.1.0-blank.pdf');
  });

  for (const [name, load] of Object.entries(QUESTIONNAIRES)) {
    for (const paper of PAPERS) {
      it(`prints every section, question, option and help text of ${name} on ${paper}, with no text running into other text`, async () => {
        const questionnaire = await load();
        const bytes = buildBlankQuestionnaire(questionnaire, { paper, generatedAt: GENERATED_AT }, fonts);
        const text = squashed(pdfText(bytes));
        const missing = strings(questionnaire).filter((piece) => !text.includes(squashed(piece)));
        expect(missing).toEqual([]);
        for (const question of questionnaire.sections.flatMap((section) => section.questions)) expect(text).toContain(`${question.number}`);
        expect(textCollisions(bytes).slice(0, 10)).toEqual([]);
        const info = pdfInfo(bytes);
        expect(info.Title).toBe(`Blank questionnaire: ${questionnaire.title}`);
        expect(info['Page size']).toMatch(paper === 'a4' ? /595\.2\d? x 841\.8\d? pts \(A4\)/ : /612 x 792 pts \(letter\)/);
      }, 60_000);
    }
  }

  for (const paper of PAPERS) {
    it(`wraps long texts inside the margins and breaks pages above the footer, on ${paper}`, () => {
      const questionnaire = longQuestionnaire();
      const bytes = buildBlankQuestionnaire(questionnaire, { paper, generatedAt: GENERATED_AT }, fonts);
      const frame = frameFor(paper);
      const { pages, words } = pdfWords(bytes);
      expect(pages.length).toBeGreaterThan(5);
      const footerTop = frame.pageHeight - FOOTER_RULE_FROM_BOTTOM;
      const outside = words.filter((word) => word.xMin < frame.left - 0.5 || word.xMax > frame.right + 0.5);
      expect(outside.map((word) => `page ${word.page}: ${word.text}`)).toEqual([]);
      // Only the footer's own words sit below the footer rule; nothing else runs into it.
      const footerWords = new Set([
        'Test',
        'questionnaire',
        '·',
        'test@1.0.0',
        'Page',
        'of',
        ...Array.from({ length: 99 }, (_, i) => `${i + 1}`),
      ]);
      const intoFooter = words.filter((word) => word.yMax > frame.bottom + 1 && !(word.yMin > footerTop && footerWords.has(word.text)));
      expect(intoFooter.map((word) => `page ${word.page}: ${word.text}`)).toEqual([]);
      const text = flat(pdfText(bytes));
      expect(text).toContain(flat(LONG_WORDS.repeat(3)).trim());
      expect(text).toContain('See the guidance (https://example.org/guidance).');
      expect(textCollisions(bytes).slice(0, 10)).toEqual([]);
    }, 60_000);
  }

  it('draws a box for every option and for "Not applicable", never a character for it', async () => {
    const questionnaire = await QUESTIONNAIRES['launch-ethics']();
    const bytes = buildBlankQuestionnaire(questionnaire, { generatedAt: GENERATED_AT }, fonts);
    const text = pdfText(bytes);
    expect(text).not.toMatch(/[☐□■▢�]/u);
    const questions = questionnaire.sections.flatMap((section) => section.questions);
    const boxes = questions.reduce((sum, question) => sum + question.options.length + (question.notApplicable ? 1 : 0), 0);
    // jsPDF writes each box as one "re" (rectangle) operator; the page furniture draws none.
    expect(pageContents(bytes).match(/ re\nS\n/g)?.length).toBe(boxes);
    expect(flat(text)).toContain('Not applicable to this product');
  });

  it('names the characters it cannot print, and where they are, before it is made', () => {
    const questionnaire = buildQuestionnaire([
      { id: 's', questions: [{ id: 'q', text: 'Is the 日本 team consulted?', options: [{ value: 'y', score: 1, label: 'Yes 👍' }] }] },
    ]);
    expect(findUnsupportedCharacters(blankQuestionnaireTexts(questionnaire))).toEqual([
      { char: '日', codePoint: 'U+65E5', where: ['Question 1.1'] },
      { char: '本', codePoint: 'U+672C', where: ['Question 1.1'] },
      { char: '👍', codePoint: 'U+1F44D', where: ['Question 1.1'] },
    ]);
  });

  it('gives the same bytes for the same questionnaire and date', async () => {
    const questionnaire = await QUESTIONNAIRES['quick-check']();
    const once = buildBlankQuestionnaire(questionnaire, { generatedAt: GENERATED_AT }, fonts);
    const twice = buildBlankQuestionnaire(questionnaire, { generatedAt: GENERATED_AT }, fonts);
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
  });
});
