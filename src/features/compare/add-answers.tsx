import { useMemo, useState } from 'react';
import type { AssessmentSummary } from '../../storage/assessment-store.ts';
import { listAssessments } from '../../state/assessment-repository.ts';
import type { SourceProblem } from './read-answer-source.ts';

interface AddAnswersProps {
  /** Ids of the saved assessments already in the comparison: not offered again. */
  added: ReadonlySet<string>;
  working: boolean;
  problems: readonly SourceProblem[];
  onFiles: (files: File[]) => Promise<unknown>;
  onStored: (choices: { id: string; label: string }[]) => Promise<unknown>;
}

function label(summary: AssessmentSummary): string {
  return `${summary.project}${summary.organisation ? `, ${summary.organisation}` : ''}`;
}

function SavedAssessments({ added, working, onStored }: Pick<AddAnswersProps, 'added' | 'working' | 'onStored'>) {
  const assessments = useMemo(() => listAssessments().assessments, []);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const offered = assessments.filter((summary) => !added.has(summary.id));
  if (assessments.length === 0) return null;
  return (
    <form
      className="block"
      onSubmit={(event) => {
        event.preventDefault();
        const choices = offered.filter((summary) => chosen.has(summary.id)).map((summary) => ({ id: summary.id, label: label(summary) }));
        setChosen(new Set());
        void onStored(choices);
      }}
    >
      <fieldset className="field">
        <legend>Or pick assessments saved in this browser</legend>
        {offered.length === 0 ? (
          <p className="hint">Every saved assessment is in the comparison already.</p>
        ) : (
          <div className="checkboxes">
            {offered.map((summary) => (
              <div className="choice" key={summary.id}>
                <input
                  id={`saved-${summary.id}`}
                  type="checkbox"
                  checked={chosen.has(summary.id)}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setChosen((current) => {
                      const next = new Set(current);
                      if (checked) next.add(summary.id);
                      else next.delete(summary.id);
                      return next;
                    });
                  }}
                />
                <label htmlFor={`saved-${summary.id}`}>
                  {label(summary)}{' '}
                  <span className="muted">
                    ({summary.questionnaire.title}, {summary.date})
                  </span>
                </label>
              </div>
            ))}
          </div>
        )}
      </fieldset>
      {offered.length > 0 && (
        <button type="submit" className="button button-secondary" disabled={working || chosen.size === 0}>
          Add the chosen assessments
        </button>
      )}
    </form>
  );
}

/** Where answers come into the comparison: files chosen from the device, or assessments saved here. */
export function AddAnswers({ added, working, problems, onFiles, onStored }: AddAnswersProps) {
  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">Add answers</h2>
      <div className="field">
        <label htmlFor="compare-files">Answers files or Oversight reports</label>
        <p className="hint" id="compare-files-hint">
          Choose one or more .json files made with “Export answers”, or PDF reports made by Oversight (their answers are attached inside).
          They are read in this browser and never sent anywhere.
        </p>
        <input
          id="compare-files"
          type="file"
          multiple
          accept=".json,.pdf,application/json,application/pdf"
          aria-describedby="compare-files-hint"
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            if (files.length === 0) return;
            void onFiles(files).finally(() => {
              input.value = '';
            });
          }}
        />
      </div>
      <SavedAssessments added={added} working={working} onStored={onStored} />
      <div role="status" aria-live="polite">
        {working && <p>Reading the answers…</p>}
      </div>
      {problems.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby="problems-heading">
          <h3 id="problems-heading">
            {problems.length === 1 ? 'One file could not be used' : `${problems.length} files could not be used`}
          </h3>
          <p>The others were added. Fix these, or choose other files.</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={`${problem.source}-${index}`}>
                <strong>{problem.source}</strong>: {problem.messages.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
