import { fingerprintRecord, reportFingerprint } from '../report-fingerprint.ts';
import type { ReportInput } from '../report-types.ts';
import { loadSigningKey } from './key-store.ts';
import { signFingerprint } from './sign-report.ts';
import type { SigningKey } from './signing-key.ts';

/**
 * The report input, signed with the organisation's key when this browser
 * keeps one (signing is optional). An input that already says whether it is
 * signed (a report drawn again to check it) is left as it is. The signature
 * is dated with the report, which is when it is made.
 */
export async function signReportIfKeyPresent(
  input: ReportInput,
  load: () => Promise<SigningKey | null> = loadSigningKey,
): Promise<ReportInput> {
  if (input.signature !== undefined) return input;
  const key = await load();
  if (!key) return input;
  const fingerprint = await reportFingerprint(fingerprintRecord(input));
  return { ...input, signature: await signFingerprint(key, fingerprint, input.generatedAt) };
}
