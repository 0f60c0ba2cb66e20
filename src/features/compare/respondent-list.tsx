import { originOf, type MatchedAnswerSet } from '../../compare/answer-sets.ts';

interface RespondentListProps {
  sets: readonly MatchedAnswerSet[];
  onRename: (key: string, name: string) => void;
  onRemove: (key: string) => void;
}

/** Who is compared: a name the facilitator may change, where the answers came from and what did not match. */
export function RespondentList({ sets, onRename, onRemove }: RespondentListProps) {
  return (
    <section aria-labelledby="respondents-heading">
      <h2 id="respondents-heading">Respondents</h2>
      <ol className="plain-list respondent-list">
        {sets.map((set, index) => (
          <li key={set.key} className="respondent">
            <div className="field">
              <label htmlFor={`name-${set.key}`}>Name of respondent {index + 1}</label>
              <p className="hint" id={`origin-${set.key}`}>
                Answers {originOf(set)}.
              </p>
              <input
                id={`name-${set.key}`}
                className="input"
                type="text"
                maxLength={200}
                value={set.name}
                aria-describedby={`origin-${set.key}`}
                onChange={(event) => onRename(set.key, event.currentTarget.value)}
              />
            </div>
            {set.unmatched.length > 0 && (
              <details className="minor-actions">
                <summary>
                  {set.unmatched.length === 1 ? 'One answer' : `${set.unmatched.length} answers`} could not be matched to this version
                </summary>
                <ul>
                  {set.unmatched.map((drop) => (
                    <li key={`${drop.questionId}-${drop.reason}`}>{drop.message}</li>
                  ))}
                </ul>
              </details>
            )}
            <p>
              <button type="button" className="link-button" onClick={() => onRemove(set.key)}>
                Remove<span className="visually-hidden"> {set.name || `respondent ${index + 1}`}</span> from the comparison
              </button>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
