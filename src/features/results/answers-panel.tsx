import { describeCounts } from '../../questionnaire/answer-counts.ts';
import type { AssessmentResult } from '../../scoring/types.ts';

type QuestionHref = (sectionId: string, questionId: string) => string;

/** The four counts, the questions still to answer, and every "Not applicable" with its reason. */
export function AnswersPanel({ result, questionHref }: { result: AssessmentResult; questionHref: QuestionHref }) {
  const { completeness, notApplicable } = result;
  return (
    <section aria-labelledby="completeness">
      <h2 id="completeness">Completeness</h2>
      <p>
        {describeCounts(completeness.counts)}: {Math.round(completeness.ratio * 100)}% done.
        {result.isDraft && ' Until every question is answered these results are a draft, and unanswered questions score 0.'}
      </p>
      {completeness.missing.length > 0 && (
        <>
          <h3>Unanswered questions</h3>
          <ul className="missing-list">
            {completeness.missing.map((missing) => (
              <li key={missing.questionId}>
                <a href={questionHref(missing.sectionId, missing.questionId)}>
                  {missing.number} {missing.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {notApplicable.length > 0 && (
        <>
          <h3 id="not-applicable">Answered “Not applicable” ({notApplicable.length})</h3>
          <ul aria-labelledby="not-applicable">
            {notApplicable.map((entry) => (
              <li key={entry.questionId}>
                <a href={questionHref(entry.sectionId, entry.questionId)}>
                  {entry.number} {entry.text}
                </a>
                <p className="small">Reason given: {entry.reason || 'none'}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
