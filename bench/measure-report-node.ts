import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { jsPDF } from 'jspdf';
import type { Questionnaire } from '../src/questionnaire/model.ts';
import { registerFonts } from '../src/report/register-fonts.ts';
import type { ReportDeps, ReportFonts, ReportInput } from '../src/report/report-types.ts';
import { FONT_FAMILY } from '../src/report/theme.ts';
import { scoreAssessment } from '../src/scoring/score-assessment.ts';
import type { Assessment } from '../src/storage/assessment.ts';

type BuildReport = (input: ReportInput, deps: ReportDeps) => Promise<Uint8Array> | Uint8Array;

const BUILD_REPORT_FILE = resolve('src/report/build-report.ts');

/** The report builder, or why there is none yet (the report is built in parallel with the bench). */
export async function loadBuildReport(): Promise<{ ok: true; buildReport: BuildReport } | { ok: false; reason: string }> {
  if (!existsSync(BUILD_REPORT_FILE)) return { ok: false, reason: 'src/report/build-report.ts does not exist' };
  const module = (await import(pathToFileURL(BUILD_REPORT_FILE).href)) as { buildReport?: unknown };
  if (typeof module.buildReport !== 'function') return { ok: false, reason: 'src/report/build-report.ts exports no buildReport' };
  return { ok: true, buildReport: module.buildReport as BuildReport };
}

/** The report's input, as the results page gives it, at a fixed instant so every run makes the same bytes. */
export function reportInput(questionnaire: Questionnaire, assessment: Assessment): ReportInput {
  return {
    questionnaire,
    assessment,
    result: scoreAssessment(questionnaire, assessment.answers),
    generatedAt: new Date('2026-11-26T10:00:00Z'),
    timeZone: 'UTC',
    paper: 'a4',
  };
}

/** Times one call, in ms, and keeps its result. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

const LINES_PER_PAGE = 50;
const LINE_HEIGHT = 14;
const WRAP_AT = 90;

/**
 * The lower bound: the same lines drawn by jsPDF with the same fonts and
 * settings as the report (points, A4, compressed, fonts subset), one
 * `doc.text` per line at a fixed position, a new page every 50 lines. No
 * measuring, wrapping, tables, chart or attachment.
 */
export function bareJsPdf(lines: readonly string[], fonts: ReportFonts): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, fonts);
  lines.forEach((line, index) => {
    const row = index % LINES_PER_PAGE;
    if (index > 0 && row === 0) doc.addPage();
    // The first line of a page in bold, so both fonts are embedded, as in the report.
    doc.setFont(FONT_FAMILY, row === 0 ? 'bold' : 'normal');
    doc.setFontSize(row === 0 ? 12 : 10);
    doc.text(line, 56, 66 + row * LINE_HEIGHT);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Lines of at most WRAP_AT characters, split at spaces: done before timing, not part of it. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > WRAP_AT) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** What the report draws, read back from its PDF with pdftotext (poppler-utils); null when pdftotext is missing. */
export function reportTextLines(pdf: Uint8Array): string[] | null {
  const folder = mkdtempSync(join(tmpdir(), 'oversight-bench-'));
  try {
    const file = join(folder, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return text
      .split(/[\n\f]/)
      .map((line) => line.trim())
      .filter(Boolean);
  } catch {
    return null;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Without a report to read: the questionnaire's and the answers' own words, as the report would print them. */
export function inputTextLines(questionnaire: Questionnaire, assessment: Assessment): string[] {
  const lines = [assessment.context.project, assessment.context.organisation, questionnaire.title];
  for (const section of questionnaire.sections) {
    lines.push(`${section.number}. ${section.title}`);
    for (const question of section.questions) {
      const answer = assessment.answers[question.id];
      const chosen = question.options.find((option) => option.value === answer?.value);
      lines.push(...splitLines(`${question.number} ${question.text}`));
      lines.push(...splitLines(`Answer: ${chosen?.label ?? 'Not answered'}`));
      if (answer?.notes) lines.push(...splitLines(`Notes: ${answer.notes}`));
      if (question.help) lines.push(...splitLines(question.help));
    }
  }
  return lines;
}
