import { canonicalJson, sha256Hex } from '../../questionnaire/hash.ts';

/** The organisation's key pair, as kept in this browser (JWK, ECDSA P-256). */
export interface SigningKey {
  format: 'oversight-signing-key';
  formatVersion: 1;
  organisation: string;
  /** SHA-256 (hex) of the public JWK's canonical JSON. */
  keyId: string;
  createdAt: string;
  publicKey: JsonWebKey;
  privateKey: JsonWebKey;
}

/** What an organisation hands out so others can check its reports. */
export interface PublicKeyFile {
  format: 'oversight-public-key';
  formatVersion: 1;
  organisation: string;
  keyId: string;
  createdAt: string;
  publicKey: JsonWebKey;
}

export const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

// Only the members that define the key: browsers add key_ops and ext to exported JWKs.
const publicPart = ({ kty, crv, x, y }: JsonWebKey): JsonWebKey => ({ kty, crv, x, y });

export function keyIdOf(publicKey: JsonWebKey): Promise<string> {
  return sha256Hex(canonicalJson(publicPart(publicKey)));
}

/** Makes a new key pair for an organisation, in this browser (WebCrypto). */
export async function generateSigningKey(organisation: string, now = new Date()): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const publicKey = publicPart(await crypto.subtle.exportKey('jwk', pair.publicKey));
  const privateKey = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return {
    format: 'oversight-signing-key',
    formatVersion: 1,
    organisation: organisation.trim(),
    keyId: await keyIdOf(publicKey),
    createdAt: now.toISOString(),
    publicKey,
    privateKey,
  };
}

export function publicKeyFile(key: SigningKey): PublicKeyFile {
  const { organisation, keyId, createdAt, publicKey } = key;
  return { format: 'oversight-public-key', formatVersion: 1, organisation, keyId, createdAt, publicKey };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isEcPublicJwk(value: unknown): value is JsonWebKey {
  return isRecord(value) && value.kty === 'EC' && value.crv === 'P-256' && typeof value.x === 'string' && typeof value.y === 'string';
}

/** Reads a public key file; the key id is recomputed, never trusted. */
export async function parsePublicKeyFile(text: string): Promise<{ ok: true; key: PublicKeyFile } | { ok: false; message: string }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a public key file: it is not JSON.' };
  }
  if (!isRecord(data) || data.format !== 'oversight-public-key' || data.formatVersion !== 1) {
    return {
      ok: false,
      message: 'This file is not an Oversight public key file. Ask the organisation for the file Oversight saved as its public key.',
    };
  }
  if (typeof data.organisation !== 'string' || !isEcPublicJwk(data.publicKey)) {
    return { ok: false, message: 'This public key file is damaged: it lacks the organisation’s name or its key.' };
  }
  const publicKey = publicPart(data.publicKey);
  return {
    ok: true,
    key: {
      format: 'oversight-public-key',
      formatVersion: 1,
      organisation: data.organisation,
      keyId: await keyIdOf(publicKey),
      createdAt: typeof data.createdAt === 'string' ? data.createdAt : '',
      publicKey,
    },
  };
}

/** A stored or restored key, checked: its id must be its public key's. */
export async function parseSigningKey(value: unknown): Promise<SigningKey | null> {
  if (!isRecord(value) || value.format !== 'oversight-signing-key' || value.formatVersion !== 1) return null;
  const { organisation, createdAt, publicKey, privateKey } = value;
  if (typeof organisation !== 'string' || typeof createdAt !== 'string' || !isEcPublicJwk(publicKey) || !isRecord(privateKey)) return null;
  const keyId = await keyIdOf(publicKey);
  if (keyId !== value.keyId) return null;
  return {
    format: 'oversight-signing-key',
    formatVersion: 1,
    organisation,
    keyId,
    createdAt,
    publicKey: publicPart(publicKey),
    privateKey: privateKey as JsonWebKey,
  };
}
