import { parseSigningKey, type SigningKey } from './signing-key.ts';

/** A private key encrypted with a password: PBKDF2 (SHA-256) derives an AES-GCM key. */
export interface KeyBackup {
  format: 'oversight-signing-key-backup';
  formatVersion: 1;
  organisation: string;
  keyId: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

// OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second in a browser.
const ITERATIONS = 600_000;

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** The key, encrypted with a password, as a file to keep somewhere safe. */
export async function backUpSigningKey(key: SigningKey, password: string, iterations = ITERATIONS): Promise<KeyBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const aes = await deriveKey(password, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, new TextEncoder().encode(JSON.stringify(key))));
  return {
    format: 'oversight-signing-key-backup',
    formatVersion: 1,
    organisation: key.organisation,
    keyId: key.keyId,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  };
}

/** Reads a backup back with its password; a wrong password or a damaged file comes back in words. */
export async function restoreSigningKey(
  text: string,
  password: string,
): Promise<{ ok: true; key: SigningKey } | { ok: false; message: string }> {
  let backup: KeyBackup;
  try {
    backup = JSON.parse(text) as KeyBackup;
    if (backup.format !== 'oversight-signing-key-backup' || backup.formatVersion !== 1) throw new Error('format');
  } catch {
    return { ok: false, message: 'This file is not an Oversight signing key backup.' };
  }
  try {
    const aes = await deriveKey(password, fromBase64(backup.kdf.salt), backup.kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(backup.cipher.iv) }, aes, fromBase64(backup.data));
    const key = await parseSigningKey(JSON.parse(new TextDecoder().decode(plain)));
    if (key) return { ok: true, key };
  } catch {
    return { ok: false, message: 'The password is wrong, or the backup is damaged.' };
  }
  return { ok: false, message: 'The backup opened, but the key inside is damaged.' };
}
