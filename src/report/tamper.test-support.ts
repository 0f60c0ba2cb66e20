import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream, rgb } from '@pdfme/pdf-lib';

// Test support: the ways someone could alter a report after Oversight made
// it, done with pdf-lib as another PDF tool would. Pages are 1-based.

const options = { updateMetadata: false } as const;
const latin1 = new TextDecoder('latin1');

/** Changes the first glyph of the first text shown on a page, in its content stream, as a PDF text editor would. */
export async function editText(bytes: Uint8Array, page: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, options);
  const node = pdf.getPage(page - 1).node;
  const ref = node.get(PDFName.of('Contents'));
  const stream = pdf.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) throw new Error('expected one content stream');
  const content = latin1.decode(decodePDFRawStream(stream).decode());
  const edited = content.replace(/<([0-9a-f]{4})([0-9a-f]*)> Tj/, (_, first: string, rest: string) => {
    const changed = ((parseInt(first, 16) + 1) % 0xffff).toString(16).padStart(4, '0');
    return `<${changed}${rest}> Tj`;
  });
  if (edited === content) throw new Error(`no text on page ${page}`);
  const replacement = pdf.context.flateStream(Uint8Array.from(edited, (char) => char.charCodeAt(0)));
  node.set(PDFName.of('Contents'), pdf.context.register(replacement));
  return pdf.save();
}

/** Draws a white box with a better score over a place on a page: a second content stream. */
export async function drawOver(
  bytes: Uint8Array,
  page: number,
  box: { x: number; y: number; width: number; height: number },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, options);
  const target = pdf.getPage(page - 1);
  target.drawRectangle({ ...box, color: rgb(1, 1, 1) });
  target.drawText('95 out of 100', { x: box.x + 4, y: box.y + 4, size: 20 });
  return pdf.save();
}

/** Adds a comment (a FreeText annotation) on a page. */
export async function addAnnotation(bytes: Uint8Array, page: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, options);
  const node = pdf.getPage(page - 1).node;
  const annotation = pdf.context.obj({
    Type: 'Annot',
    Subtype: 'FreeText',
    Rect: [100, 600, 400, 640],
    Contents: pdf.context.obj('Approved by the board'),
    DA: '/Helv 12 Tf 0 g',
  });
  node.set(PDFName.of('Annots'), pdf.context.obj([pdf.context.register(annotation)]));
  return pdf.save();
}

export async function removePage(bytes: Uint8Array, page: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, options);
  pdf.removePage(page - 1);
  return pdf.save();
}

/** Swaps two pages in the page tree. */
export async function swapPages(bytes: Uint8Array, first: number, second: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, options);
  const kids = pdf.catalog.lookup(PDFName.of('Pages'), PDFDict).lookup(PDFName.of('Kids'), PDFArray);
  const a = kids.get(first - 1);
  kids.set(first - 1, kids.get(second - 1));
  kids.set(second - 1, a);
  return pdf.save();
}

/** Replaces the content of the attached file whose name ends with `suffix`. */
export async function replaceAttachment(bytes: Uint8Array, suffix: string, change: (text: string) => string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, options);
  const names = pdf.catalog
    .lookup(PDFName.of('Names'), PDFDict)
    .lookup(PDFName.of('EmbeddedFiles'), PDFDict)
    .lookup(PDFName.of('Names'), PDFArray);
  for (let index = 0; index + 1 < names.size(); index += 2) {
    const name = names.lookup(index);
    if (!(name instanceof PDFString || name instanceof PDFHexString) || !name.decodeText().endsWith(suffix)) continue;
    const spec = names.lookup(index + 1, PDFDict);
    const ef = spec.lookup(PDFName.of('EF'), PDFDict);
    const old = ef.lookup(PDFName.of('F'));
    if (!(old instanceof PDFRawStream)) throw new Error('unreadable attachment');
    const text = new TextDecoder().decode(decodePDFRawStream(old).decode());
    const stream = pdf.context.flateStream(new TextEncoder().encode(change(text)), { Type: 'EmbeddedFile', Subtype: 'application/json' });
    ef.set(PDFName.of('F'), pdf.context.register(stream));
    return pdf.save();
  }
  throw new Error(`no attachment ending ${suffix}`);
}

/**
 * Appends an incremental update, as a PDF editor saving "in place" does:
 * the original bytes untouched, then a new document properties object, a
 * cross-reference section and a trailer pointing back at the original.
 */
export async function appendUpdate(bytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, options);
  const text = latin1.decode(bytes);
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  if (!previous) throw new Error('no startxref');
  const number = pdf.context.largestObjectNumber + 1;
  const object = `\n${number} 0 obj\n<< /Title (Approved report) /Producer (Another tool) >>\nendobj\n`;
  const objectAt = bytes.length + 1;
  const xrefAt = bytes.length + object.length;
  const tail =
    `xref\n0 1\n0000000000 65535 f \n${number} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${number + 1} /Root ${String(pdf.context.trailerInfo.Root)} /Info ${number} 0 R /Prev ${previous} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const appended = Uint8Array.from(object + tail, (char) => char.charCodeAt(0));
  const out = new Uint8Array(bytes.length + appended.length);
  out.set(bytes);
  out.set(appended, bytes.length);
  return out;
}

/** Puts a page of another PDF in place of one page. */
export async function replacePage(bytes: Uint8Array, page: number, from: Uint8Array, fromPage: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, options);
  const other = await PDFDocument.load(from, options);
  const [copied] = await pdf.copyPages(other, [fromPage - 1]);
  if (!copied) throw new Error('no page to copy');
  pdf.removePage(page - 1);
  pdf.insertPage(page - 1, copied);
  return pdf.save();
}
