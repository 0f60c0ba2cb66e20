import type { ActionChange, FlagChange } from '../../compare/answer-changes.ts';
import type { RoundStep } from '../../compare/rounds-compare.ts';
import { formatIsoDate } from '../../report/format-date.ts';
import { ScrollBox } from './scroll-box.tsx';

function scoreWords(score: number | null): string {
  return score === null ? 'no score' : String(score);
}

function moveWords(before: number | null, after: number | null): string {
  if (before === null || after === null) return '';
  const difference = after - before;
  return difference === 0 ? 'no change' : difference > 0 ? `up ${difference}` : `down ${-difference}`;
}

function ChangeList({ title, items, empty }: { title: string; items: readonly (ActionChange | FlagChange)[]; empty: string }) {
  return (
    <>
      <h3>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={'how' in item ? item.id : `${item.questionId}-${item.severity}`}>
              {item.label}
              {'how' in item ? `: ${item.how}` : item.severity === 'blocking' ? ' (blocking)' : ' (must-have not met)'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What changed from one round to the next: scores, answers, actions and red flags. */
export function RoundStepView({ step }: { step: RoundStep }) {
  const headingId = `step-${step.from.id}-${step.to.id}`;
  const { from, to } = step;
  return (
    <section className="round-step" aria-labelledby={headingId}>
      <h2 id={headingId}>
        From {from.label} to {to.label}
      </h2>
      <p className="muted">
        {formatIsoDate(from.date)} to {formatIsoDate(to.date)}
      </p>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>Overall score</dt>
          <dd>
            {scoreWords(step.score.before)} → {scoreWords(step.score.after)}
            {moveWords(step.score.before, step.score.after) && ` (${moveWords(step.score.before, step.score.after)})`}
          </dd>
        </div>
        <div className="summary-row">
          <dt>Verdict</dt>
          <dd>
            {step.band.before ?? 'none'} → {step.band.after ?? 'none'}
          </dd>
        </div>
      </dl>
      <ScrollBox label={`Section scores, ${from.label} to ${to.label}`}>
        <table className="table">
          <caption>
            Section scores, {from.label} to {to.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">{from.label}</th>
              <th scope="col">{to.label}</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {step.sections.map((section) => (
              <tr key={section.id}>
                <th scope="row">{section.title}</th>
                <td>{scoreWords(section.before)}</td>
                <td>{scoreWords(section.after)}</td>
                <td>{moveWords(section.before, section.after) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h3>Answers changed ({step.answers.length})</h3>
      {step.answers.length === 0 ? (
        <p className="muted">No answer changed.</p>
      ) : (
        <ScrollBox label={`Answers changed from ${from.label} to ${to.label}`}>
          <table className="table">
            <caption className="visually-hidden">
              Answers changed from {from.label} to {to.label}
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Was</th>
                <th scope="col">Now</th>
              </tr>
            </thead>
            <tbody>
              {step.answers.map((change) => (
                <tr key={change.questionId}>
                  <th scope="row">
                    <span className="question-number">{change.number}</span> {change.text}
                  </th>
                  <td className="change-was">{change.before}</td>
                  <td>{change.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <ChangeList title="Actions closed" items={step.actionsClosed} empty="No action was closed." />
      <ChangeList title="Actions opened" items={step.actionsOpened} empty="No action was opened." />
      <ChangeList title="Red flags raised" items={step.flagsRaised} empty="No red flag was raised." />
      <ChangeList title="Red flags cleared" items={step.flagsCleared} empty="No red flag was cleared." />
    </section>
  );
}
