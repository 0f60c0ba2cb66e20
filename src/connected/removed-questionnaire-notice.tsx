import { useMemo } from 'react';
import type { QuestionnaireRef } from '../storage/assessment.ts';
import { hrefFor } from '../config/routes.ts';
import { isRemovedQuestionnaire } from '../state/questionnaire-repository.ts';

/** Says so when the person removed this assessment's questionnaire from their list: it is kept for the assessment. */
export function RemovedQuestionnaireNotice({ questionnaire }: { questionnaire: QuestionnaireRef }) {
  const { id, version, contentHash, title } = questionnaire;
  // Read once per questionnaire, not on every render of the page.
  const removed = useMemo(() => isRemovedQuestionnaire({ id, version, contentHash }), [id, version, contentHash]);
  if (!removed) return null;
  return (
    <div className="notice-panel" role="note" aria-labelledby="removed-questionnaire-heading">
      <h2 id="removed-questionnaire-heading">Its questionnaire was removed from your questionnaires</h2>
      <p>
        This assessment uses “{title}” version {version}, which was removed from the list on the home page. The assessment keeps working:
        Oversight keeps a copy of the questionnaire for as long as an assessment uses it. To start new assessments with it, load its file
        again on the <a href={hrefFor({ name: 'home' })}>home page</a>.
      </p>
    </div>
  );
}
