import { MANIFEST_DESCRIPTION, MANIFEST_FILE_NAME } from './report-manifest.ts';

/** What the finished PDF says about itself, beyond its pages. */
export interface PdfFinish {
  /** The answers file, exactly as "Export answers" writes it. */
  answersJson: string;
  attachmentName: string;
  /** The report record (report-manifest.ts), attached beside the answers. */
  manifestJson: string;
  generatedAt: Date;
  fingerprint: string;
  title: string;
  subject: string;
  author: string;
  keywords: string;
  language: string;
}

/** Info dictionary key holding the full report fingerprint. */
export const FINGERPRINT_KEY = 'OversightFingerprint';
export const ATTACHMENT_DESCRIPTION = 'Oversight answers file: the assessment this report was made from';

/**
 * Attaches the answers file and the report record to the PDF jsPDF made and writes the document
 * properties (jsPDF can do neither). pdf-lib is loaded only here, when a
 * report is made. Every date is the report's own and nothing random is
 * written, so the same report gives the same bytes.
 */
export async function attachAnswers(pdfBytes: Uint8Array, finish: PdfFinish): Promise<Uint8Array> {
  const { AFRelationship, PDFDict, PDFDocument, PDFHexString, PDFName } = await import('@pdfme/pdf-lib');
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  await pdf.attach(new TextEncoder().encode(finish.answersJson), finish.attachmentName, {
    mimeType: 'application/json',
    description: ATTACHMENT_DESCRIPTION,
    creationDate: finish.generatedAt,
    modificationDate: finish.generatedAt,
    afRelationship: AFRelationship.Source,
  });
  await pdf.attach(new TextEncoder().encode(finish.manifestJson), MANIFEST_FILE_NAME, {
    mimeType: 'application/json',
    description: MANIFEST_DESCRIPTION,
    creationDate: finish.generatedAt,
    modificationDate: finish.generatedAt,
    afRelationship: AFRelationship.Supplement,
  });
  pdf.setTitle(finish.title, { showInWindowTitleBar: true });
  pdf.setSubject(finish.subject);
  pdf.setAuthor(finish.author);
  pdf.setCreator('Oversight');
  pdf.setProducer('Oversight');
  pdf.setCreationDate(finish.generatedAt);
  pdf.setModificationDate(finish.generatedAt);
  pdf.setLanguage(finish.language);
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  // pdf-lib's setKeywords joins with spaces; keywords here are phrases.
  info.set(PDFName.of('Keywords'), PDFHexString.fromText(finish.keywords));
  info.set(PDFName.of(FINGERPRINT_KEY), PDFHexString.fromText(finish.fingerprint));
  return pdf.save({ useObjectStreams: true });
}
