import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { PDFArray, PDFDict, PDFDocument, PDFName } from '@pdfme/pdf-lib';
import { serializeAnswersFile } from '../storage/answers-file.ts';
import { buildReport } from './build-report.ts';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { readReport } from './read-report.ts';
import { fingerprintRecord, reportFingerprint } from './report-fingerprint.ts';
import { parseManifest, REPORT_LAYOUT } from './report-manifest.ts';
import type { ReportInput } from './report-types.ts';
import { typicalInput } from './fixtures.test-support.ts';

/** The attachments as Poppler's pdfdetach saves them: an independent reader. */
function detach(bytes: Uint8Array): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-detach-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), bytes);
    mkdirSync(join(dir, 'out'));
    execFileSync('pdfdetach', ['-saveall', '-o', join(dir, 'out'), join(dir, 'report.pdf')]);
    return Object.fromEntries(readdirSync(join(dir, 'out')).map((name) => [name, readFileSync(join(dir, 'out', name), 'utf8')]));
  } catch {
    return {};
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report with its attached file's content replaced, as someone editing it would. */
async function replaceAttachment(bytes: Uint8Array, content: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const names = pdf.catalog
    .lookup(PDFName.of('Names'), PDFDict)
    .lookup(PDFName.of('EmbeddedFiles'), PDFDict)
    .lookup(PDFName.of('Names'), PDFArray);
  const spec = names.lookup(1, PDFDict);
  const stream = pdf.context.flateStream(new TextEncoder().encode(content), { Type: 'EmbeddedFile', Subtype: 'application/json' });
  spec.lookup(PDFName.of('EF'), PDFDict).set(PDFName.of('F'), pdf.context.register(stream));
  return pdf.save();
}

describe('readReport', () => {
  let input: ReportInput;
  let bytes: Uint8Array;

  beforeAll(async () => {
    input = await typicalInput();
    bytes = await buildReport(input, { fonts: readReportFontFiles() });
  });

  it('attaches exactly the "Export answers" file, and the record of how the report was made', async () => {
    const files = detach(bytes);
    expect(Object.keys(files).sort()).toEqual(['oversight-report.json', 'street-lens-launch-ethics-answers-2026-11-26.json']);
    expect(files['street-lens-launch-ethics-answers-2026-11-26.json']).toBe(serializeAnswersFile(input.assessment, input.generatedAt));
    expect(parseManifest(files['oversight-report.json'] ?? '')).toEqual({
      format: 'oversight-report',
      formatVersion: 1,
      layout: REPORT_LAYOUT,
      fingerprint: await reportFingerprint(fingerprintRecord(input)),
      generatedAt: '2026-11-26T10:05:00.000Z',
      timeZone: 'Europe/Paris',
      paper: 'a4',
      status: 'draft',
      result: fingerprintRecord(input).result,
      signature: null,
    });
  });

  it('reads the attached assessment back, and its fingerprint matches the one recorded', async () => {
    const read = await readReport(bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.file.assessment).toEqual(input.assessment);
    expect(read.file.exportedAt).toBe(input.generatedAt.toISOString());
    const fingerprint = await reportFingerprint(fingerprintRecord(input));
    expect(read).toMatchObject({ recordedFingerprint: fingerprint, computedFingerprint: fingerprint, matches: true });
  });

  it('notices an answer changed in the attachment', async () => {
    const edited = { ...input.assessment, answers: { ...input.assessment.answers, 'accountable-owner': { value: 'yes' } } };
    const read = await readReport(await replaceAttachment(bytes, serializeAnswersFile(edited, input.generatedAt)));
    if (!read.ok) throw new Error(read.message);
    expect(read.file.assessment.answers['accountable-owner']).toEqual({ value: 'yes' });
    expect(read.matches).toBe(false);
    expect(read.computedFingerprint).not.toBe(read.recordedFingerprint);
  });

  it('says in plain words when a file is not a PDF', async () => {
    expect(await readReport(new TextEncoder().encode('{"format": "oversight-answers"}'))).toEqual({
      ok: false,
      message: 'This file is not a PDF. Choose the PDF report that Oversight made.',
    });
  });

  it('says when a PDF has no Oversight attachment', async () => {
    const plain = new Uint8Array(new jsPDF().text('Hello', 20, 20).output('arraybuffer'));
    const read = await readReport(plain);
    expect(read).toEqual({ ok: false, message: expect.stringContaining('no Oversight answers attached') });
  });

  it('says when the attachment is damaged', async () => {
    const read = await readReport(await replaceAttachment(bytes, '{"format": "oversight-answers", "formatVersion": 1'));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('The answers attached to this report are damaged') });
  });

  it('says when the PDF itself is damaged', async () => {
    const read = await readReport(bytes.slice(0, 3000));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('This PDF is damaged') });
  });
});
