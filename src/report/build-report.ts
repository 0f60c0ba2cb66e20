import { jsPDF } from 'jspdf';
import { sha256Hex } from '../questionnaire/hash.ts';
import { serializeAnswersFile } from '../storage/answers-file.ts';
import { drawActionPlan } from './action-plan-table.ts';
import { drawAnswers } from './answers-part.ts';
import { attachAnswers } from './attach-answers.ts';
import { drawContents, drawCover, REPORT_KIND, type ContentsEntry } from './cover.ts';
import { drawMethod } from './method-part.ts';
import { currentPage, frameFor, newPage, type Layout } from './page-layout.ts';
import { drawPageFurniture } from './page-furniture.ts';
import type { PartContext } from './part-context.ts';
import { drawChanges, hasChanges } from './changes-part.ts';
import { drawRecord } from './record-part.ts';
import { chooseEdition, editionLabel, type ReportEdition } from './report-edition.ts';
import { attachmentFileName } from './report-file-name.ts';
import { fingerprintRecord, reportFingerprint, SHORT_FINGERPRINT_LENGTH } from './report-fingerprint.ts';
import { REPORT_LAYOUT, serializeManifest } from './report-manifest.ts';
import type { ReportDeps, ReportInput } from './report-types.ts';
import { registerFonts } from './register-fonts.ts';
import { drawSignOff } from './sign-off.ts';
import { drawSummary } from './summary.ts';

function checkInput(input: ReportInput): ReportEdition {
  const made = input.assessment.questionnaire;
  if (made.id !== input.questionnaire.id || made.contentHash !== input.questionnaire.contentHash) {
    throw new Error(
      `This assessment was answered with ${made.id} version ${made.version}, not ${input.questionnaire.id} version ${input.questionnaire.version}. ` +
        'Open it with that questionnaire (or bring it up to date) before making a report, so the report can be checked later.',
    );
  }
  const choice = chooseEdition(input.assessment, input.result, input.status ?? 'draft');
  if (!choice.ok) throw new Error(`A final report cannot be made yet. ${choice.problems.map((problem) => problem.message).join(' ')}`);
  return choice.edition;
}

/** 32 hex digits for the PDF's file identifier, from the fingerprint and the time: same report, same id. */
async function fileId(fingerprint: string, generatedAt: Date): Promise<string> {
  return (await sha256Hex(`${fingerprint}@${generatedAt.toISOString()}`)).slice(0, 32).toUpperCase();
}

/** Bookmarks for every part, and under the answers one for every section. */
function addOutline(doc: jsPDF, entries: readonly ContentsEntry[]): void {
  for (const entry of entries) {
    const node = doc.outline.add(null, entry.title, { pageNumber: entry.page });
    for (const child of entry.children ?? []) doc.outline.add(node, child.title, { pageNumber: child.page });
  }
}

/**
 * Between two parts of a report that may be stopped (the warm-up), lets the
 * worker read its messages: a report someone asks for then stops it within
 * one part instead of waiting for the whole drawing. A report without a
 * signal never pauses.
 */
async function pauseBetweenParts(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal.throwIfAborted();
}

async function drawParts(context: PartContext, attachmentName: string, signal: AbortSignal | undefined): Promise<ContentsEntry[]> {
  const { layout } = context;
  const changes: Array<[string, () => ContentsEntry[] | void]> = hasChanges(context)
    ? [['Changes since the last final report', () => drawChanges(context)]]
    : [];
  const parts: Array<[string, () => ContentsEntry[] | void]> = [
    ['Summary', () => drawSummary(context)],
    ...changes,
    ['Scope, exceptions and evidence', () => drawRecord(context)],
    ['Action plan', () => drawActionPlan(context)],
    ['Answers', () => drawAnswers(context)],
    ['Method', () => drawMethod(context, attachmentName)],
    ['Declaration and sign-off', () => drawSignOff(context)],
  ];
  const entries: ContentsEntry[] = [];
  for (const [title, draw] of parts) {
    await pauseBetweenParts(signal);
    newPage(layout);
    const page = currentPage(layout);
    const children = draw() ?? [];
    entries.push({ title, page, children });
  }
  return entries;
}

/**
 * Makes the PDF report: cover, summary with the section chart, action plan,
 * every answer, the method and a sign-off page, with the answers file and
 * the report record attached so the report can be checked later: the same
 * code draws it again from them (verify-report.ts). Data in, bytes out: the same
 * input (including `generatedAt`) always gives the same bytes.
 */
export async function buildReport(input: ReportInput, deps: ReportDeps): Promise<Uint8Array> {
  const edition = checkInput(input);
  const { assessment, questionnaire, result, generatedAt } = input;
  const status = edition.status;
  const record = fingerprintRecord({ ...input, status });
  const fingerprint = await reportFingerprint(record);
  deps.signal?.throwIfAborted();
  const paper = input.paper ?? 'a4';
  const frame = frameFor(paper);
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, deps.fonts);
  doc.setCreationDate(generatedAt);
  doc.setFileId(await fileId(fingerprint, generatedAt));
  deps.signal?.throwIfAborted();
  const layout: Layout = { doc, frame, y: frame.top };
  const context: PartContext = { layout, input, fingerprint, edition };
  const attachmentName = attachmentFileName(assessment, generatedAt, input.timeZone);

  const contentsTop = drawCover(context);
  const parts = await drawParts(context, attachmentName, deps.signal);
  if (contentsTop !== null) drawContents(context, contentsTop, parts);
  const reportTitle = `${REPORT_KIND}: ${assessment.context.project}`;
  drawPageFurniture(doc, frame, {
    project: assessment.context.project,
    questionnaire: `${questionnaire.id}@${questionnaire.version}`,
    shortFingerprint: fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH),
    status: { text: editionLabel(edition, result), draft: status === 'draft' },
    reportTitle,
  });
  addOutline(doc, [{ title: 'Cover', page: 1, children: [] }, ...parts]);
  // Viewers show the title ("Ethical impact assessment report: …") instead of the file name.
  doc.viewerPreferences({ DisplayDocTitle: true });

  deps.signal?.throwIfAborted();
  return attachAnswers(new Uint8Array(doc.output('arraybuffer')), {
    answersJson: serializeAnswersFile(assessment, generatedAt),
    attachmentName,
    manifestJson: serializeManifest({
      format: 'oversight-report',
      formatVersion: 1,
      layout: REPORT_LAYOUT,
      fingerprint,
      generatedAt: record.generatedAt,
      timeZone: record.timeZone,
      paper,
      status,
      result: record.result,
      signature: input.signature ?? null,
    }),
    generatedAt,
    fingerprint,
    title: reportTitle,
    subject: `${questionnaire.title} (${questionnaire.id}@${questionnaire.version}), report fingerprint ${fingerprint}`,
    author: [assessment.context.assessorName, assessment.context.assessorRole].filter(Boolean).join(', '),
    keywords: ['ethical impact assessment', `${questionnaire.id}@${questionnaire.version}`, `fingerprint ${fingerprint}`].join('; '),
    language: questionnaire.language,
  });
}
