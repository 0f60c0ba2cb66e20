import { useEffect, useState } from 'react';
import { loadQuestionnaire } from '../../state/load-questionnaire.ts';
import type { ReadReportResult } from '../../report/read-report.ts';
import type { SignatureCheck } from '../../report/signing/sign-report.ts';
import type { PublicKeyFile } from '../../report/signing/signing-key.ts';
import type { Verification } from '../../report/verify-report.ts';
import { messageOf } from '../../questionnaire/wording.ts';

type Read = Extract<ReadReportResult, { ok: true }>;

/**
 * Checks an opened report (drawn again by the report worker, compared on
 * this page) and its signature against the loaded public keys; loading a key
 * later checks the signature again without drawing the report again.
 */
export function useReportVerification(read: Read | null, bytes: Uint8Array | null, keys: readonly PublicKeyFile[]) {
  const [verification, setVerification] = useState<{ for: Read; result: Verification } | null>(null);
  const [signature, setSignature] = useState<SignatureCheck | null>(null);
  const [signatureProblem, setSignatureProblem] = useState<{ for: Read; message: string } | null>(null);
  useEffect(() => {
    if (!read || !bytes) return;
    let live = true;
    void (async () => {
      const [{ verifyReport }, { prepareReport }] = await Promise.all([
        import('../../report/verify-report.ts'),
        import('../../report/runtime/prepare-report.ts'),
      ]);
      const result = await verifyReport(bytes, read, {
        loadQuestionnaire,
        render: async (input) => (await prepareReport()).make(input),
      });
      if (live) setVerification({ for: read, result });
    })().catch((error: unknown) => {
      const why = messageOf(error);
      const unchecked = { state: 'unchecked' as const, summary: 'The report could not be checked.', details: [why] };
      if (live)
        setVerification({
          for: read,
          result: { data: unchecked, pages: { ...unchecked, differences: [] }, file: unchecked, verdict: 'unchecked' },
        });
    });
    return () => {
      live = false;
    };
  }, [read, bytes]);
  useEffect(() => {
    if (!read) return;
    let live = true;
    void import('../../report/signing/sign-report.ts')
      .then(({ checkSignature }) => checkSignature(read.manifest?.signature ?? null, read.computedFingerprint, keys))
      .then((check) => live && setSignature(check))
      .catch((error: unknown) => {
        const why = messageOf(error);
        if (live) setSignatureProblem({ for: read, message: `The signature could not be checked: ${why}` });
      });
    return () => {
      live = false;
    };
  }, [read, keys]);
  return {
    verification: verification?.for === read ? verification.result : null,
    signature: read ? signature : null,
    signatureProblem: signatureProblem?.for === read ? signatureProblem.message : null,
  };
}
