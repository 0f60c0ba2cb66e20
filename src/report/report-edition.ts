import type { AssessmentResult } from '../scoring/types.ts';
import { declarationSchema, type Assessment, type Declaration, type DeclarationDraft, type FinalReport } from '../storage/assessment.ts';
import { plural } from '../questionnaire/wording.ts';

export const REPORT_STATUSES = ['draft', 'final'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A draft, or the next final revision with its declaration and the final report before it. */
export type ReportEdition =
  { status: 'draft' } | { status: 'final'; revision: number; declaration: Declaration; previous: FinalReport | null };

/**
 * What a report of this status states about its edition, read from the
 * assessment alone (no checks): the fingerprint covers it, and a report is
 * checked by reading the same facts back from its attached answers.
 */
export interface EditionFacts {
  status: ReportStatus;
  revision: number | null;
  declaration: DeclarationDraft | null;
  previous: FinalReport | null;
}

export function editionFacts(assessment: Pick<Assessment, 'declaration' | 'finalReports'>, status: ReportStatus): EditionFacts {
  if (status === 'draft') return { status, revision: null, declaration: null, previous: null };
  const previous = assessment.finalReports.at(-1) ?? null;
  return { status, revision: (previous?.revision ?? 0) + 1, declaration: assessment.declaration, previous };
}

/** What stops a final report, and where: `answers`, or the declaration's field (`name`, `role`, `date`, `affirmed`). */
export interface EditionProblem {
  field: 'answers' | keyof Declaration;
  message: string;
}

export type EditionChoice = { ok: true; edition: ReportEdition } | { ok: false; problems: EditionProblem[] };

/**
 * The edition a report will be: a draft whenever asked, or the next final
 * revision, which needs every question answered and a complete declaration.
 * Problems are in words a person can act on, all at once.
 */
export function chooseEdition(
  assessment: Pick<Assessment, 'declaration' | 'finalReports'>,
  result: Pick<AssessmentResult, 'completeness'>,
  status: ReportStatus,
): EditionChoice {
  if (status === 'draft') return { ok: true, edition: { status: 'draft' } };
  const facts = editionFacts(assessment, status);
  const problems: EditionProblem[] = [];
  const missing = result.completeness.missing.length;
  if (missing > 0) {
    problems.push({
      field: 'answers',
      message: `${plural(missing, 'question')} ${missing === 1 ? 'is' : 'are'} still to answer: a final report needs every question answered.`,
    });
  }
  // Every field of the declaration has its own message, which says what to do.
  const declaration = declarationSchema.safeParse(facts.declaration);
  if (!declaration.success) {
    for (const issue of declaration.error.issues) problems.push({ field: issue.path[0] as keyof Declaration, message: issue.message });
  }
  if (!declaration.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, edition: { status: 'final', revision: facts.revision ?? 1, declaration: declaration.data, previous: facts.previous } };
}

/** What a final report leaves with the assessment, for the next one's "changes since". */
export function finalReportEntry(
  assessment: Pick<Assessment, 'answers' | 'actionPlan'>,
  result: Pick<AssessmentResult, 'score' | 'band'>,
  revision: number,
  generatedAt: Date,
  fingerprint: string,
): FinalReport {
  return {
    revision,
    generatedAt: generatedAt.toISOString(),
    fingerprint,
    score: result.score,
    band: result.band?.label ?? null,
    answers: assessment.answers,
    actionPlan: assessment.actionPlan,
  };
}

/** "Final — revision 2", "Draft" or "Draft — 3 questions unanswered". */
export function editionLabel(edition: ReportEdition, result: Pick<AssessmentResult, 'completeness'>): string {
  if (edition.status === 'final') return `Final — revision ${edition.revision}`;
  const missing = result.completeness.missing.length;
  return missing === 0 ? 'Draft' : `Draft — ${plural(missing, 'question')} unanswered`;
}
