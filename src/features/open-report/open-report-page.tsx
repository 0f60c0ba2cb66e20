import { useEffect, useState } from 'react';
import type { ReadReportResult } from '../../report/read-report.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import { loadQuestionnaire } from '../../state/load-questionnaire.ts';
import { computeVisibility } from '../../questionnaire/visibility.ts';
import { describeAnswer } from '../../questionnaire/describe-answer.ts';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import { roundScore } from '../../scoring/round-score.ts';
import type { AnswersFile } from '../../storage/answers-file.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { importAnswersFile, type ImportOutcome } from '../../state/import-assessment.ts';
import { hrefFor } from '../../config/routes.ts';
import type { SignatureCheck } from '../../report/signing/sign-report.ts';
import type { PublicKeyFile } from '../../report/signing/signing-key.ts';
import type { Verification } from '../../report/verify-report.ts';
import { ReportChecks } from './report-checks.tsx';
import { SigningKeyPanel } from './signing-key-panel.tsx';
import { useReportVerification } from './use-report-verification.ts';
import { messageOf, plural } from '../../questionnaire/wording.ts';
import { tooLargeMessage } from '../../questionnaire/decode-text.ts';
import { editionFacts, type ReportStatus } from '../../report/report-edition.ts';

// Reports of the longest questionnaires stay well under a megabyte; a file
// of many megabytes is not one, and reading it would freeze the page.
const MAX_REPORT_BYTES = 10 * 1024 * 1024;

type Reading =
  | { state: 'idle' }
  | { state: 'working'; fileName: string }
  | { state: 'read'; fileName: string; result: ReadReportResult; bytes: Uint8Array };

/** "Final report, revision 2, declared by …" or "Draft", as the report states it; null when it has no record. */
function editionText(file: AnswersFile, status: ReportStatus | null): string {
  if (status === null) return '';
  const facts = editionFacts(file.assessment, status);
  if (facts.status === 'draft' || !facts.declaration) return 'Draft';
  const { name, role, date } = facts.declaration;
  return `Final report, revision ${facts.revision ?? 1}, declared by ${name}${role ? ` (${role})` : ''} on ${date}`;
}

function AttachedAssessment({ file, status }: { file: AnswersFile; status: ReportStatus | null }) {
  const [questionnaire, setQuestionnaire] = useState<Questionnaire | null | 'loading'>('loading');
  const ref = file.assessment.questionnaire;
  useEffect(() => {
    let live = true;
    loadQuestionnaire(ref).then(
      (loaded) => live && setQuestionnaire(loaded),
      () => live && setQuestionnaire(null),
    );
    return () => {
      live = false;
    };
  }, [ref]);
  const context = file.assessment.context;
  const same = questionnaire !== 'loading' && questionnaire !== null && questionnaire.contentHash === ref.contentHash;
  return (
    <>
      <h2>The assessment inside</h2>
      <dl className="summary-list">
        {[
          ['Project or product', context.project],
          ['Organisation', context.organisation],
          ['Assessor', [context.assessorName, context.assessorRole].filter(Boolean).join(', ')],
          ['Date', context.date],
          ['Report', editionText(file, status)],
          ['Questionnaire', `${ref.title} (${ref.id}@${ref.version})`],
          ['Exported', file.exportedAt],
        ].map(([label, value]) => (
          <div className="summary-row" key={label}>
            <dt>{label}</dt>
            <dd>{value || <span className="muted">Not given</span>}</dd>
          </div>
        ))}
      </dl>
      {questionnaire === 'loading' && <p role="status">Loading the questionnaire…</p>}
      {questionnaire === null && (
        <p>This copy of Oversight does not include the questionnaire “{ref.title}”, so the answers cannot be shown in full.</p>
      )}
      {questionnaire !== 'loading' && questionnaire !== null && !same && (
        <p className="notice-panel">
          This report was made with version {ref.version} of the questionnaire; this copy of Oversight has version {questionnaire.version}.
          The answers below are shown against the current questions.
        </p>
      )}
      {questionnaire !== 'loading' && questionnaire !== null && <AnswersReadOnly file={file} questionnaire={questionnaire} />}
    </>
  );
}

function AnswersReadOnly({ file, questionnaire }: { file: AnswersFile; questionnaire: Questionnaire }) {
  const answers = file.assessment.answers;
  const visibility = computeVisibility(questionnaire, answers);
  const result = scoreAssessment(questionnaire, answers);
  return (
    <>
      <p>
        Score recomputed from the attached answers: <strong>{result.score === null ? 'none' : `${roundScore(result.score)} of 100`}</strong>
        {result.band && <>, {result.band.label}</>}
        {result.redFlags.length > 0 && <>, {plural(result.redFlags.length, 'red flag')}</>}
        {result.isDraft && <> (draft)</>}.
      </p>
      {questionnaire.sections
        .filter((section) => visibility.sections.has(section.id))
        .map((section) => (
          <section key={section.id} aria-labelledby={`read-${section.id}`}>
            <h3 id={`read-${section.id}`}>
              {section.number}. {section.title}
            </h3>
            <dl className="summary-list">
              {section.questions
                .filter((question) => visibility.questions.has(question.id))
                .map((question) => {
                  const description = describeAnswer(question, answers[question.id]);
                  return (
                    <div className="summary-row" key={question.id}>
                      <dt>
                        <span className="question-number">{question.number}</span> {question.text}
                      </dt>
                      <dd>
                        {description.kind === 'unanswered' && <span className="tag tag-red">Not answered</span>}
                        {description.kind === 'not-applicable' && <>Not applicable: {description.justification}</>}
                        {description.kind === 'answer' && <span className="answer-text">{description.text}</span>}
                        {answers[question.id]?.notes?.trim() && <p className="muted small">Notes: {answers[question.id]?.notes?.trim()}</p>}
                      </dd>
                    </div>
                  );
                })}
            </dl>
          </section>
        ))}
    </>
  );
}

function PublicKeyInput({ keys, onKeys }: { keys: PublicKeyFile[]; onKeys: (keys: PublicKeyFile[]) => void }) {
  const [error, setError] = useState('');
  return (
    <div className="field">
      <label htmlFor="public-key-file">Public key file of the issuing organisation (optional)</label>
      <input
        id="public-key-file"
        type="file"
        accept=".json,application/json"
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          if (!file) return;
          try {
            const { parsePublicKeyFile } = await import('../../report/signing/signing-key.ts');
            const parsed = await parsePublicKeyFile(await file.text());
            setError(parsed.ok ? '' : parsed.message);
            if (parsed.ok) onKeys([parsed.key]);
          } catch (error) {
            setError(`The key file could not be read: ${messageOf(error)}`);
          }
        }}
      />
      {keys.length > 0 && (
        <p className="small">
          Checking signatures against the key of {keys.map((key) => key.organisation).join(', ')} ({keys[0]?.keyId.slice(0, 16)}…).
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The report chooser: reads the chosen PDF here, in the browser. */
/**
 * Reads a chosen file in the report worker, where a large or hostile PDF
 * takes its time without freezing the page; on the page only when the
 * report code cannot load at all (then the checks cannot run either).
 */
async function readChosenReport(bytes: Uint8Array): Promise<ReadReportResult> {
  const { prepareReport } = await import('../../report/runtime/prepare-report.ts');
  const maker = await prepareReport().catch(() => null);
  if (maker) return maker.read(bytes);
  const { readReport } = await import('../../report/read-report.ts');
  return readReport(bytes);
}

function ReportFileInput({
  onStart,
  onRead,
}: {
  onStart: (fileName: string) => void;
  onRead: (reading: Extract<Reading, { state: 'read' }>) => void;
}) {
  return (
    <div className="field">
      <label htmlFor="report-file">Report (PDF)</label>
      <input
        id="report-file"
        type="file"
        accept=".pdf,application/pdf"
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          if (!file) return;
          // Judged by its size before a byte is read: a huge file would freeze the page first.
          const tooLarge = tooLargeMessage(file.size, MAX_REPORT_BYTES, 'a report Oversight opens');
          if (tooLarge) {
            const result: ReadReportResult = { ok: false, message: `This file ${tooLarge}. Choose the PDF that Oversight made.` };
            onRead({ state: 'read', fileName: file.name, result, bytes: new Uint8Array() });
            return;
          }
          onStart(file.name);
          try {
            const bytes = new Uint8Array(await file.arrayBuffer());
            onRead({ state: 'read', fileName: file.name, result: await readChosenReport(bytes), bytes });
          } catch (error) {
            const result: ReadReportResult = {
              ok: false,
              message: `Oversight could not read this file (${messageOf(error)}). Check that it is a PDF report made by Oversight, reload the page and try again.`,
            };
            onRead({ state: 'read', fileName: file.name, result, bytes: new Uint8Array() });
          }
        }}
      />
    </div>
  );
}

/** Adds the answers a report carries as a new assessment, and says how that went. */
function ImportAttached({
  file,
  imported,
  onImported,
}: {
  file: AnswersFile;
  imported: ImportOutcome | null;
  onImported: (outcome: ImportOutcome) => void;
}) {
  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            try {
              onImported(await importAnswersFile(file));
            } catch (error) {
              onImported({ kind: 'failed', errors: [`The answers could not be imported: ${messageOf(error)}`] });
            }
          }}
        >
          Import as a new assessment
        </button>
      </div>
      {imported?.kind === 'imported' && (
        <p className="success-panel" role="status">
          Imported “{imported.project}” as a new assessment. <a href={hrefFor({ name: 'tasks', assessmentId: imported.id })}>Open it</a>
        </p>
      )}
      {imported?.kind === 'failed' && (
        <p className="field-error" role="alert">
          {imported.errors.join(' ')}
        </p>
      )}
    </>
  );
}

/**
 * Opens a PDF made by Oversight: reads the answers inside, checks that they
 * give the recorded fingerprint, that the pages are the ones Oversight draws
 * from them and that the file was not changed since, and checks a signature
 * against a public key file if one is loaded.
 */
export function OpenReportPage() {
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const [keys, setKeys] = useState<PublicKeyFile[]>([]);
  const read = reading.state === 'read' && reading.result.ok ? reading.result : null;
  const {
    verification,
    signature,
    signatureProblem,
  }: { verification: Verification | null; signature: SignatureCheck | null; signatureProblem: string | null } = useReportVerification(
    read,
    reading.state === 'read' ? reading.bytes : null,
    keys,
  );
  return (
    <>
      <p>
        <a className="back-link" href={hrefFor({ name: 'home' })}>
          Home
        </a>
      </p>
      <PageHeading title="Open a report" />
      <p>
        Choose a PDF report made by Oversight. The answers travel inside it; Oversight reads them, checks that they give the fingerprint
        printed on every page, draws the report again from them and compares it with the file, page by page, and shows them here. The file
        is read in this browser and never uploaded.
      </p>
      <ReportFileInput
        onStart={(fileName) => {
          setImported(null);
          setReading({ state: 'working', fileName });
        }}
        onRead={setReading}
      />
      <PublicKeyInput keys={keys} onKeys={setKeys} />
      <div role="status" aria-live="polite">
        {reading.state === 'working' && <p>Reading “{reading.fileName}”…</p>}
      </div>
      {reading.state === 'read' && !reading.result.ok && (
        <div className="error-summary" role="alert" aria-labelledby="open-error">
          <h2 id="open-error">“{reading.fileName}” could not be opened</h2>
          <p>{reading.result.message}</p>
        </div>
      )}
      {reading.state === 'read' && reading.result.ok && (
        <>
          <ReportChecks read={reading.result} verification={verification} signature={signature} />
          {signatureProblem && (
            <p className="field-error" role="alert">
              {signatureProblem}
            </p>
          )}
          <ImportAttached file={reading.result.file} imported={imported} onImported={setImported} />
          <AttachedAssessment file={reading.result.file} status={reading.result.manifest?.status ?? null} />
        </>
      )}
      <SigningKeyPanel />
    </>
  );
}
