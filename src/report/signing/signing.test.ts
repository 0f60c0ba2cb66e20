import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../build-report.ts';
import { readReportFontFiles } from '../../../scripts/fonts/load-fonts-node.ts';
import { readReport } from '../read-report.ts';
import { fingerprintRecord, reportFingerprint } from '../report-fingerprint.ts';
import type { ReportInput } from '../report-types.ts';
import { typicalInput } from '../fixtures.test-support.ts';
import { backUpSigningKey, restoreSigningKey } from './key-backup.ts';
import { signReportIfKeyPresent } from './sign-report-if-key-present.ts';
import { checkSignature, signFingerprint } from './sign-report.ts';
import { generateSigningKey, keyIdOf, parsePublicKeyFile, publicKeyFile, type SigningKey } from './signing-key.ts';

const FINGERPRINT = 'a'.repeat(64);
const SIGNED_AT = new Date('2026-12-03T10:00:00.000Z');

describe('signing reports', () => {
  let key: SigningKey;
  let other: SigningKey;

  beforeAll(async () => {
    [key, other] = await Promise.all([generateSigningKey('Acme Vision Ltd', SIGNED_AT), generateSigningKey('Someone Else')]);
  });

  it('names a key by the SHA-256 of its public JWK, and hands out only the public part', async () => {
    expect(key.keyId).toMatch(/^[0-9a-f]{64}$/);
    expect(key.keyId).toBe(await keyIdOf(key.publicKey));
    const file = publicKeyFile(key);
    expect(JSON.stringify(file)).not.toContain('"d"');
    const parsed = await parsePublicKeyFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, key: file });
    expect(await parsePublicKeyFile('{"format": "oversight-answers"}')).toMatchObject({ ok: false });
  });

  it('accepts a signature made with the key, and says who signed and when from the key file', async () => {
    const signature = await signFingerprint(key, FINGERPRINT, SIGNED_AT);
    expect(signature).toMatchObject({
      algorithm: 'ECDSA-P256-SHA256',
      organisation: 'Acme Vision Ltd',
      keyId: key.keyId,
      signedAt: SIGNED_AT.toISOString(),
    });
    expect(await checkSignature(signature, FINGERPRINT, [publicKeyFile(key)])).toEqual({
      state: 'valid',
      key: publicKeyFile(key),
      signedAt: SIGNED_AT,
    });
  });

  it('says exactly why a signature is not accepted', async () => {
    const signature = await signFingerprint(key, FINGERPRINT, SIGNED_AT);
    expect(await checkSignature(null, FINGERPRINT, [publicKeyFile(key)])).toEqual({ state: 'unsigned' });
    expect(await checkSignature(signature, FINGERPRINT, [])).toMatchObject({ state: 'no-key' });
    expect(await checkSignature(signature, FINGERPRINT, [publicKeyFile(other)])).toMatchObject({ state: 'other-key' });
    // The report changed after it was signed; or the name, date or key id in the signature edited.
    expect(await checkSignature(signature, 'b'.repeat(64), [publicKeyFile(key)])).toMatchObject({ state: 'invalid' });
    expect(await checkSignature({ ...signature, organisation: 'Other Ltd' }, FINGERPRINT, [publicKeyFile(key)])).toMatchObject({
      state: 'invalid',
    });
    expect(await checkSignature({ ...signature, signedAt: '2027-01-01T00:00:00.000Z' }, FINGERPRINT, [publicKeyFile(key)])).toMatchObject({
      state: 'invalid',
    });
    // Another key's public half passed off under this key's id does not help: the id is recomputed from the key.
    const forged = { ...publicKeyFile(other), keyId: key.keyId };
    const reparsed = await parsePublicKeyFile(JSON.stringify(forged));
    expect(reparsed.ok && reparsed.key.keyId).toBe(other.keyId);
  });

  it('backs the key up under a password and restores it only with that password', async () => {
    const backup = await backUpSigningKey(key, 'correct horse battery staple', 1000);
    expect(JSON.stringify(backup)).not.toContain(String(key.privateKey.d));
    expect(await restoreSigningKey(JSON.stringify(backup), 'correct horse battery staple')).toEqual({ ok: true, key });
    expect(await restoreSigningKey(JSON.stringify(backup), 'wrong')).toEqual({
      ok: false,
      message: 'The password is wrong, or the backup is damaged.',
    });
    expect(await restoreSigningKey('{}', 'x')).toEqual({ ok: false, message: 'This file is not an Oversight signing key backup.' });
  });

  describe('in a report', () => {
    let input: ReportInput;

    beforeAll(async () => {
      input = await typicalInput();
    });

    it('signs the report fingerprint when a key is kept, and leaves the fingerprint as it is', async () => {
      expect(await signReportIfKeyPresent(input, async () => null)).toBe(input);
      const signed = await signReportIfKeyPresent(input, async () => key);
      const bytes = await buildReport(signed, { fonts: readReportFontFiles() });
      const read = await readReport(bytes);
      if (!read.ok) throw new Error(read.message);
      const fingerprint = await reportFingerprint(fingerprintRecord(input));
      expect(read.computedFingerprint).toBe(fingerprint);
      expect(read.manifest?.signature).toEqual(signed.signature);
      expect(await checkSignature(read.manifest?.signature ?? null, read.computedFingerprint, [publicKeyFile(key)])).toMatchObject({
        state: 'valid',
      });
      // Drawing it again to check it never signs it again.
      const again = { ...input, signature: null };
      expect(await signReportIfKeyPresent(again, async () => key)).toBe(again);
    });
  });
});
