import { writeFields } from './field-list.ts';
import { moveDown, type Layout } from './page-layout.ts';
import { plural } from '../questionnaire/wording.ts';
import type { PartContext } from './part-context.ts';
import { evidenceRegister, missingEvidence, scopeOf } from './report-record.ts';
import { writeBullets, writeHeading, writeText } from './text-block.ts';
import { TYPE } from './theme.ts';

// The register points to the evidence; the answers print it in full. A long
// note is cut here so the report does not print it twice.
const EXCERPT = 400;

function excerpt(text: string, number: string): string {
  const chars = Array.from(text);
  if (chars.length <= EXCERPT) return text;
  return `${chars
    .slice(0, EXCERPT - 100)
    .join('')
    .trimEnd()}… (in full with the answer to question ${number})`;
}

// Question numbers are short ("12.3"): a narrow label column leaves the text room.
const NUMBER_COLUMN = 40;

function bullets(layout: Layout, lines: readonly string[], empty: string): void {
  if (lines.length === 0) writeText(layout, empty, TYPE.body, { after: 4 });
  writeBullets(layout, lines, TYPE.body, { gap: 3 });
}

/**
 * What a reviewer needs beside the verdict to judge it: what the assessment
 * covers and leaves out, every "Not applicable" with its reason, and every
 * note or link given as evidence.
 */
export function drawRecord(context: PartContext): void {
  const { layout, input } = context;
  const { questionnaire, assessment, result } = input;
  const scope = scopeOf(questionnaire, assessment, result);
  writeHeading(layout, 'Scope and limitations', TYPE.h1, { after: 6 });
  writeHeading(layout, 'What this assessment covers', TYPE.h3, { after: 3, keep: 30 });
  bullets(layout, scope.covers, 'Nothing was assessed.');
  writeHeading(layout, 'What it does not cover', TYPE.h3, { before: 8, after: 3, keep: 30 });
  bullets(layout, scope.leavesOut, 'Nothing was left out, and the team recorded no limitation.');

  const notApplicable = result.notApplicable;
  writeHeading(layout, `Answered “Not applicable” (${notApplicable.length})`, TYPE.h2, { before: 14, after: 4, keep: 40 });
  if (notApplicable.length === 0) writeText(layout, 'No question was answered “Not applicable”.', TYPE.body, { after: 4 });
  writeFields(
    layout,
    notApplicable.map((entry) => ({ label: entry.number, value: `${entry.text}\nReason: ${entry.reason.trim() || 'none given'}` })),
    { labelWidth: NUMBER_COLUMN, gap: 6 },
  );

  const evidence = evidenceRegister(questionnaire, assessment.answers);
  const missing = missingEvidence(questionnaire, assessment.answers);
  writeHeading(layout, `Evidence register (${evidence.length})`, TYPE.h2, { before: 14, after: 4, keep: 40 });
  writeText(layout, 'Each note, document or link the team gave as evidence, by question.', TYPE.small, { after: 4 });
  if (evidence.length === 0) writeText(layout, 'No notes or evidence were given.', TYPE.body, { after: 4 });
  writeFields(
    layout,
    evidence.map((entry) => ({
      label: entry.number,
      value: `${entry.text}${entry.required ? ' (evidence asked for)' : ''}\n${excerpt(entry.evidence, entry.number)}`,
    })),
    { labelWidth: NUMBER_COLUMN, gap: 6 },
  );
  if (missing.length > 0) {
    writeText(layout, `Evidence asked for but not given: ${plural(missing.length, 'question')} (${missing.join(', ')}).`, TYPE.bodyBold, {
      after: 4,
    });
  }
  moveDown(layout, 4);
}
