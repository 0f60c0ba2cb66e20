import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Test support: reads PDFs back with Poppler's command-line tools
// (Debian's poppler-utils: pdftotext, pdfinfo).

function withFile<T>(bytes: Uint8Array, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-report-'));
  const path = join(dir, 'report.pdf');
  try {
    writeFileSync(path, bytes);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(bytes: Uint8Array, options: { layout?: boolean; first?: number; last?: number } = {}): string {
  const args = [
    ...(options.layout ? ['-layout'] : []),
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
  ];
  return withFile(bytes, (path) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, path, '-'], { encoding: 'utf8' }));
}

/** pdfinfo's fields: Title, Author, Pages, Page size… */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (path) => execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }));
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1] as string, match[2] as string]),
  );
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box, in points from the top left of its page. */
export function pdfWords(bytes: Uint8Array): { pages: Array<{ width: number; height: number }>; words: Word[] } {
  const html = withFile(bytes, (path) =>
    execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
  );
  const pages: Array<{ width: number; height: number }> = [];
  const words: Word[] = [];
  const pattern =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(pattern)) {
    if (match[1]) pages.push({ width: Number(match[1]), height: Number(match[2]) });
    else
      words.push({
        page: pages.length,
        text: match[7] ?? '',
        xMin: Number(match[3]),
        yMin: Number(match[4]),
        xMax: Number(match[5]),
        yMax: Number(match[6]),
      });
  }
  return { pages, words };
}

/** Text with line breaks removed, to find strings the report broke across lines. */
export function joined(text: string): string {
  return text.replace(/\s*\n\s*/g, '');
}

/** Text with every run of white space, line breaks included, as one space: for sentences the report wrapped. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const overlap = (a: Word, b: Word) =>
  a.page === b.page &&
  Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 0.5 &&
  Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5;

/** Every two words that share any area ("page 2: “a” and “b”"): text run into its neighbour. */
export function textCollisions(bytes: Uint8Array): string[] {
  const found: string[] = [];
  const byPage = new Map<number, Word[]>();
  for (const word of pdfWords(bytes).words) byPage.set(word.page, [...(byPage.get(word.page) ?? []), word]);
  for (const [page, list] of byPage) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const [a, b] = [list[i] as Word, list[j] as Word];
        if (overlap(a, b)) found.push(`page ${page}: “${a.text}” and “${b.text}”`);
      }
    }
  }
  return found;
}
