import { useMemo } from 'react';
import { PageHeading } from '../../components/page-heading.tsx';
import { hrefFor } from '../../config/routes.ts';
import { AddAnswers } from './add-answers.tsx';
import { ComparisonDownloads } from './comparison-downloads.tsx';
import { DiscussFirst, EveryQuestion, SectionScores } from './comparison-views.tsx';
import { RespondentList } from './respondent-list.tsx';
import { useComparison } from './use-comparison.ts';
// Styles of this screen only: they load with it, not before every first question.
import './compare.css';

/**
 * Compare answers: a facilitator loads several people's answers to the same
 * questionnaire and sees where they disagree, before a workshop. Everything
 * is read and computed in this browser.
 */
export function ComparePage() {
  const comparison = useComparison();
  const { questionnaire, sets, names } = comparison;
  const added = useMemo(() => new Set(sets.flatMap((set) => (set.source.kind === 'stored' ? [set.source.assessmentId] : []))), [sets]);
  return (
    <>
      <p>
        <a className="back-link" href={hrefFor({ name: 'home' })}>
          Back to your assessments
        </a>
      </p>
      <PageHeading title="Compare answers" />
      <p className="lead">
        Load the answers several people gave to the same questionnaire to see where they agree and where they do not, so a workshop can
        start with what matters. Nothing leaves this browser.
      </p>
      {questionnaire && (
        <p className="notice-panel">
          Comparing answers to <strong>{questionnaire.title}</strong>, version {questionnaire.version}. Answers made with another version
          are matched question by question; answers to another questionnaire are refused.
        </p>
      )}
      <AddAnswers
        added={added}
        working={comparison.working}
        problems={comparison.problems}
        onFiles={comparison.addFiles}
        onStored={comparison.addStored}
      />
      {comparison.keepProblem && <p className="warning-panel">{comparison.keepProblem}</p>}
      {sets.length > 0 && (
        <>
          <RespondentList sets={sets} onRename={comparison.rename} onRemove={comparison.remove} />
          <p>
            <button type="button" className="button button-secondary" onClick={comparison.clear}>
              Start a new comparison
            </button>
          </p>
        </>
      )}
      {sets.length === 1 && <p>Add at least one more respondent to compare.</p>}
      {questionnaire && comparison.comparison && sets.length > 1 && (
        <>
          <DiscussFirst comparison={comparison.comparison} />
          <SectionScores comparison={comparison.comparison} />
          <ComparisonDownloads questionnaire={questionnaire} sets={sets} names={names} comparison={comparison.comparison} />
          <EveryQuestion comparison={comparison.comparison} />
        </>
      )}
    </>
  );
}
