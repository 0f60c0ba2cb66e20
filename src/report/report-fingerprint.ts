import { canonicalJson, sha256Hex } from '../questionnaire/hash.ts';
import type { AssessmentResult } from '../scoring/types.ts';
import type { Assessment, QuestionnaireRef } from '../storage/assessment.ts';
import { editionFacts, type EditionFacts, type ReportStatus } from './report-edition.ts';

/** How many hex characters of the fingerprint each page prints. */
export const SHORT_FINGERPRINT_LENGTH = 12;

/**
 * The numbers and verdict a report prints, as recorded in it: enough to say
 * what the report claimed without the questionnaire, and small.
 */
export interface PrintedResult {
  score: number | null;
  band: string | null;
  isDraft: boolean;
  redFlags: Array<{ questionId: string; severity: string }>;
  sections: Array<{ id: string; score: number | null }>;
  questions: Array<{ id: string; status: string; points: number | null }>;
}

/** Everything a report prints, as data: what its fingerprint is taken over. */
export interface FingerprintRecord {
  questionnaire: Pick<QuestionnaireRef, 'id' | 'version' | 'contentHash'>;
  context: Assessment['context'];
  answers: Assessment['answers'];
  actionPlan: Assessment['actionPlan'];
  /** The team's own words on what the assessment leaves out. */
  limitations: string;
  /** Draft or final, the revision, the declaration and the final report the changes are counted from. */
  edition: EditionFacts;
  result: PrintedResult;
  /** When the report was made (ISO 8601) and the time zone it prints that in. */
  generatedAt: string;
  timeZone: string;
}

// Bumped whenever what the fingerprint covers changes, so that two versions
// can never give the same fingerprint for different things.
const FINGERPRINT_KIND = 'oversight-report-fingerprint/3';

export function printedResult(result: AssessmentResult): PrintedResult {
  return {
    score: result.score,
    band: result.band?.label ?? null,
    isDraft: result.isDraft,
    redFlags: result.redFlags.map((flag) => ({ questionId: flag.questionId, severity: flag.severity })),
    sections: result.sections.map((section) => ({ id: section.id, score: section.score })),
    questions: result.questions.map((question) => ({ id: question.id, status: question.status, points: question.points })),
  };
}

/** The record of an assessment as a report printed it: the one shape both making and checking a report use. */
export function recordOf(
  assessment: Assessment,
  status: ReportStatus,
  result: PrintedResult,
  generatedAt: string,
  timeZone: string,
): FingerprintRecord {
  const { id, version, contentHash } = assessment.questionnaire;
  return {
    questionnaire: { id, version, contentHash },
    context: assessment.context,
    answers: assessment.answers,
    actionPlan: assessment.actionPlan,
    limitations: assessment.limitations,
    edition: editionFacts(assessment, status),
    result,
    generatedAt,
    timeZone,
  };
}

/** The record of a report about to be made. */
export function fingerprintRecord(input: {
  assessment: Assessment;
  result: AssessmentResult;
  generatedAt: Date;
  timeZone: string;
  status?: ReportStatus;
}): FingerprintRecord {
  return recordOf(input.assessment, input.status ?? 'draft', printedResult(input.result), input.generatedAt.toISOString(), input.timeZone);
}

/**
 * The report fingerprint: SHA-256 (hex) of the canonical JSON of everything
 * the report prints: the questionnaire's id, version and content hash, the
 * assessment details, every answer, note and "Not applicable" reason, the
 * action plan's owners, dates, states and reasons, the scope's limitations,
 * draft or final with the revision, the declaration and the previous final
 * report (what "changes since" is counted from), the scores, verdict and red
 * flags, and when the report was made. Two reports with the same fingerprint
 * say the same things; any change to any of these changes it.
 */
export async function reportFingerprint(record: FingerprintRecord): Promise<string> {
  return sha256Hex(canonicalJson({ kind: FINGERPRINT_KIND, ...record }));
}
