import { canonicalJson } from '../questionnaire/hash.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import { appendedUpdates, compareReports, type PageDifference, type ReportComparison } from './compare-reports.ts';
import type { ReadReportResult } from './read-report.ts';
import { printedResult, SHORT_FINGERPRINT_LENGTH } from './report-fingerprint.ts';
import { REPORT_LAYOUT } from './report-manifest.ts';
import type { ReportInput } from './report-types.ts';
import { messageOf } from '../questionnaire/wording.ts';

export type CheckState = 'passed' | 'failed' | 'unchecked';

/** One of the three checks, in words: `summary` is one sentence, `details` what was found. */
export interface Check {
  state: CheckState;
  summary: string;
  details: string[];
}

export interface Verification {
  /** (a) The attached data gives the fingerprint the report records. */
  data: Check;
  /** (b) The pages are the ones Oversight draws from that data. */
  pages: Check & { differences: PageDifference[] };
  /** (c) The file was not changed after it was made. */
  file: Check;
  /** As made only when all three passed; altered when any failed; otherwise not fully checked. */
  verdict: 'as-made' | 'altered' | 'unchecked';
}

export interface VerifyDeps {
  /** The questionnaire this browser has for that reference (bundled, or loaded by the person), or null. */
  loadQuestionnaire(ref: { id: string; version: string; contentHash: string }): Promise<Questionnaire | null>;
  /** Draws a report with the same code that makes them (the report worker, or buildReport in tests). */
  render(input: ReportInput): Promise<Uint8Array>;
}

type Read = Extract<ReadReportResult, { ok: true }>;

const short = (fingerprint: string) => fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH) || 'none';

function checkData(read: Read): Check {
  if (!read.manifest) {
    return {
      state: 'unchecked',
      summary: 'The attached answers could not be checked: the report has no record of how it was made.',
      details: ['It was made by an earlier version of Oversight, or its record (oversight-report.json) was removed.'],
    };
  }
  if (read.matches) {
    return {
      state: 'passed',
      summary: 'The attached answers are intact: they give the fingerprint the report records.',
      details: [`Fingerprint ${read.computedFingerprint}`],
    };
  }
  return {
    state: 'failed',
    summary: 'The attached answers were changed after the report was made: they do not give the fingerprint the report records.',
    details: [`The report records ${short(read.recordedFingerprint)}…; the attached answers give ${short(read.computedFingerprint)}….`],
  };
}

type Redrawn = { ok: true; comparison: ReportComparison } | { ok: false; why: string };

/** Draws the report again from its attached data, or says why it cannot. */
async function redraw(read: Read, data: Check, bytes: Uint8Array, deps: VerifyDeps): Promise<Redrawn> {
  const { manifest, file } = read;
  if (!manifest) return { ok: false, why: 'The report has no record of how it was made, so it cannot be drawn again.' };
  if (manifest.layout !== REPORT_LAYOUT) {
    return {
      ok: false,
      why: `It was drawn by another version of Oversight’s report (${manifest.layout}); this copy draws ${REPORT_LAYOUT}.`,
    };
  }
  const ref = file.assessment.questionnaire;
  const questionnaire = await deps.loadQuestionnaire(ref).catch(() => null);
  if (!questionnaire)
    return { ok: false, why: `This copy of Oversight does not include the questionnaire “${ref.title}” (${ref.id}) it was made with.` };
  if (questionnaire.contentHash !== ref.contentHash) {
    return {
      ok: false,
      why: `It was made with version ${ref.version} of “${ref.title}”; this copy of Oversight has version ${questionnaire.version}.`,
    };
  }
  const result = scoreAssessment(questionnaire, file.assessment.answers);
  if (data.state === 'passed' && canonicalJson(printedResult(result)) !== canonicalJson(manifest.result)) {
    return {
      ok: false,
      why: 'This copy of Oversight scores these answers differently from the copy that made the report (its scoring has changed since).',
    };
  }
  const input: ReportInput = {
    questionnaire,
    assessment: file.assessment,
    result,
    generatedAt: new Date(manifest.generatedAt),
    timeZone: manifest.timeZone,
    paper: manifest.paper,
    status: manifest.status,
    signature: manifest.signature,
  };
  try {
    return { ok: true, comparison: await compareReports(await deps.render(input), bytes) };
  } catch (error) {
    return { ok: false, why: `It could not be drawn again: ${messageOf(error)}` };
  }
}

function checkPages(redrawn: Redrawn): Verification['pages'] {
  if (!redrawn.ok) return { state: 'unchecked', summary: 'The pages could not be checked.', details: [redrawn.why], differences: [] };
  const { pages, document } = redrawn.comparison;
  if (pages.length === 0 && document.length === 0) {
    return {
      state: 'passed',
      summary: 'Every page is exactly what Oversight draws from the attached answers.',
      details: [],
      differences: [],
    };
  }
  return {
    state: 'failed',
    summary: 'The pages are not the ones Oversight draws from the attached answers: the report was altered.',
    details: [...pages.map((difference) => difference.what), ...document],
    differences: pages,
  };
}

function checkFile(redrawn: Redrawn, bytes: Uint8Array): Check {
  if (redrawn.ok && redrawn.comparison.identical) {
    return {
      state: 'passed',
      summary: 'The file has not been changed since it was made: it is byte for byte the report Oversight makes from its data.',
      details: [],
    };
  }
  if (redrawn.ok) return { state: 'failed', summary: 'The file was changed after it was made.', details: redrawn.comparison.file };
  const updates = appendedUpdates(bytes);
  if (updates > 0) {
    return {
      state: 'failed',
      summary: 'The file was changed after it was made.',
      details: [`${updates === 1 ? 'An update was' : `${updates} updates were`} appended to it (an edit saved by another program).`],
    };
  }
  return {
    state: 'unchecked',
    summary: 'The file could not be fully checked: no edit was appended to it, but it could not be compared with the report drawn again.',
    details: [],
  };
}

/**
 * Checks a report three ways: (a) its attached data gives the fingerprint it
 * records; (b) its pages are exactly the ones Oversight draws from that data
 * (the report is drawn again with the same code and compared page by page);
 * (c) the file was not changed after it was made. It never says "as made"
 * for a file it could not fully check. It cannot say who made the report:
 * only a signature can (signing/).
 */
export async function verifyReport(bytes: Uint8Array, read: Read, deps: VerifyDeps): Promise<Verification> {
  const data = checkData(read);
  const redrawn = await redraw(read, data, bytes, deps);
  const pages = checkPages(redrawn);
  const file = checkFile(redrawn, bytes);
  const states = [data.state, pages.state, file.state];
  const verdict = states.includes('failed') ? 'altered' : states.every((state) => state === 'passed') ? 'as-made' : 'unchecked';
  return { data, pages, file, verdict };
}
