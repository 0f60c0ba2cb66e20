import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from '@pdfme/pdf-lib';
import { roundScore } from '../scoring/round-score.ts';
import { CAPS_LISTED_IN_FULL, capsLead, summariseCaps } from '../scoring/verdict.ts';
import { describeCounts, NO_ANSWERS } from '../questionnaire/answer-counts.ts';
import { describeMethod } from '../scoring/method.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import { buildQuestionnaire } from '../scoring/build-questionnaire.test-support.ts';
import { buildReport } from './build-report.ts';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { flat, pdfInfo, pdfText } from './pdf.test-support.ts';
import { reportFileName } from './report-file-name.ts';
import { fingerprintRecord, reportFingerprint } from './report-fingerprint.ts';
import type { ReportInput } from './report-types.ts';
import { assessmentFor, GENERATED_AT, loadQuestionnaire, typicalInput } from './fixtures.test-support.ts';

const fonts = readReportFontFiles();
const UNICODE = 'Łukasz Zoë Ωmega Привет “quoted” — ✓';

describe('buildReport: a typical launch-ethics report', () => {
  let input: ReportInput;
  let bytes: Uint8Array;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    input = await typicalInput();
    bytes = await buildReport(input, { fonts });
    text = pdfText(bytes);
    pages = Number(pdfInfo(bytes).Pages);
  });

  it('names the project, organisation, assessor, questionnaire and status on the cover', () => {
    const cover = pdfText(bytes, { layout: true, first: 1, last: 1 });
    for (const expected of [
      'Street Lens',
      'Acme Vision Ltd',
      'Face matching at shop doors to alert staff to known shoplifters.',
      'Ada Lovelace',
      'Head of product',
      'Pre-launch ethics and oversight review',
      'launch-ethics, version 2.0.0',
      '25 November 2026',
      '26 November 2026, 11:05 GMT+1 (Europe/Paris)',
      `Draft — ${input.result.completeness.missing.length} questions unanswered`,
    ]) {
      expect(cover).toContain(expected);
    }
  });

  it('gives the overall score, the band and its meaning, and why a red flag capped it', () => {
    const { result } = input;
    expect(result.score).not.toBeNull();
    expect(text).toContain(`${roundScore(result.score ?? 0)} out of 100 — Not ready (${result.redFlags.length} red flags)`);
    expect(flat(text)).toContain(result.band?.meaning ?? 'missing');
    expect(flat(text)).toContain(capsLead(result) ?? 'missing');
    expect(capsLead(result)).toBe('Even with a higher score, the verdict could be no better than “Not ready”, because:');
    expect(result.caps.length).toBeGreaterThan(CAPS_LISTED_IN_FULL);
    for (const line of summariseCaps(result.caps)) expect(flat(text)).toContain(line);
  });

  it('lists every red flag with its question', () => {
    const blocking = input.result.redFlags.filter((flag) => flag.severity === 'blocking').map((flag) => flag.questionId);
    expect(blocking).toEqual(['accountable-owner', 'independent-review']);
    expect(input.result.redFlags.map((flag) => flag.questionId)).toContain('trust-harm-metrics');
    for (const flag of input.result.redFlags) {
      expect(text).toContain(`QUESTION ${flag.number} · ${flag.sectionTitle.toUpperCase()}`);
      expect(flat(text)).toContain(flag.text);
    }
  });

  it('prints every section score, in the chart and by the answers', () => {
    for (const section of input.result.sections.filter((entry) => entry.visible && entry.score !== null)) {
      expect(text).toContain(`Section score ${roundScore(section.score ?? 0)} / 100`);
      expect(text).toMatch(new RegExp(`^${roundScore(section.score ?? 0)}$`, 'm'));
    }
    const community = input.result.sections.find((section) => section.id === 'community-engagement');
    expect(flat(text)).toContain(`${describeCounts(community?.counts ?? NO_ANSWERS)} · weight 1`);
  });

  it('numbers every page, with the project, questionnaire and short fingerprint', async () => {
    const fingerprint = await reportFingerprint(fingerprintRecord(input));
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text.split(`Fingerprint ${fingerprint.slice(0, 12)}`).length - 1).toBe(pages);
    expect(text.split('Street Lens · launch-ethics@2.0.0').length - 1).toBe(pages);
    expect(text).toContain(fingerprint);
    expect(text).toContain(input.questionnaire.contentHash);
  });

  it('prints each answer with its points, notes and "Not applicable" reasons, and marks unanswered questions', () => {
    expect(text).toContain('0 of 4 points');
    expect(flat(text)).toContain('The board has not yet named anyone; the CTO acts informally.');
    expect(text).toContain('The pilot runs under the retailer’s own DPIA, which covers this use.');
    expect(text).toContain('Not counted');
    expect(text).toContain('Not answered');
  });

  it('leaves out answers to hidden questions, and says so once', () => {
    expect(text).not.toContain('Answered before the review plans changed.');
    expect(text.match(/Left out: answers to 1 question \(4\.2\)/g)).toHaveLength(1);
  });

  it('prints the action plan with owners and due dates, repeating its header on every page it spans', () => {
    expect(flat(text)).toContain('Grace Hopper');
    expect(flat(text)).toContain('15 Dec 2026');
    const byPage = Array.from({ length: pages }, (_, index) => pdfText(bytes, { first: index + 1, last: index + 1 }));
    // The cover's contents say where the action plan starts and where the answers start.
    const contents = pdfText(bytes, { layout: true, first: 1, last: 1 });
    const start = Number(/Action plan\s+page (\d+)/.exec(contents)?.[1]);
    const end = Number(/Answers\s+page (\d+)/.exec(contents)?.[1]);
    expect(end - start).toBeGreaterThan(1);
    for (const page of byPage.slice(start - 1, end - 1)) {
      for (const header of ['Priority', 'Question', 'Recommended action', 'Owner', 'Due']) expect(page.split('\n')).toContain(header);
    }
  });

  it('says what the assessment covers and leaves out, every “Not applicable” with its reason, and the evidence given', () => {
    const all = flat(text);
    expect(all).toContain(
      'Scope and limitations What this assessment covers • Pre-launch ethics and oversight review (launch-ethics, version 2.0.0)',
    );
    expect(all).toContain('Answered “Not applicable” (1)');
    expect(all).toContain('Reason: The pilot runs under the retailer’s own DPIA, which covers this use.');
    expect(all).toContain('Evidence register (4)');
    expect(all).toContain('Harms register v3, reviewed monthly: see https://example.org/harms-register.');
    expect(all).toMatch(/Evidence asked for but not given: \d+ questions/);
    // A draft has no declaration, and says so above the reviewer's sign-off.
    expect(all).toContain('This is a draft: nobody has declared its answers final.');
  });

  it('explains the method and ends with a sign-off', () => {
    for (const step of describeMethod(input.questionnaire)) expect(text).toContain(step.title);
    for (const words of ['Reviewer name', 'Approve with conditions', 'Do not approve', 'Conditions', 'Signature'])
      expect(text).toContain(words);
  });

  it('sets the document properties, language and bookmarks', async () => {
    const info = pdfInfo(bytes);
    const fingerprint = await reportFingerprint(fingerprintRecord(input));
    expect(info.Title).toBe('Ethical impact assessment report: Street Lens');
    expect(info.Author).toBe('Ada Lovelace, Head of product');
    expect(info.Creator).toBe('Oversight');
    expect(info.Keywords).toContain(`fingerprint ${fingerprint}`);
    expect(info.Subject).toContain('launch-ethics@2.0.0');
    expect(info['Page size']).toContain('(A4)');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString).decodeText()).toBe('en');
    const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    for (let item = outlines.lookup(PDFName.of('First')); item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      titles.push(item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
    }
    expect(titles).toEqual([
      'Cover',
      'Summary',
      'Scope, exceptions and evidence',
      'Action plan',
      'Answers',
      'Method',
      'Declaration and sign-off',
    ]);
    // Under "Answers", one bookmark for every section shown.
    let answers = outlines.lookup(PDFName.of('First'), PDFDict);
    while (answers.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText() !== 'Answers')
      answers = answers.lookup(PDFName.of('Next'), PDFDict);
    const sections: string[] = [];
    for (let item = answers.lookup(PDFName.of('First')); item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      sections.push(item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
    }
    const shown = input.result.sections.filter((section) => input.result.questions.some((question) => question.sectionId === section.id));
    expect(sections).toEqual(shown.map((section) => `${section.number}. ${section.title}`));
    expect(sections.length).toBeGreaterThan(5);
    // The viewer shows the title, not the file name.
    expect(pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    expect(pdf.catalog.lookup(PDFName.of('AF'), PDFArray).size()).toBe(2);
  });

  it('gives the same bytes for the same assessment and time, and different bytes at another time', async () => {
    const again = await buildReport(await typicalInput(), { fonts });
    expect(Buffer.compare(again, bytes)).toBe(0);
    const later = await buildReport({ ...input, generatedAt: new Date(GENERATED_AT.getTime() + 60_000) }, { fonts });
    expect(Buffer.compare(later, bytes)).not.toBe(0);
  });

  it('is named after the project, the edition and the day', () => {
    expect(reportFileName(input.assessment, input.generatedAt, { kind: 'draft' }, input.timeZone)).toBe('street-lens-draft-2026-11-26.pdf');
  });
});

describe('buildReport: other inputs', () => {
  it('prints non-Latin-1 text character for character', async () => {
    const base = await typicalInput();
    const context = {
      ...base.assessment.context,
      organisation: UNICODE,
      assessorName: UNICODE,
      assessorRole: UNICODE,
      description: `${UNICODE} ${UNICODE}`,
    };
    const bytes = await buildReport({ ...base, assessment: { ...base.assessment, context } }, { fonts });
    const lines = pdfText(bytes).split('\n');
    expect(lines.filter((line) => line === UNICODE).length).toBeGreaterThanOrEqual(3);
    expect(pdfInfo(bytes).Author).toBe(`${UNICODE}, ${UNICODE}`);
  });

  it('reports a complete assessment with no red flag and nothing to do as a final report, on US Letter', async () => {
    const questionnaire = await loadQuestionnaire('quick-check');
    const answers = Object.fromEntries(
      questionnaire.sections
        .flatMap((section) => section.questions)
        .map((question) => {
          const best = [...question.options].sort((a, b) => b.score - a.score)[0];
          return [question.id, { value: best?.value ?? '' }];
        }),
    );
    const declaration = { name: 'Grace Hopper', role: 'Chief executive', date: '2026-11-25', affirmed: true };
    const assessment = { ...assessmentFor(questionnaire, answers), declaration };
    const result = scoreAssessment(questionnaire, answers);
    const input = {
      questionnaire,
      assessment,
      result,
      generatedAt: GENERATED_AT,
      timeZone: 'UTC',
      paper: 'letter' as const,
      status: 'final' as const,
    };
    const bytes = await buildReport(input, { fonts });
    const text = pdfText(bytes);
    expect(result.isDraft).toBe(false);
    expect(flat(text)).toContain('Final — revision 1');
    expect(text).toContain('FINAL — REVISION 1');
    expect(flat(text)).toContain(
      'I, Grace Hopper (Chief executive), declare that the answers in this assessment are true to the best of my knowledge.',
    );
    expect(flat(text)).toContain('Declared by Grace Hopper, Chief executive, on 25 November 2026');
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('Changes since');
    expect(text).toContain('100 out of 100');
    expect(text).toContain('No red flags were raised');
    expect(text).toContain('Nothing to do: every answer is the best one.');
    expect(pdfInfo(bytes)['Page size']).toContain('612 x 792 pts (letter)');
  });

  it('says so when there is nothing to score', async () => {
    const questionnaire = buildQuestionnaire([
      {
        id: 'only',
        questions: [
          {
            id: 'q',
            notApplicable: true,
            options: [
              { value: 'no', score: 0 },
              { value: 'yes', score: 1 },
            ],
          },
        ],
      },
    ]);
    const answers = { q: { notApplicable: true, justification: 'We do not do this.' } };
    const result = scoreAssessment(questionnaire, answers);
    expect(result.score).toBeNull();
    const bytes = await buildReport(
      { questionnaire, assessment: assessmentFor(questionnaire, answers), result, generatedAt: GENERATED_AT, timeZone: 'UTC' },
      { fonts },
    );
    const text = flat(pdfText(bytes));
    expect(text).toContain('No score: every scored question is hidden or not applicable.');
    expect(text).toContain('Every scored question is hidden or marked not applicable, so there is nothing to score.');
    expect(text).toContain('We do not do this.');
  });

  it('refuses an assessment made with another version of the questionnaire', async () => {
    const input = await typicalInput();
    const stale = { ...input.assessment, questionnaire: { ...input.assessment.questionnaire, version: '0.9.0', contentHash: 'old' } };
    await expect(buildReport({ ...input, assessment: stale }, { fonts })).rejects.toThrow(/answered with launch-ethics version 0\.9\.0/);
  });
});
