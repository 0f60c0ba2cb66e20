import { useEffect, useRef, useState } from 'react';
import {
  duplicateAssessment,
  listAssessments,
  rawAssessmentEntry,
  readAssessment,
  removeAssessment,
  renameAssessment,
} from '../../state/assessment-repository.ts';
import { exportAnswers } from '../../connected/export-answers.ts';
import { loadQuestionnaire } from '../../state/load-questionnaire.ts';
import { countAssessment, describeCounts } from '../../questionnaire/answer-counts.ts';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import { roundScore } from '../../scoring/round-score.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import { ASSESSMENT_LIMITS, type Assessment } from '../../storage/assessment.ts';
import type { AssessmentSummary } from '../../storage/assessment-store.ts';
import { newAssessmentId } from '../../storage/new-assessment-id.ts';
import { hrefFor } from '../../config/routes.ts';
import { downloadFile } from '../../components/download-file.ts';
import { slugify } from '../../storage/slugify.ts';
import { StartRoundButton } from '../../connected/start-round-button.tsx';

function refKey(ref: { id: string; contentHash: string }): string {
  return `${ref.id}@${ref.contentHash}`;
}

type RowMode = { kind: 'view' } | { kind: 'rename' } | { kind: 'confirm-delete' };

function progressOf(assessment: Assessment, questionnaire: Questionnaire | undefined): string {
  if (!questionnaire) return '…';
  // The same counts, from the same function, as the task list shows.
  return describeCounts(countAssessment(questionnaire, assessment.answers));
}

/** The score and band the results page would show, or that it is a draft. */
function scoreOf(assessment: Assessment, questionnaire: Questionnaire | undefined): string {
  if (!questionnaire) return '…';
  const result = scoreAssessment(questionnaire, assessment.answers);
  const score =
    result.score === null ? 'not scored yet' : `${roundScore(result.score)} of 100${result.band ? ` · ${result.band.label}` : ''}`;
  return result.isDraft ? `Draft: ${score}` : score;
}

function formatWhen(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 'unknown' : new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Moves focus to the element when it appears, so a keyboard user lands on what just opened. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

interface RowProps {
  summary: AssessmentSummary;
  onChanged: () => void;
  announce: (message: string) => void;
  onDone: () => void;
}

function RowActions({
  summary,
  assessment,
  onChanged,
  announce,
  setMode,
}: Omit<RowProps, 'onDone'> & { assessment: Assessment | null; setMode: (mode: RowMode) => void }) {
  const name = summary.project;
  return (
    <div className="row-actions">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const result = duplicateAssessment(summary.id, newAssessmentId(), `Copy of ${name}`);
          announce(result.ok ? `Duplicated “${name}” as “Copy of ${name}”.` : result.message);
          onChanged();
        }}
      >
        Duplicate<span className="visually-hidden"> {name}</span>
      </button>
      {assessment && <StartRoundButton assessmentId={summary.id} name={name} look="link" />}
      <button type="button" className="link-button" onClick={() => setMode({ kind: 'rename' })}>
        Rename<span className="visually-hidden"> {name}</span>
      </button>
      {assessment && (
        <button type="button" className="link-button" onClick={() => exportAnswers(assessment)}>
          Export<span className="visually-hidden"> answers of {name}</span>
        </button>
      )}
      <button type="button" className="link-button danger" onClick={() => setMode({ kind: 'confirm-delete' })}>
        Delete<span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}

function RenameForm({ summary, onChanged, announce, onDone }: RowProps) {
  const name = summary.project;
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState('');
  const input = useFocusOnMount<HTMLInputElement>();
  const errorId = `rename-${summary.id}-error`;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!draft.trim()) {
          setError('Enter a name');
          return;
        }
        if (draft.trim().length > ASSESSMENT_LIMITS.shortText) {
          setError(`Keep the name under ${ASSESSMENT_LIMITS.shortText} characters`);
          return;
        }
        const result = renameAssessment(summary.id, draft.trim());
        announce(result.ok ? `Renamed to “${draft.trim()}”.` : result.message);
        onDone();
        onChanged();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label htmlFor={`rename-${summary.id}`}>New name for {name}</label>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <input
        id={`rename-${summary.id}`}
        ref={input}
        type="text"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError('');
        }}
      />
      <button type="submit" className="button button-small">
        Save name
      </button>
      <button type="button" className="link-button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

function ConfirmDelete({ summary, onChanged, announce, onDone }: RowProps) {
  const name = summary.project;
  const button = useFocusOnMount<HTMLButtonElement>();
  return (
    <div className="confirm" role="group" aria-label={`Confirm deleting ${name}`}>
      <p>Delete “{name}” and all its answers? This cannot be undone.</p>
      <button
        type="button"
        ref={button}
        className="button button-small button-danger"
        onClick={() => {
          removeAssessment(summary.id);
          announce(`Deleted “${name}”.`);
          onChanged();
        }}
      >
        Yes, delete<span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" className="link-button" onClick={onDone}>
        Cancel
      </button>
    </div>
  );
}

function AssessmentRow({
  summary,
  questionnaire,
  onChanged,
  announce,
}: {
  summary: AssessmentSummary;
  questionnaire: Questionnaire | undefined;
  onChanged: () => void;
  announce: (message: string) => void;
}) {
  const [mode, setMode] = useState<RowMode>({ kind: 'view' });
  const loaded = readAssessment(summary.id);
  const assessment = loaded.ok ? loaded.assessment : null;
  const openHref = assessment?.lastLocation || hrefFor({ name: 'tasks', assessmentId: summary.id });
  const toView = () => setMode({ kind: 'view' });
  return (
    <tr>
      <th scope="row">
        <a href={openHref}>
          {summary.project}
          <span className="visually-hidden"> (open)</span>
        </a>
        {summary.organisation && <span className="muted small block">{summary.organisation}</span>}
        {assessment?.round && <span className="muted small block">Round {assessment.round.number}</span>}
      </th>
      <td>
        {summary.questionnaire.title} <span className="muted">v{summary.questionnaire.version}</span>
      </td>
      <td>{assessment ? progressOf(assessment, questionnaire) : '—'}</td>
      <td>{assessment ? scoreOf(assessment, questionnaire) : '—'}</td>
      <td>{formatWhen(summary.updatedAt)}</td>
      <td>
        {mode.kind === 'view' && (
          <RowActions summary={summary} assessment={assessment} onChanged={onChanged} announce={announce} setMode={setMode} />
        )}
        {mode.kind === 'rename' && <RenameForm summary={summary} onChanged={onChanged} announce={announce} onDone={toView} />}
        {mode.kind === 'confirm-delete' && <ConfirmDelete summary={summary} onChanged={onChanged} announce={announce} onDone={toView} />}
      </td>
    </tr>
  );
}

/** Every assessment saved in this browser, with what can be done to it. */
export function MyAssessments({ version, onChanged }: { version: number; onChanged: () => void }) {
  // A Map: questionnaire ids come from saved data, and a plain object would
  // answer "constructor" with something it inherits.
  const [questionnaires, setQuestionnaires] = useState<ReadonlyMap<string, Questionnaire>>(() => new Map());
  const [message, setMessage] = useState('');
  // `version` changes whenever the list may have changed (import, delete…).
  const { assessments, problems } = useListing(version);
  // Keyed by id and content: two assessments may use two versions of one loaded questionnaire.
  const refs = new Map(assessments.map((summary) => [refKey(summary.questionnaire), summary.questionnaire]));
  const keys = [...refs.keys()].sort().join(',');

  useEffect(() => {
    let live = true;
    for (const [key, ref] of refs) {
      loadQuestionnaire(ref).then(
        (questionnaire) => {
          if (live && questionnaire) setQuestionnaires((known) => new Map(known).set(key, questionnaire));
        },
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
    // `keys` stands for `refs`, which is a new Map on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys]);

  return (
    <section aria-labelledby="my-assessments">
      <h2 id="my-assessments">Your assessments</h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {message && <p className="success-line">{message}</p>}
      {assessments.length === 0 ? (
        <p>You have no assessments in this browser yet. Start one below, or import answers from a file.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Assessments saved in this browser</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Questionnaire</th>
                <th scope="col">Progress</th>
                <th scope="col">Score</th>
                <th scope="col">Last edited</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((summary) => (
                <AssessmentRow
                  key={summary.id}
                  summary={summary}
                  questionnaire={questionnaires.get(refKey(summary.questionnaire))}
                  onChanged={onChanged}
                  announce={setMessage}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problems.length > 0 && (
        <div className="warning-panel" role="alert">
          <h3>Some saved data could not be read</h3>
          <ul>
            {problems.map((problem) => (
              <li key={problem.key}>
                <code>{problem.id}</code>: {problem.message}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    // What is left of it may still be read by hand: keep it in a file before removing it.
                    const text = rawAssessmentEntry(problem.id);
                    if (text !== null) downloadFile(`damaged-assessment-${slugify(problem.id, 'entry')}.txt`, text, 'text/plain');
                  }}
                >
                  Download what is left of it
                </button>{' '}
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => {
                    removeAssessment(problem.id);
                    onChanged();
                  }}
                >
                  Remove this damaged entry
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function useListing(version: number) {
  // Changes made a moment ago on another page may still be waiting: the repository writes them first.
  const [listing, setListing] = useState(listAssessments);
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    setListing(listAssessments());
  }, [version]);
  return listing;
}
