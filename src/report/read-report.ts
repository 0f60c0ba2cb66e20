import type * as PdfLibModule from '@pdfme/pdf-lib';
import type { PDFDocument, PDFObject } from '@pdfme/pdf-lib';
import { parseAnswersFile, type AnswersFile } from '../storage/answers-file.ts';
import { FINGERPRINT_KEY } from './attach-answers.ts';
import { recordOf, reportFingerprint, type FingerprintRecord } from './report-fingerprint.ts';
import { MANIFEST_FILE_NAME, parseManifest, type ReportManifest } from './report-manifest.ts';

export type ReadReportResult =
  | {
      ok: true;
      file: AnswersFile;
      /** The report record attached beside the answers; null in a report made before it existed, or if it is damaged. */
      manifest: ReportManifest | null;
      /** The fingerprint the report records (its record, else its document properties); '' if none. */
      recordedFingerprint: string;
      /** The fingerprint of the attached data; '' when there is no record to take it from. */
      computedFingerprint: string;
      /** The attached data gives the fingerprint the report records: it is intact. */
      matches: boolean;
    }
  | { ok: false; message: string };

type PdfLib = typeof PdfLibModule;

interface Attachment {
  name: string;
  bytes: Uint8Array | null;
}

function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function text(lib: PdfLib, value: PDFObject | undefined): string {
  return value instanceof lib.PDFString || value instanceof lib.PDFHexString ? value.decodeText() : '';
}

function readFileSpec(lib: PdfLib, pdf: PDFDocument, name: string, spec: PDFObject | undefined): Attachment {
  try {
    const dict = pdf.context.lookup(spec, lib.PDFDict);
    const stream = dict.lookup(lib.PDFName.of('EF'), lib.PDFDict).lookup(lib.PDFName.of('F'));
    if (!(stream instanceof lib.PDFRawStream)) return { name, bytes: null };
    return { name, bytes: lib.decodePDFRawStream(stream).decode() };
  } catch {
    return { name, bytes: null };
  }
}

// The embedded files name tree: pairs of names and file specifications,
// possibly split into kids in PDFs made by other tools.
function collect(lib: PdfLib, pdf: PDFDocument, node: PDFObject | undefined, found: Attachment[], depth = 0): void {
  const dict = node ? pdf.context.lookup(node) : undefined;
  if (!(dict instanceof lib.PDFDict) || depth > 20) return;
  const names = dict.lookup(lib.PDFName.of('Names'));
  if (names instanceof lib.PDFArray) {
    for (let index = 0; index + 1 < names.size(); index += 2) {
      found.push(readFileSpec(lib, pdf, text(lib, names.lookup(index)), names.get(index + 1)));
    }
  }
  const kids = dict.lookup(lib.PDFName.of('Kids'));
  if (kids instanceof lib.PDFArray) for (const kid of kids.asArray()) collect(lib, pdf, kid, found, depth + 1);
}

function attachments(lib: PdfLib, pdf: PDFDocument): Attachment[] {
  const names = pdf.catalog.lookup(lib.PDFName.of('Names'));
  if (!(names instanceof lib.PDFDict)) return [];
  const found: Attachment[] = [];
  collect(lib, pdf, names.get(lib.PDFName.of('EmbeddedFiles')), found);
  return found;
}

function recordedFingerprint(lib: PdfLib, pdf: PDFDocument): string {
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
  if (!(info instanceof lib.PDFDict)) return '';
  const recorded = text(lib, info.get(lib.PDFName.of(FINGERPRINT_KEY)));
  if (/^[0-9a-f]{64}$/.test(recorded)) return recorded;
  return /fingerprint ([0-9a-f]{64})/.exec(text(lib, info.get(lib.PDFName.of('Keywords'))))?.[1] ?? '';
}

async function load(lib: PdfLib, bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    return await lib.PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });
  } catch {
    return null;
  }
}

/**
 * Opens an Oversight report: reads the answers file and the report record
 * attached to it, recomputes the fingerprint from them, and says whether it
 * is the one recorded (it is not if the attachment was edited). Whether the
 * pages are the ones drawn from that data is verifyReport's question. Never
 * throws: problems come back in plain words.
 */
export async function readReport(bytes: Uint8Array): Promise<ReadReportResult> {
  if (!isPdf(bytes)) return { ok: false, message: 'This file is not a PDF. Choose the PDF report that Oversight made.' };
  const lib = await import('@pdfme/pdf-lib');
  const pdf = await load(lib, bytes);
  try {
    if (pdf) return await readAttachedAnswers(lib, pdf);
  } catch {
    // A PDF that parses but whose structure is broken: as damaged as one that does not parse.
  }
  return { ok: false, message: 'This PDF is damaged and cannot be read. Try the original file, as Oversight made it.' };
}

/** The record the fingerprint is taken over, from what a report carries. */
export function attachedRecord(file: AnswersFile, manifest: ReportManifest): FingerprintRecord {
  return recordOf(file.assessment, manifest.status, manifest.result, manifest.generatedAt, manifest.timeZone);
}

async function readAttachedAnswers(lib: PdfLib, pdf: PDFDocument): Promise<ReadReportResult> {
  const found = attachments(lib, pdf);
  const manifestText = found.find((attachment) => attachment.name === MANIFEST_FILE_NAME)?.bytes;
  const manifest = manifestText ? parseManifest(new TextDecoder('utf-8').decode(manifestText)) : null;
  const candidates = found.filter(
    (attachment) => attachment.name.toLowerCase().endsWith('.json') && attachment.name !== MANIFEST_FILE_NAME,
  );
  if (candidates.length === 0) {
    return {
      ok: false,
      message: 'This PDF has no Oversight answers attached: it was not made by Oversight, or the attachment was removed.',
    };
  }
  const problems: string[] = [];
  for (const candidate of candidates) {
    const parsed = candidate.bytes
      ? parseAnswersFile(new TextDecoder('utf-8').decode(candidate.bytes))
      : { ok: false as const, errors: ['The attached file cannot be read.'] };
    if (!parsed.ok) {
      problems.push(...parsed.errors);
      continue;
    }
    const recorded = manifest?.fingerprint ?? recordedFingerprint(lib, pdf);
    const computed = manifest ? await reportFingerprint(attachedRecord(parsed.file, manifest)) : '';
    return {
      ok: true,
      file: parsed.file,
      manifest,
      recordedFingerprint: recorded,
      computedFingerprint: computed,
      matches: computed !== '' && recorded === computed,
    };
  }
  return { ok: false, message: `The answers attached to this report are damaged: ${problems.join(' ')}` };
}
