import type { AnswerSet } from '../../compare/answer-sets.ts';
import { defaultRespondentName } from '../../compare/answer-sets.ts';
import { tooLargeMessage } from '../../questionnaire/decode-text.ts';
import { messageOf } from '../../questionnaire/wording.ts';
import { MAX_ANSWERS_FILE_BYTES, parseAnswersBytes, type AnswersFile } from '../../storage/answers-file.ts';
import { newAssessmentId } from '../../storage/new-assessment-id.ts';
import { readAssessment } from '../../state/assessment-repository.ts';

/** A file, or a saved assessment, that could not be used: what it is called and every reason. */
export interface SourceProblem {
  source: string;
  messages: string[];
}

export type SourceOutcome = { ok: true; set: AnswerSet } | { ok: false; problem: SourceProblem };

// Reports of the longest questionnaires stay well under a megabyte (as on "Open a report").
const MAX_REPORT_BYTES = 10 * 1024 * 1024;

function looksLikePdf(file: File, bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') || file.name.toLowerCase().endsWith('.pdf');
}

function problem(source: string, messages: string[]): SourceOutcome {
  return { ok: false, problem: { source, messages } };
}

function setFrom(file: AnswersFile, source: AnswerSet['source']): SourceOutcome {
  return {
    ok: true,
    set: { key: newAssessmentId(), name: defaultRespondentName(file.assessment, source), source, assessment: file.assessment },
  };
}

async function readPdf(file: File, bytes: Uint8Array): Promise<SourceOutcome> {
  // Read by the report worker where there is one: a large PDF must not freeze the page.
  const { prepareReport } = await import('../../report/runtime/prepare-report.ts');
  const read = await (await prepareReport()).read(bytes);
  if (!read.ok) return problem(file.name, [read.message]);
  return setFrom(read.file, { kind: 'report', fileName: file.name });
}

/**
 * Reads one chosen file as a set of answers: an answers file (JSON) or a PDF
 * report Oversight made, whose attached answers are used. Never throws:
 * every problem comes back with the file's name.
 */
export async function readAnswerFile(file: File): Promise<SourceOutcome> {
  const isPdfName = file.name.toLowerCase().endsWith('.pdf');
  const tooLarge = tooLargeMessage(
    file.size,
    isPdfName ? MAX_REPORT_BYTES : MAX_ANSWERS_FILE_BYTES,
    isPdfName ? 'a report' : 'an answers file',
  );
  if (tooLarge) return problem(file.name, [`This file ${tooLarge}.`]);
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (looksLikePdf(file, bytes)) return await readPdf(file, bytes);
    const parsed = parseAnswersBytes(bytes);
    if (!parsed.ok) return problem(file.name, parsed.errors);
    return setFrom(parsed.file, { kind: 'answers-file', fileName: file.name });
  } catch (error) {
    return problem(file.name, [`The file could not be read: ${messageOf(error)}`]);
  }
}

/** A saved assessment as a set of answers, with its latest changes. */
export function readStoredAnswers(assessmentId: string, label: string): SourceOutcome {
  const read = readAssessment(assessmentId);
  if (!read.ok) return problem(label, [read.message]);
  const source = { kind: 'stored', assessmentId } as const;
  return {
    ok: true,
    set: { key: newAssessmentId(), name: defaultRespondentName(read.assessment, source), source, assessment: read.assessment },
  };
}
