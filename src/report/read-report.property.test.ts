import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from '@pdfme/pdf-lib';
import { serializeAnswersFile } from '../storage/answers-file.ts';
import { sampleAssessment } from '../storage/fixtures.test-support.ts';
import { readReport, type ReadReportResult } from './read-report.ts';
import { MANIFEST_FILE_NAME } from './report-manifest.ts';

// Whatever file is opened as a report, the reader answers with the answers
// it carries or a message in words; it never throws, and never takes long.

const TIME_LIMIT_MS = 2000;

async function readTimed(bytes: Uint8Array): Promise<ReadReportResult> {
  const started = performance.now();
  const result = await readReport(bytes);
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  if (!result.ok) expect(typeof result.message === 'string' && result.message.length > 0).toBe(true);
  else expect(result.file.format).toBe('oversight-answers');
  return result;
}

/** A one-page PDF carrying the given attachments, as a report (or a forgery of one) would. */
async function pdfWith(attachments: Record<string, string>): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  for (const [name, text] of Object.entries(attachments)) {
    await pdf.attach(new TextEncoder().encode(text), name, { mimeType: 'application/json' });
  }
  return pdf.save({ useObjectStreams: false });
}

const answersText = serializeAnswersFile(sampleAssessment(), new Date('2026-11-26T10:00:00Z'));
let carrier: Uint8Array;

beforeAll(async () => {
  carrier = await pdfWith({ 'street-lens-answers.json': answersText });
});

const junk = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.constantFrom('{"__proto__":{"polluted":true}}', answersText.replace('"answers": {', '"answers": {"__proto__": {},'), '', 'null'),
);

describe('report reader, fuzzed', () => {
  it('reads the carrier it is fuzzed from', async () => {
    const result = await readTimed(carrier);
    expect(result.ok && result.file.assessment.context.project).toBe('Street Lens');
  });

  it('answers any bytes, with or without a PDF header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 2000 }), async (header, body) => {
        const bytes = header ? new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...body]) : body;
        await readTimed(bytes);
      }),
      { numRuns: 100 },
    );
  });

  it('answers a report with bytes flipped, cut off or spliced in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat()),
        async (flips, cut) => {
          const bytes = carrier.slice(0, cut === null ? undefined : 16 + (cut % carrier.length));
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          await readTimed(bytes);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers a PDF carrying any attachment as answers or as its report record', async () => {
    await fc.assert(
      fc.asyncProperty(junk, junk, async (answers, manifest) => {
        await readTimed(await pdfWith({ 'answers.json': answers, [MANIFEST_FILE_NAME]: manifest }));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});
