import type { PrintedResult } from './report-fingerprint.ts';
import type { ReportStatus } from './report-edition.ts';
import type { Paper } from './paper.ts';

/**
 * The version of the report's layout. Verification re-draws a report and
 * compares it with the file, so a report can only be checked by the layout
 * that drew it: bump this with any change to what a report looks like (a test
 * pins the bytes of a typical report to remind you).
 */
export const REPORT_LAYOUT = 'oversight-report-layout/2';

export const MANIFEST_FILE_NAME = 'oversight-report.json';
export const MANIFEST_DESCRIPTION = 'Oversight report record: how this report was made, to check it';

/** A signature over the report fingerprint (see signing/). */
export interface ReportSignature {
  algorithm: 'ECDSA-P256-SHA256';
  organisation: string;
  /** SHA-256 (hex) of the signing key's public JWK. */
  keyId: string;
  /** ISO 8601. */
  signedAt: string;
  /** Base64 of the raw (r‖s) signature. */
  value: string;
}

/**
 * The second file attached to a report, beside the answers file: what is
 * needed to draw the report again from the answers (time, time zone, paper,
 * layout), the printed results, the fingerprint, and a signature if the
 * organisation signs its reports. The fingerprint covers the answers and
 * the printed results, never the signature, so signing does not change it.
 */
export interface ReportManifest {
  format: 'oversight-report';
  formatVersion: 1;
  layout: string;
  fingerprint: string;
  generatedAt: string;
  timeZone: string;
  paper: Paper;
  /** Draft or final: with the attached answers, this gives the revision and declaration printed. */
  status: ReportStatus;
  result: PrintedResult;
  signature: ReportSignature | null;
}

export function serializeManifest(manifest: ReportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

function parseSignature(value: unknown): ReportSignature | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { algorithm, organisation, keyId, signedAt, value: signature } = value;
  if (algorithm !== 'ECDSA-P256-SHA256' || !isText(organisation) || !isText(keyId) || !isText(signedAt) || !isText(signature))
    return undefined;
  return { algorithm, organisation, keyId, signedAt, value: signature };
}

/** Reads the record back; null when it is not one (or is damaged). */
export function parseManifest(text: string): ReportManifest | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== 'oversight-report' || data.formatVersion !== 1) return null;
  const { layout, fingerprint, generatedAt, timeZone, paper, result } = data;
  // Reports drawn before there were final reports were all drafts.
  const status = data.status ?? 'draft';
  if (status !== 'draft' && status !== 'final') return null;
  const signature = parseSignature(data.signature ?? null);
  if (!isText(layout) || !isText(fingerprint) || !isText(generatedAt) || !isText(timeZone)) return null;
  if ((paper !== 'a4' && paper !== 'letter') || !isRecord(result) || signature === undefined) return null;
  if (Number.isNaN(Date.parse(generatedAt))) return null;
  // The printed results are only hashed and compared, never trusted: their shape is enough.
  return {
    format: 'oversight-report',
    formatVersion: 1,
    layout,
    fingerprint,
    generatedAt,
    timeZone,
    paper,
    status,
    result: result as unknown as PrintedResult,
    signature,
  };
}
