import type { AssessmentResult } from '../../scoring/types.ts';

type QuestionHref = (sectionId: string, questionId: string) => string;

/** Answers below a critical or must-have threshold, then the must-haves still to answer. */
export function RedFlagsPanel({ result, questionHref }: { result: AssessmentResult; questionHref: QuestionHref }) {
  if (result.redFlags.length === 0 && result.pendingMustHaves.length === 0) return null;
  return (
    <>
      {result.redFlags.length > 0 && (
        <section aria-labelledby="red-flags" className="red-flags">
          <h2 id="red-flags">Red flags</h2>
          <ul>
            {result.redFlags.map((flag) => (
              <li key={flag.questionId}>
                <span className={`tag ${flag.severity === 'blocking' ? 'tag-red' : 'tag-amber'}`}>
                  {flag.severity === 'blocking' ? 'Blocks launch' : 'Must-have not met'}
                </span>{' '}
                <a href={questionHref(flag.sectionId, flag.questionId)}>
                  {flag.name ? `${flag.name}: question ${flag.number}` : `Question ${flag.number}: ${flag.text}`}
                </a>
                <p>
                  Answered “{flag.answerLabels.join('; ')}”. It needs “{flag.minimumLabel}” or better.
                  {flag.reason ? ` ${flag.reason}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.pendingMustHaves.length > 0 && (
        <section aria-labelledby="still-to-answer">
          <h2 id="still-to-answer">Must-haves still to answer</h2>
          <p>These decide the verdict; until they are answered it cannot reach the top band.</p>
          <ul>
            {result.pendingMustHaves.map((pending) => (
              <li key={pending.questionId}>
                <a href={questionHref(pending.sectionId, pending.questionId)}>
                  {pending.number} {pending.name ?? pending.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
