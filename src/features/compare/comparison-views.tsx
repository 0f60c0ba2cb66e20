import type { Comparison } from '../../compare/compare-answer-sets.ts';
import { disagreementWords } from '../../compare/comparison-csv.ts';
import type { CellStatus, QuestionAgreement } from '../../compare/question-agreement.ts';

const OTHER_ROWS: [CellStatus, string][] = [
  ['not-applicable', 'Not applicable'],
  ['unanswered', 'Not answered'],
  ['hidden', 'Not asked'],
];

function who(comparison: Comparison, indexes: readonly number[]): string {
  return indexes.map((index) => comparison.respondents[index] ?? '').join(', ');
}

/** "Must-have: Accountable owner (at least “Yes”)", and "Blocking" where falling short holds the verdict at the lowest band. */
function GradingTag({ question }: { question: QuestionAgreement }) {
  if (question.grading === null) return null;
  const what = question.mustHaveName
    ? `Must-have: ${question.mustHaveName}`
    : question.grading === 'critical'
      ? 'Blocking question'
      : 'Must-have';
  return (
    <>
      <span className="tag tag-blue">
        {what}
        {question.minimumLabel && <> (at least “{question.minimumLabel}”)</>}
      </span>
      {question.grading === 'critical' && question.mustHaveName && <span className="tag tag-blue">Blocking</span>}
    </>
  );
}

function DisagreementTag({ question }: { question: QuestionAgreement }) {
  const words = disagreementWords(question);
  return words ? <span className="tag tag-red">Disagreement: {words}</span> : null;
}

/** Who answered what to one question: a row per option picked, then N/A, not answered and not asked. */
function AnswersTable({ comparison, question }: { comparison: Comparison; question: QuestionAgreement }) {
  const rows: { key: string; answer: string; indexes: number[] }[] =
    question.kind === 'text'
      ? question.cells.flatMap((cell, index) =>
          cell.status === 'answered' ? [{ key: `t${index}`, answer: cell.labels.join(' '), indexes: [index] }] : [],
        )
      : question.options
          .filter((option) => option.count > 0)
          .map((option) => ({ key: option.value, answer: option.label, indexes: option.respondents }));
  for (const [status, words] of OTHER_ROWS) {
    const indexes = question.cells.flatMap((cell, index) => (cell.status === status ? [index] : []));
    if (indexes.length > 0) rows.push({ key: status, answer: words, indexes });
  }
  return (
    <table className="table compare-answers">
      <caption className="visually-hidden">Answers to question {question.number}</caption>
      <thead>
        <tr>
          <th scope="col">Answer</th>
          <th scope="col" className="numeric column-count">
            How many
          </th>
          <th scope="col" className="column-who">
            Who
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td className="answer-text">{row.answer}</td>
            <td className="numeric">{row.indexes.length}</td>
            <td>{who(comparison, row.indexes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function QuestionBlock({ comparison, question, heading }: { comparison: Comparison; question: QuestionAgreement; heading: 'h3' | 'h4' }) {
  const Heading = heading;
  return (
    <>
      <Heading className="question-heading">
        <span className="question-number">{question.number}</span> {question.text}
      </Heading>
      <p className="tags">
        <GradingTag question={question} />
        <DisagreementTag question={question} />
        {question.kind === 'multiple' && question.ratioSpread > 0 && (
          <span className="tag tag-grey">{Math.round(question.ratioSpread * 100)}% of the points apart</span>
        )}
        {question.stepSpread !== null && question.stepSpread > 0 && (
          <span className="tag tag-grey">
            {question.stepSpread} {question.stepSpread === 1 ? 'step' : 'steps'} apart
          </span>
        )}
      </p>
      <AnswersTable comparison={comparison} question={question} />
    </>
  );
}

/** The disagreements to talk about first, in the order `discussFirst` gives. */
export function DiscussFirst({ comparison }: { comparison: Comparison }) {
  const more = comparison.disagreements - comparison.discussFirst.length;
  return (
    <section aria-labelledby="discuss-heading">
      <h2 id="discuss-heading">Discuss these first</h2>
      {comparison.discussFirst.length === 0 ? (
        <p>
          The respondents agree on every question: no answers two or more steps apart, and no must-have that some meet and others do not.
        </p>
      ) : (
        <>
          <p className="hint">
            Must-haves that some respondents meet and others do not come first, then the widest disagreements on the heaviest questions.
          </p>
          <ol className="discuss-list">
            {comparison.discussFirst.map((question) => (
              <li key={question.questionId} className="compare-question">
                <QuestionBlock comparison={comparison} question={question} heading="h3" />
              </li>
            ))}
          </ol>
          {more > 0 && (
            <p>
              They disagree on {more} more {more === 1 ? 'question' : 'questions'}, marked below.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Each respondent's section scores side by side, with the range; scrolls sideways on a phone. */
export function SectionScores({ comparison }: { comparison: Comparison }) {
  const rows = [
    ...comparison.sections.map((section) => ({ key: section.sectionId, title: `${section.number}. ${section.title}`, range: section })),
    { key: 'overall', title: 'Overall', range: comparison.overall },
  ];
  return (
    <section aria-labelledby="scores-heading">
      <h2 id="scores-heading">Scores by section</h2>
      <p className="hint">
        Out of 100, as each respondent’s results page shows them. A dash: no score (not asked, or mostly not applicable).
      </p>
      <div className="table-wrap" role="region" aria-label="Section scores, side by side" tabIndex={0}>
        <table className="table compare-scores">
          <caption className="visually-hidden">Section scores by respondent, and the range between the lowest and highest</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              {comparison.respondents.map((name, index) => (
                <th scope="col" className="numeric" key={index}>
                  {name}
                </th>
              ))}
              <th scope="col" className="numeric">
                Range
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.title}</th>
                {row.range.scores.map((score, index) => (
                  <td className="numeric" key={index}>
                    {score === null ? <span aria-label="no score">–</span> : score}
                  </td>
                ))}
                <td className="numeric">
                  <strong>{row.range.range === null ? '–' : row.range.range}</strong>
                  {row.range.lowest !== null && row.range.highest !== null && row.range.range !== 0 && (
                    <span className="muted small">
                      {' '}
                      ({row.range.lowest}–{row.range.highest})
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every question, section by section, with who answered what and the disagreements marked. */
export function EveryQuestion({ comparison }: { comparison: Comparison }) {
  const sections = comparison.sections;
  return (
    <section aria-labelledby="every-heading">
      <h2 id="every-heading">Every question</h2>
      {sections.map((section) => (
        <section key={section.sectionId} aria-labelledby={`every-${section.sectionId}`}>
          <h3 id={`every-${section.sectionId}`}>
            {section.number}. {section.title}
          </h3>
          <ul className="plain-list">
            {comparison.questions
              .filter((question) => question.sectionId === section.sectionId)
              .map((question) => (
                <li key={question.questionId} className="compare-question">
                  <QuestionBlock comparison={comparison} question={question} heading="h4" />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
