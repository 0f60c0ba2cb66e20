import type * as PdfLibModule from '@pdfme/pdf-lib';
import type { PDFDocument, PDFObject, PDFPage } from '@pdfme/pdf-lib';

type PdfLib = typeof PdfLibModule;

/** One difference on the pages, in words; `page` is the page of the file checked, null for one it lacks. */
export interface PageDifference {
  page: number | null;
  what: string;
}

export interface ReportComparison {
  /** The file is byte for byte the one Oversight draws from its data. */
  identical: boolean;
  /** Differences a reader of the pages would see: text, drawings, annotations, pages. */
  pages: PageDifference[];
  /** Differences in the rest of the document: attachments, forms, actions run on opening. */
  document: string[];
  /** Differences in the file itself: updates appended, properties, bytes. */
  file: string[];
}

interface PageShape {
  /** Each content stream, decoded, as Latin-1 text (operators are ASCII). */
  streams: string[];
  annotations: string[];
  box: string;
  /** Font and image names to the objects they point to. */
  resources: Map<string, string>;
}

const latin1 = new TextDecoder('latin1');

function decodeStream(lib: PdfLib, object: PDFObject | undefined): string {
  if (object instanceof lib.PDFRawStream) return latin1.decode(lib.decodePDFRawStream(object).decode());
  if (object instanceof lib.PDFStream) return latin1.decode(object.getContents());
  return '';
}

function contentStreams(lib: PdfLib, pdf: PDFDocument, page: PDFPage): string[] {
  const contents = page.node.get(lib.PDFName.of('Contents'));
  const resolved = contents ? pdf.context.lookup(contents) : undefined;
  if (resolved instanceof lib.PDFArray) return resolved.asArray().map((entry) => decodeStream(lib, pdf.context.lookup(entry)));
  return resolved ? [decodeStream(lib, resolved)] : [];
}

function annotations(lib: PdfLib, pdf: PDFDocument, page: PDFPage): string[] {
  const annots = page.node.Annots();
  if (!annots) return [];
  return annots.asArray().map((entry) => {
    const annot = pdf.context.lookup(entry);
    if (!(annot instanceof lib.PDFDict)) return 'unreadable';
    return `${String(annot.get(lib.PDFName.of('Subtype')) ?? '/Annot')} ${String(annot.get(lib.PDFName.of('Rect')) ?? '')}`;
  });
}

function names(lib: PdfLib, dict: PDFObject | undefined): string {
  if (!(dict instanceof lib.PDFDict)) return '';
  return dict.keys().map(String).sort().join(',');
}

function resources(lib: PdfLib, page: PDFPage): Map<string, string> {
  const found = new Map<string, string>();
  const resourcesDict = page.node.Resources();
  if (!resourcesDict) return found;
  for (const kind of ['Font', 'XObject', 'ExtGState', 'Pattern', 'Shading']) {
    const dict = resourcesDict.lookup(lib.PDFName.of(kind));
    if (dict instanceof lib.PDFDict) for (const [name, value] of dict.entries()) found.set(`${kind}${String(name)}`, String(value));
  }
  return found;
}

// A page's content names the fonts and images it uses: one it names that now
// points elsewhere changes what it shows. Names added and unused show nothing
// (pdf-lib adds its font to the resources every page shares).
function resourcesChanged(made: PageShape, found: PageShape): boolean {
  return [...made.resources].some(([name, target]) => found.resources.get(name) !== target);
}

function shape(lib: PdfLib, pdf: PDFDocument, page: PDFPage): PageShape {
  const box = page.getMediaBox();
  return {
    streams: contentStreams(lib, pdf, page),
    annotations: annotations(lib, pdf, page),
    box: `${box.x} ${box.y} ${box.width} ${box.height} ${page.getRotation().angle}`,
    resources: resources(lib, page),
  };
}

const key = (page: PageShape) => JSON.stringify([page.streams, page.annotations, page.box]);

// Lines of content in one and not the other, as counts: jsPDF writes one
// operator per line, so an edit shows as lines changed and a drawing as lines added.
function lineChanges(made: string, found: string): { added: string[]; removed: string[] } {
  const counts = new Map<string, number>();
  for (const line of made.split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of found.split('\n')) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else added.push(line);
  }
  const removed = [...counts].flatMap(([line, left]) => Array<string>(left).fill(line));
  return { added, removed };
}

const showsText = (line: string) => /(Tj|TJ|'|")\s*$/.test(line.trim());

/** How one page differs from the page Oversight draws there, in words. */
export function describePageChange(made: PageShape, found: PageShape): string[] {
  const what: string[] = [];
  // A tool drawing over a page adds content streams around the page's own (pdf-lib: "q", the page, "Q", the drawing).
  let next = 0;
  for (const stream of found.streams) if (stream === made.streams[next]) next += 1;
  if (next === made.streams.length && found.streams.length > made.streams.length) {
    const added = found.streams.length - made.streams.length;
    what.push(`something was drawn or written over it (${added === 1 ? 'a layer' : `${added} layers`} of content added)`);
  } else if (found.streams.join('\n') !== made.streams.join('\n')) {
    const { added, removed } = lineChanges(made.streams.join('\n'), found.streams.join('\n'));
    if ([...added, ...removed].some(showsText)) what.push('its text was changed');
    else if (added.length > 0) what.push('something was drawn on it');
    if (removed.length > 0 && !removed.some(showsText)) what.push('part of its drawing was removed');
  }
  const madeAnnotations = new Set(made.annotations);
  const newAnnotations = found.annotations.filter((annotation) => !madeAnnotations.has(annotation));
  if (newAnnotations.length > 0) {
    what.push(
      `${newAnnotations.length === 1 ? 'an annotation was' : `${newAnnotations.length} annotations were`} added (${newAnnotations.map((a) => a.split(' ')[0]?.slice(1)).join(', ')})`,
    );
  } else if (found.annotations.length !== made.annotations.length) what.push('its annotations were changed');
  if (found.box !== made.box) what.push('its size or rotation was changed');
  if (resourcesChanged(made, found)) what.push('its fonts or images were changed');
  return what.length > 0 ? what : ['its content differs'];
}

/**
 * Matches the pages of the file to the pages Oversight draws: a page that
 * is not where it should be, a page missing, a page added, and what changed
 * on a page otherwise the same.
 */
function comparePages(made: PageShape[], found: PageShape[]): PageDifference[] {
  const differences: PageDifference[] = [];
  const used = new Set<number>();
  const matchOf: Array<number | null> = found.map((page, index) => {
    if (made[index] && key(made[index]) === key(page)) {
      used.add(index);
      return index;
    }
    return null;
  });
  found.forEach((page, index) => {
    if (matchOf[index] !== null) return;
    const elsewhere = made.findIndex((candidate, at) => !used.has(at) && key(candidate) === key(page));
    if (elsewhere >= 0) {
      used.add(elsewhere);
      matchOf[index] = elsewhere;
    }
  });
  // Pages that only moved because one before them went or came are not named again.
  let expected = 0;
  found.forEach((_, index) => {
    const match = matchOf[index];
    if (match === null || match === undefined) return;
    if (match < expected)
      differences.push({
        page: index + 1,
        what: `Page ${index + 1} is out of order: it is page ${match + 1} of the report as Oversight made it.`,
      });
    expected = Math.max(expected, match + 1);
  });
  found.forEach((page, index) => {
    const match = matchOf[index];
    if (match !== null && match !== undefined && made[match] && resourcesChanged(made[match], page)) {
      differences.push({ page: index + 1, what: `Page ${index + 1}: its fonts or images were changed.` });
    }
    if (match !== null) return;
    const counterpart = made[index];
    if (counterpart && !used.has(index)) {
      used.add(index);
      differences.push({ page: index + 1, what: `Page ${index + 1}: ${describePageChange(counterpart, page).join('; ')}.` });
    } else
      differences.push({
        page: index + 1,
        what: `Page ${index + 1} is not a page of the report as Oversight made it: it was added or replaced.`,
      });
  });
  made.forEach((_, index) => {
    if (!used.has(index)) differences.push({ page: null, what: `Page ${index + 1} of the report as Oversight made it is missing.` });
  });
  if (found.length !== made.length) {
    differences.push({ page: null, what: `The file has ${found.length} pages; the report as Oversight made it has ${made.length}.` });
  }
  return differences.sort((a, b) => (a.page ?? Infinity) - (b.page ?? Infinity));
}

interface Attached {
  name: string;
  bytes: string;
}

function attachedBytes(lib: PdfLib, pdf: PDFDocument, spec: PDFObject | undefined): string {
  try {
    const dict = pdf.context.lookup(spec, lib.PDFDict);
    return decodeStream(lib, dict.lookup(lib.PDFName.of('EF'), lib.PDFDict).lookup(lib.PDFName.of('F')));
  } catch {
    return 'unreadable';
  }
}

function attachedFiles(lib: PdfLib, pdf: PDFDocument): Attached[] {
  const found: Attached[] = [];
  const visit = (node: PDFObject | undefined, depth: number) => {
    const dict = node ? pdf.context.lookup(node) : undefined;
    if (!(dict instanceof lib.PDFDict) || depth > 20) return;
    const list = dict.lookup(lib.PDFName.of('Names'));
    if (list instanceof lib.PDFArray) {
      for (let index = 0; index + 1 < list.size(); index += 2) {
        const name = list.lookup(index);
        const bytes = attachedBytes(lib, pdf, list.get(index + 1));
        found.push({ name: name instanceof lib.PDFString || name instanceof lib.PDFHexString ? name.decodeText() : '?', bytes });
      }
    }
    const kids = dict.lookup(lib.PDFName.of('Kids'));
    if (kids instanceof lib.PDFArray) for (const kid of kids.asArray()) visit(kid, depth + 1);
  };
  const namesDict = pdf.catalog.lookup(lib.PDFName.of('Names'));
  if (namesDict instanceof lib.PDFDict) visit(namesDict.get(lib.PDFName.of('EmbeddedFiles')), 0);
  return found;
}

/** Every embedded font program, decoded: a font edited in place changes the letters the same text shows. */
function fontPrograms(lib: PdfLib, pdf: PDFDocument): string {
  const programs: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof lib.PDFDict) || object.get(lib.PDFName.of('Type')) !== lib.PDFName.of('FontDescriptor')) continue;
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      const program = object.get(lib.PDFName.of(key));
      if (program) programs.push(decodeStream(lib, pdf.context.lookup(program)));
    }
  }
  return programs.sort().join('\n');
}

function compareDocument(lib: PdfLib, made: PDFDocument, found: PDFDocument): string[] {
  const differences: string[] = [];
  const madeFiles = attachedFiles(lib, made);
  const foundFiles = attachedFiles(lib, found);
  for (const file of foundFiles) {
    const counterpart = madeFiles.find((candidate) => candidate.name === file.name);
    if (!counterpart) differences.push(`A file was attached that Oversight does not attach: “${file.name}”.`);
    else if (counterpart.bytes !== file.bytes)
      differences.push(`The attached file “${file.name}” is not the one Oversight writes from its own contents: it was edited.`);
  }
  for (const file of madeFiles) {
    if (!foundFiles.some((candidate) => candidate.name === file.name)) differences.push(`The attached file “${file.name}” is missing.`);
  }
  if (fontPrograms(lib, made) !== fontPrograms(lib, found))
    differences.push('The fonts embedded in it were changed, so its text may show other letters than it says.');
  const madeKeys = new Set(made.catalog.keys().map(String));
  const extra = found.catalog
    .keys()
    .map(String)
    .filter((entry) => !madeKeys.has(entry));
  if (extra.length > 0)
    differences.push(`The document has parts Oversight never adds (${extra.join(', ')}), such as a form or an action run when it opens.`);
  const namesOf = (pdf: PDFDocument) => names(lib, pdf.catalog.lookup(lib.PDFName.of('Names')));
  if (namesOf(made) !== namesOf(found)) differences.push('The document has named parts Oversight never adds (such as scripts).');
  return differences;
}

function count(bytes: Uint8Array, marker: string): number {
  return latin1.decode(bytes).split(marker).length - 1;
}

function infoText(lib: PdfLib, pdf: PDFDocument): string {
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
  if (!(info instanceof lib.PDFDict)) return '';
  return info
    .entries()
    .map(
      ([name, value]) =>
        `${String(name)}=${value instanceof lib.PDFString || value instanceof lib.PDFHexString ? value.decodeText() : String(value)}`,
    )
    .sort()
    .join('\n');
}

/** Updates appended to a PDF after it was first written: each ends with its own %%EOF. */
export function appendedUpdates(bytes: Uint8Array): number {
  return Math.max(count(bytes, '%%EOF'), count(bytes, 'startxref')) - 1;
}

function compareFile(lib: PdfLib, made: PDFDocument, found: PDFDocument, madeBytes: Uint8Array, foundBytes: Uint8Array): string[] {
  const differences: string[] = [];
  const updates = appendedUpdates(foundBytes) - appendedUpdates(madeBytes);
  if (updates > 0)
    differences.push(
      `${updates === 1 ? 'An update was' : `${updates} updates were`} appended to the file after it was made (an edit saved by another program).`,
    );
  if (infoText(lib, made) !== infoText(lib, found))
    differences.push('Its document properties (title, author, dates, fingerprint) were changed.');
  if (foundBytes.length !== madeBytes.length) {
    differences.push(
      `It is ${foundBytes.length.toLocaleString('en-GB')} bytes long; the report as Oversight made it is ${madeBytes.length.toLocaleString('en-GB')}: it was saved again by another program.`,
    );
  } else if (differences.length === 0)
    differences.push(
      'Its bytes differ from the report as Oversight made it, at the same length: it was saved again or edited by another program.',
    );
  return differences;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

/**
 * Compares a report file with the report Oversight draws again from the data
 * attached to it: page by page (decoded content streams, annotations, size,
 * fonts and images), then the attachments and the rest of the document,
 * then the file's bytes and appended updates. An untouched report is byte
 * for byte the same, since the report is reproducible.
 */
export async function compareReports(madeBytes: Uint8Array, foundBytes: Uint8Array): Promise<ReportComparison> {
  if (sameBytes(madeBytes, foundBytes)) return { identical: true, pages: [], document: [], file: [] };
  const lib = await import('@pdfme/pdf-lib');
  const options = { updateMetadata: false, ignoreEncryption: true } as const;
  const [made, found] = await Promise.all([lib.PDFDocument.load(madeBytes, options), lib.PDFDocument.load(foundBytes, options)]);
  return {
    identical: false,
    pages: comparePages(
      made.getPages().map((page) => shape(lib, made, page)),
      found.getPages().map((page) => shape(lib, found, page)),
    ),
    document: compareDocument(lib, made, found),
    file: compareFile(lib, made, found, madeBytes, foundBytes),
  };
}
