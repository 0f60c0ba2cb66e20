import { canonicalJson, sha256Hex } from '../questionnaire/hash.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Assessment } from '../storage/assessment.ts';

/** How many hex characters of the fingerprint each page prints. */
export const SHORT_FINGERPRINT_LENGTH = 12;

/**
 * The report fingerprint: SHA-256 (hex) of the canonical JSON of the
 * questionnaire's content hash, the assessment context and the answers. Two
 * reports with the same fingerprint say the same things about the same
 * questions; any changed answer, note or name changes it.
 */
export async function reportFingerprint(
  assessment: Pick<Assessment, 'context' | 'answers'>,
  questionnaire: Pick<Questionnaire, 'contentHash'>,
): Promise<string> {
  return sha256Hex(
    canonicalJson({ questionnaireHash: questionnaire.contentHash, context: assessment.context, answers: assessment.answers }),
  );
}
