import { useEffect, useState } from 'react';
import type { ReadReportResult } from '../../report/read-report.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import { loadBundledQuestionnaire } from '../../questionnaire/bundled-questionnaires.ts';
import { computeVisibility } from '../../questionnaire/visibility.ts';
import { describeAnswer } from '../../questionnaire/describe-answer.ts';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import { roundScore } from '../../scoring/round-score.ts';
import type { AnswersFile } from '../../storage/answers-file.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { importAnswersFile, type ImportOutcome } from '../../components/import-assessment.ts';
import { hrefFor } from '../../config/routes.ts';

type Reading = { state: 'idle' } | { state: 'working'; fileName: string } | { state: 'read'; fileName: string; result: ReadReportResult };

function Integrity({ result }: { result: Extract<ReadReportResult, { ok: true }> }) {
  return (
    <div className={result.matches ? 'success-panel' : 'warning-panel'} role="status">
      {result.matches ? (
        <p>
          <strong>The answers inside this report match the fingerprint printed on it.</strong> They have not been changed since
          the report was made.
        </p>
      ) : (
        <p>
          <strong>The answers inside this report do not match the fingerprint printed on it.</strong> The attached answers, or
          the fingerprint, were changed after the report was made. Do not rely on this report.
        </p>
      )}
      <p className="small">
        Fingerprint recorded in the report: <code className="hash">{result.recordedFingerprint || 'none'}</code>
        <br />
        Fingerprint of the attached answers: <code className="hash">{result.computedFingerprint}</code>
      </p>
      <p className="small">
        This shows whether the content was altered, by accident or by casual editing, after the report was made. It does not prove
        who made the report: anyone with Oversight can make a report, with any answers, that matches its own fingerprint.
      </p>
    </div>
  );
}

function AttachedAssessment({ file }: { file: AnswersFile }) {
  const [questionnaire, setQuestionnaire] = useState<Questionnaire | null | 'loading'>('loading');
  const ref = file.assessment.questionnaire;
  useEffect(() => {
    let live = true;
    loadBundledQuestionnaire(ref.id).then(
      (loaded) => live && setQuestionnaire(loaded),
      () => live && setQuestionnaire(null),
    );
    return () => {
      live = false;
    };
  }, [ref.id]);
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
      {questionnaire === null && <p>This copy of Oversight does not include the questionnaire “{ref.title}”, so the answers cannot be shown in full.</p>}
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
        {result.redFlags.length > 0 && <>, {result.redFlags.length} red flag{result.redFlags.length === 1 ? '' : 's'}</>}
        {result.isDraft && <> (draft)</>}.
      </p>
      {questionnaire.sections.filter((section) => visibility.sections.has(section.id)).map((section) => (
        <section key={section.id} aria-labelledby={`read-${section.id}`}>
          <h3 id={`read-${section.id}`}>{section.number}. {section.title}</h3>
          <dl className="summary-list">
            {section.questions.filter((question) => visibility.questions.has(question.id)).map((question) => {
              const description = describeAnswer(question, answers[question.id]);
              return (
                <div className="summary-row" key={question.id}>
                  <dt><span className="question-number">{question.number}</span> {question.text}</dt>
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

/** Opens a PDF made by Oversight: reads the answers inside and checks them against the fingerprint. */
export function OpenReportPage() {
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  return (
    <>
      <p><a className="back-link" href={hrefFor({ name: 'home' })}>Home</a></p>
      <PageHeading title="Open a report" />
      <p>
        Choose a PDF report made by Oversight. The answers travel inside it; Oversight reads them, checks them against the
        fingerprint printed on every page, and shows them here. The file is read in this browser and never uploaded.
      </p>
      <div className="field">
        <label htmlFor="report-file">Report (PDF)</label>
        <input
          id="report-file"
          type="file"
          accept=".pdf,application/pdf"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            setImported(null);
            setReading({ state: 'working', fileName: file.name });
            const { readReport } = await import('../../report/read-report.ts');
            const result = await readReport(new Uint8Array(await file.arrayBuffer()));
            setReading({ state: 'read', fileName: file.name, result });
          }}
        />
      </div>
      <div role="status" aria-live="polite">{reading.state === 'working' && <p>Reading “{reading.fileName}”…</p>}</div>
      {reading.state === 'read' && !reading.result.ok && (
        <div className="error-summary" role="alert" aria-labelledby="open-error">
          <h2 id="open-error">“{reading.fileName}” could not be opened</h2>
          <p>{reading.result.message}</p>
        </div>
      )}
      {reading.state === 'read' && reading.result.ok && (
        <>
          <Integrity result={reading.result} />
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={async () => {
                if (reading.result.ok) setImported(await importAnswersFile(reading.result.file));
              }}
            >
              Import as a new assessment
            </button>
          </div>
          {imported?.kind === 'imported' && (
            <p className="success-panel" role="status">
              Imported “{imported.project}” as a new assessment.{' '}
              <a href={hrefFor({ name: 'tasks', assessmentId: imported.id })}>Open it</a>
            </p>
          )}
          {imported?.kind === 'failed' && <p className="field-error" role="alert">{imported.errors.join(' ')}</p>}
          <AttachedAssessment file={reading.result.file} />
        </>
      )}
    </>
  );
}
