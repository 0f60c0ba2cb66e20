import { useEffect, useRef, useState } from 'react';
import { hrefFor } from '../../config/routes.ts';
import { plural } from '../../questionnaire/wording.ts';
import type { AssessmentSummary } from '../../storage/assessment-store.ts';
import { compareVersions } from '../../storage/migrate-assessment.ts';
import type { StoredQuestionnaire } from '../../storage/questionnaire-store.ts';
import {
  addQuestionnaire,
  questionnaireStore,
  readMyQuestionnaires,
  removeQuestionnaire,
  type AddOutcome,
} from '../../state/questionnaire-repository.ts';
import { linkTarget, readChosenFile, readLinkedFile, type CheckedFile } from './read-questionnaire-file.ts';
import { MigrationOffer } from './migration-offer.tsx';
import { TemplateDownload } from './questionnaire-downloads.tsx';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working'; fileName: string }
  | { kind: 'failed'; fileName: string; problems: string[] }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'done'; message: string };

type Usage = ReturnType<typeof readMyQuestionnaires>['usage'];

const LINK_PARAMETER = 'questionnaire';

function keyOf(entry: StoredQuestionnaire): string {
  return `${entry.summary.id}@${entry.summary.version}`;
}

function loadedMessage(outcome: Exclude<AddOutcome, { kind: 'refused' }>): string {
  const { title, version } = outcome.entry.summary;
  if (outcome.kind === 'already') return `“${title}” version ${version} is already in your questionnaires, exactly as in this file.`;
  if (outcome.kind === 'restored') return `“${title}” version ${version} is back in your questionnaires.`;
  return `Loaded “${title}” version ${version}. It is listed under Your questionnaires, ready to start an assessment.`;
}

/** Older versions with assessments on them, each beside the newest version listed. */
function offersOf(usage: Usage, listed: readonly StoredQuestionnaire[]) {
  const offers: { from: StoredQuestionnaire; to: StoredQuestionnaire; assessments: AssessmentSummary[] }[] = [];
  for (const { entry, assessments } of usage) {
    if (assessments.length === 0) continue;
    const newest = listed
      .filter((other) => other.summary.id === entry.summary.id)
      .sort((a, b) => compareVersions(b.summary.version, a.summary.version))[0];
    if (newest && compareVersions(entry.summary.version, newest.summary.version) < 0) offers.push({ from: entry, to: newest, assessments });
  }
  return offers;
}

function ProblemList({ outcome, attempt }: { outcome: Extract<Outcome, { kind: 'failed' | 'refused' }>; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // A new attempt that failed takes focus, so keyboard and screen reader users land on what went wrong.
  useEffect(() => ref.current?.focus(), [attempt]);
  const problems = outcome.kind === 'failed' ? outcome.problems : [outcome.message];
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="questionnaire-problems-title">
      <h3 id="questionnaire-problems-title">
        “{outcome.fileName}” could not be loaded
        {outcome.kind === 'failed' && problems.length > 1 ? `: ${plural(problems.length, 'problem')}` : ''}
      </h3>
      {outcome.kind === 'failed' && (
        <p>
          Each problem says where it is: the file, the line and the field, as <code>npm run questions:check</code> prints it. Fix them all,
          then load the file again.
        </p>
      )}
      <ul className="problem-list">
        {problems.map((problem, index) => (
          <li key={`${index}:${problem}`}>{problem}</li>
        ))}
      </ul>
      <p>Nothing was saved: your questionnaires and assessments are as they were.</p>
    </div>
  );
}

function QuestionnaireCard({
  entry,
  using,
  onRemoved,
}: {
  entry: StoredQuestionnaire;
  using: number;
  onRemoved: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { id, version, title, description, questionCount, sectionCount } = entry.summary;
  const removeRef = useRef<HTMLButtonElement>(null);
  return (
    <li className="card">
      <h3 className="card-title">{title}</h3>
      <p>{description}</p>
      <dl className="facts">
        <div>
          <dt>Version</dt>
          <dd>{version}</dd>
        </div>
        <div>
          <dt>Questions</dt>
          <dd>
            {questionCount} in {plural(sectionCount, 'section')}
          </dd>
        </div>
        <div>
          <dt>Loaded from</dt>
          <dd>{entry.fileName}</dd>
        </div>
        <div>
          <dt>Used by</dt>
          <dd>{plural(using, 'assessment')}</dd>
        </div>
      </dl>
      {confirming ? (
        <div className="confirm" role="group" aria-label={`Remove ${title} version ${version}?`}>
          <p>
            Remove “{title}” version {version} from your questionnaires?{' '}
            {using > 0
              ? `${plural(using, 'assessment uses', 'assessments use')} it: ${using === 1 ? 'it keeps' : 'they keep'} working, and Oversight keeps a copy of the questionnaire for ${using === 1 ? 'it' : 'them'} until ${using === 1 ? 'it is' : 'they are'} deleted.`
              : 'No assessment uses it.'}
          </p>
          <p className="actions">
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                const outcome = removeQuestionnaire(id, version);
                if (outcome.kind === 'failed') onRemoved(`“${title}” could not be removed: ${outcome.message}`);
                else
                  onRemoved(
                    outcome.kind === 'kept'
                      ? `Removed “${title}” version ${version}. ${plural(outcome.assessments, 'assessment still uses', 'assessments still use')} it and ${outcome.assessments === 1 ? 'keeps' : 'keep'} working.`
                      : `Removed “${title}” version ${version}.`,
                  );
              }}
            >
              Remove<span className="visually-hidden"> {title}</span>
            </button>{' '}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => removeRef.current?.focus());
              }}
            >
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <p className="actions">
          <a className="button" href={hrefFor({ name: 'start', questionnaireId: id, version })}>
            Start an assessment
            <span className="visually-hidden">
              {' '}
              with {title} version {version}
            </span>
          </a>
          <a href={hrefFor({ name: 'preview', questionnaireId: id, version })}>
            Preview
            <span className="visually-hidden">
              {' '}
              {title} version {version}
            </span>
          </a>
          <button type="button" className="link-button" ref={removeRef} onClick={() => setConfirming(true)}>
            Remove
            <span className="visually-hidden">
              {' '}
              {title} version {version}
            </span>
          </button>
        </p>
      )}
    </li>
  );
}

/** The listing, read again whenever assessments (`version`) or questionnaires (`revision`) may have changed. */
function useMyQuestionnaires(version: number, revision: number) {
  const [listing, setListing] = useState(readMyQuestionnaires);
  const seen = useRef(`${version}:${revision}`);
  useEffect(() => {
    const key = `${version}:${revision}`;
    if (seen.current === key) return;
    seen.current = key;
    setListing(readMyQuestionnaires());
  }, [version, revision]);
  return listing;
}

/**
 * "Your questionnaires": questionnaires a facilitator brings, loaded from a
 * file (chosen, dropped anywhere on the page, or linked with
 * `?questionnaire=path` on this site), checked as `npm run questions:check`
 * checks them, and kept in this browser.
 */
export function MyQuestionnaires({ version, onChanged }: { version: number; onChanged: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const [revision, setRevision] = useState(0);
  const { entries, problems, usage } = useMyQuestionnaires(version, revision);
  const usedBy = new Map(usage.map(({ entry, assessments }) => [keyOf(entry), assessments.length]));
  const offers = offersOf(usage, entries);

  const changed = (next: Outcome) => {
    setOutcome(next);
    setAttempt((count) => count + 1);
    setRevision((count) => count + 1);
    onChanged();
  };

  const settle = (checked: CheckedFile, fileName: string) => {
    if (!checked.ok) return changed({ kind: 'failed', fileName, problems: checked.problems });
    const added = addQuestionnaire(checked.questionnaire, checked.source, fileName);
    changed(
      added.kind === 'refused' ? { kind: 'refused', fileName, message: added.message } : { kind: 'done', message: loadedMessage(added) },
    );
  };

  const loadFile = (file: File) => {
    setOutcome({ kind: 'working', fileName: file.name });
    readChosenFile(file).then(
      (checked) => settle(checked, file.name),
      () => changed({ kind: 'failed', fileName: file.name, problems: ['Oversight could not read this file. Nothing was changed.'] }),
    );
  };
  // The drop handler outlives renders; it always calls the latest loadFile.
  const latestLoad = useRef(loadFile);
  latestLoad.current = loadFile;

  // A file dropped anywhere on the page is loaded, unless it was dropped on another file field, which takes it itself.
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onFileField = (event: DragEvent) => event.target instanceof HTMLInputElement && event.target.type === 'file';
    const over = (event: DragEvent) => {
      if (carriesFiles(event) && !onFileField(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || onFileField(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) latestLoad.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  // A link such as ?questionnaire=questions/custom.yaml loads that file, once, from this site only.
  useEffect(() => {
    const here = new URL(window.location.href);
    const value = here.searchParams.get(LINK_PARAMETER);
    if (value === null) return;
    here.searchParams.delete(LINK_PARAMETER);
    window.history.replaceState(window.history.state, '', here.href);
    const target = linkTarget(value, new URL(window.location.href));
    if (!target.ok) {
      changed({ kind: 'refused', fileName: value, message: target.message });
      return;
    }
    setOutcome({ kind: 'working', fileName: target.fileName });
    readLinkedFile(target).then(
      (checked) => settle(checked, target.fileName),
      () =>
        changed({
          kind: 'failed',
          fileName: target.fileName,
          problems: ['Oversight could not read this file. Nothing was changed.'],
        }),
    );
    // Once, on arrival: the link is taken off the address at once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section aria-labelledby="my-questionnaires">
      <h2 id="my-questionnaires">Your questionnaires</h2>
      <p>
        Running a workshop with questions of your own? Load a questionnaire file (YAML or JSON, in Oversight&apos;s format). It is checked
        here, kept in this browser only, and used like the questionnaires below.
      </p>
      {entries.length > 0 && (
        <ul className="card-list" aria-label="Your questionnaires">
          {entries.map((entry) => (
            <QuestionnaireCard
              key={keyOf(entry)}
              entry={entry}
              using={usedBy.get(keyOf(entry)) ?? 0}
              onRemoved={(message) => changed({ kind: 'done', message })}
            />
          ))}
        </ul>
      )}
      {offers.map((offer) => (
        <MigrationOffer
          key={`${keyOf(offer.from)}>${keyOf(offer.to)}`}
          from={offer.from}
          to={offer.to}
          assessments={offer.assessments}
          onMoved={(message) => changed({ kind: 'done', message })}
        />
      ))}
      {problems.length > 0 && (
        <div className="warning-panel" role="alert">
          <h3>Some saved questionnaires could not be read</h3>
          <ul>
            {problems.map((problem) => (
              <li key={problem.key}>
                <code>{problem.key.slice('oversight:v1:questionnaire:'.length)}</code>: {problem.message}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    questionnaireStore.removeKey(problem.key);
                    changed({ kind: 'done', message: 'Deleted the damaged questionnaire.' });
                  }}
                >
                  Delete it
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor="questionnaire-file">Load a questionnaire file</label>
        <p className="hint" id="questionnaire-file-hint">
          Choose a .yaml or .json file, or drop one anywhere on this page. Nothing is uploaded: the file is read and checked in this
          browser.
        </p>
        <input
          id="questionnaire-file"
          type="file"
          accept=".yaml,.yml,.json,application/yaml,text/yaml,application/json"
          aria-describedby="questionnaire-file-hint"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) loadFile(file);
          }}
        />
      </div>
      <p>
        Writing one? Start from a template or from a copy of a questionnaire below: <TemplateDownload />. Each field is explained in the
        file.
      </p>
      <div role="status" aria-live="polite">
        {outcome.kind === 'working' && <p>Checking “{outcome.fileName}”…</p>}
        {outcome.kind === 'done' && <p className="success-line">{outcome.message}</p>}
      </div>
      {(outcome.kind === 'failed' || outcome.kind === 'refused') && <ProblemList outcome={outcome} attempt={attempt} />}
    </section>
  );
}
