import { useQuestionnaire } from '../../state/use-questionnaire.ts';
import { isRemovedQuestionnaire } from '../../state/questionnaire-repository.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { flushSaves, saveAssessment } from '../../state/assessment-repository.ts';
import { hrefFor, navigate } from '../../config/routes.ts';
import { newAssessmentId } from '../../storage/new-assessment-id.ts';
import { localDateIso } from '../../storage/local-date.ts';
import { createAssessment } from '../../storage/create-assessment.ts';
import { ContextForm } from './context-form.tsx';

export function StartPage({ questionnaireId, version }: { questionnaireId: string; version?: string }) {
  const state = useQuestionnaire(questionnaireId, version);
  if (state.status === 'loading') return <p role="status">Loading the questionnaire…</p>;
  if (state.status !== 'ready') {
    return (
      <>
        <PageHeading title="Questionnaire not found" />
        <p>
          There is no questionnaire “{questionnaireId}”. <a href={hrefFor({ name: 'home' })}>See all questionnaires</a>.
        </p>
      </>
    );
  }
  const { questionnaire } = state;
  // An old link to a version the person removed: kept for the assessments made on it, not for new ones.
  if (isRemovedQuestionnaire({ id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash })) {
    return (
      <>
        <PageHeading title="This questionnaire was removed" />
        <p>
          “{questionnaire.title}” version {questionnaire.version} was removed from your questionnaires. To start an assessment with it, load
          its file again on the <a href={hrefFor({ name: 'home' })}>home page</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <a className="back-link" href={hrefFor({ name: 'home' })}>
          Home
        </a>
      </p>
      <PageHeading title="About this assessment" caption={questionnaire.title} />
      <p>Tell us what you are assessing. You can change this later. Everything stays in this browser.</p>
      <ContextForm
        submitLabel="Start the assessment"
        defaults={{ project: '', organisation: '', description: '', assessorName: '', assessorRole: '', date: localDateIso(new Date()) }}
        onSubmit={(context) => {
          const id = newAssessmentId();
          saveAssessment(createAssessment({ id, questionnaire, context, now: new Date() }));
          flushSaves();
          navigate({ name: 'tasks', assessmentId: id });
        }}
      />
    </>
  );
}
