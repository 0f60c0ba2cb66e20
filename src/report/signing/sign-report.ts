import { canonicalJson } from '../../questionnaire/hash.ts';
import type { ReportSignature } from '../report-manifest.ts';
import { ALGORITHM, type PublicKeyFile, type SigningKey } from './signing-key.ts';

const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

// What is signed: the fingerprint with who signs and when, so that none of
// them can be swapped without breaking the signature.
function statement(fingerprint: string, signature: Pick<ReportSignature, 'organisation' | 'keyId' | 'signedAt'>): Uint8Array<ArrayBuffer> {
  const { organisation, keyId, signedAt } = signature;
  return new TextEncoder().encode(`oversight-report-signature/1\n${canonicalJson({ fingerprint, organisation, keyId, signedAt })}`);
}

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** Signs a report fingerprint with the organisation's key (ECDSA P-256, SHA-256). */
export async function signFingerprint(key: SigningKey, fingerprint: string, signedAt: Date): Promise<ReportSignature> {
  const privateKey = await crypto.subtle.importKey('jwk', key.privateKey, ALGORITHM, false, ['sign']);
  const unsigned = { organisation: key.organisation, keyId: key.keyId, signedAt: signedAt.toISOString() };
  const value = new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, statement(fingerprint, unsigned)));
  return { algorithm: 'ECDSA-P256-SHA256', ...unsigned, value: toBase64(value) };
}

export type SignatureCheck =
  | { state: 'unsigned' }
  | { state: 'no-key'; claimed: ReportSignature }
  | { state: 'other-key'; claimed: ReportSignature; keys: PublicKeyFile[] }
  | { state: 'invalid'; claimed: ReportSignature; key: PublicKeyFile }
  | { state: 'valid'; key: PublicKeyFile; signedAt: Date };

/**
 * Checks a report's signature against the public keys a person loaded, over
 * the fingerprint of the report's attached data (not the one it records): a
 * report changed after it was signed fails. The organisation named is the
 * key file's, never the report's own claim.
 */
export async function checkSignature(
  signature: ReportSignature | null,
  fingerprint: string,
  keys: readonly PublicKeyFile[],
): Promise<SignatureCheck> {
  if (!signature) return { state: 'unsigned' };
  if (keys.length === 0) return { state: 'no-key', claimed: signature };
  const key = keys.find((candidate) => candidate.keyId === signature.keyId);
  if (!key) return { state: 'other-key', claimed: signature, keys: [...keys] };
  try {
    const publicKey = await crypto.subtle.importKey('jwk', key.publicKey, ALGORITHM, false, ['verify']);
    const valid = await crypto.subtle.verify(SIGN, publicKey, fromBase64(signature.value), statement(fingerprint, signature));
    const signedAt = new Date(signature.signedAt);
    if (valid && !Number.isNaN(signedAt.getTime())) return { state: 'valid', key, signedAt };
  } catch {
    // A malformed signature is as invalid as a wrong one.
  }
  return { state: 'invalid', claimed: signature, key };
}
