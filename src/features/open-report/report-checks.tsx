import type { ReadReportResult } from '../../report/read-report.ts';
import type { SignatureCheck } from '../../report/signing/sign-report.ts';
import type { Check, Verification } from '../../report/verify-report.ts';

type Read = Extract<ReadReportResult, { ok: true }>;

const MARK = { passed: 'Passed', failed: 'Failed', unchecked: 'Not checked' } as const;

function CheckItem({ title, check }: { title: string; check: Check }) {
  const shown = check.details.slice(0, 12);
  return (
    <li>
      <strong>
        {title}: {MARK[check.state]}.
      </strong>{' '}
      {check.summary}
      {shown.length > 0 && (
        <ul className="small">
          {shown.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
          {check.details.length > shown.length && <li>…and {check.details.length - shown.length} more differences.</li>}
        </ul>
      )}
    </li>
  );
}

const when = (date: Date) =>
  date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });

/** The signature in one plain sentence, or exactly why it is not accepted. */
export function signatureSentence(check: SignatureCheck): string {
  switch (check.state) {
    case 'unsigned':
      return 'This report is not signed: nothing says which organisation issued it.';
    case 'no-key':
      return `This report carries a signature in the name of “${check.claimed.organisation}” (key ${check.claimed.keyId.slice(0, 16)}…). Load that organisation’s public key file to check it.`;
    case 'other-key':
      return `This report was not signed with the key you loaded (${check.keys.map((key) => `“${key.organisation}”`).join(', ')}): it was signed with another key (${check.claimed.keyId.slice(0, 16)}…), in the name of “${check.claimed.organisation}”.`;
    case 'invalid':
      return `The signature is not valid: it does not match this report’s contents with the key of “${check.key.organisation}”. The report or its signature was changed after it was signed.`;
    case 'valid':
      return `Signed by ${check.key.organisation} on ${when(check.signedAt)}.`;
  }
}

/** What "Open a report" found: the verdict, the three checks, the signature, and what they prove. */
export function ReportChecks({
  read,
  verification,
  signature,
}: {
  read: Read;
  verification: Verification | null;
  signature: SignatureCheck | null;
}) {
  const verdict = verification?.verdict;
  return (
    <section aria-labelledby="report-checks">
      <h2 id="report-checks">Is this report as Oversight made it?</h2>
      {!verification && <p role="status">Checking the report: drawing it again from the answers inside and comparing every page…</p>}
      {verification && (
        <div className={verdict === 'as-made' ? 'success-panel' : 'warning-panel'} role="status">
          {verdict === 'as-made' && (
            <p>
              <strong>This report is exactly as Oversight made it.</strong> The answers inside this report match the fingerprint printed on
              it.
            </p>
          )}
          {verdict === 'altered' && (
            <p>
              <strong>This report was altered after Oversight made it.</strong> Do not rely on it; ask for the original.
            </p>
          )}
          {verdict === 'unchecked' && (
            <p>
              <strong>This report could not be fully checked.</strong> Nothing below says it was altered, but it cannot be said to be as
              made.
            </p>
          )}
          <ol>
            <CheckItem title="The answers inside" check={verification.data} />
            <CheckItem title="The pages" check={verification.pages} />
            <CheckItem title="The file" check={verification.file} />
          </ol>
          {signature && (
            <p>
              <strong>Signature:</strong> {signatureSentence(signature)}
            </p>
          )}
        </div>
      )}
      <p className="small">
        Fingerprint recorded in the report: <code className="hash">{read.recordedFingerprint || 'none'}</code>
        <br />
        Fingerprint of the attached answers: <code className="hash">{read.computedFingerprint || 'none'}</code>
      </p>
      <p className="small">
        What this proves: the answers inside give the fingerprint on every page, and the pages, attachments and bytes are exactly what
        Oversight draws from them, so nothing was edited, added, drawn over or removed since. What it does not prove: who made the report.
        Anyone with Oversight can make a different report, with any answers, that passes these checks. Only a signature, checked with a
        public key file you got from the organisation itself, tells who issued it.
      </p>
    </section>
  );
}
