import type { Assessment } from '../storage/assessment.ts';
import { slugify } from '../storage/slugify.ts';
import { isoDateIn } from './format-date.ts';

/** Which report a file holds: the full report as a draft or a final revision, the one-page public summary, or the comparison of rounds. */
export type ReportFileKind = { kind: 'draft' } | { kind: 'final'; revision: number } | { kind: 'public-summary' } | { kind: 'rounds' };

function kindPart(kind: ReportFileKind): string {
  if (kind.kind === 'final') return `final-r${kind.revision}`;
  return kind.kind;
}

/**
 * `street-lens-final-r3-2026-11-26.pdf`, `street-lens-draft-2026-11-26.pdf`:
 * project, which report, and the day it is made in the given time zone (the
 * device's by default), so a reviewer's folder keeps every edition apart.
 */
export function reportFileName(
  assessment: Pick<Assessment, 'context'>,
  generatedAt: Date,
  kind: ReportFileKind,
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  return `${slugify(assessment.context.project)}-${kindPart(kind)}-${isoDateIn(generatedAt, timeZone)}.pdf`;
}

/** The answers file attached to the report: named as "Export answers" names it, dated like the report. */
export function attachmentFileName(assessment: Pick<Assessment, 'context' | 'questionnaire'>, generatedAt: Date, timeZone: string): string {
  const project = slugify(assessment.context.project);
  const questionnaire = slugify(assessment.questionnaire.id, 'questionnaire');
  return `${project}-${questionnaire}-answers-${isoDateIn(generatedAt, timeZone)}.json`;
}
