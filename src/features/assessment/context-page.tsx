import { AssessmentFrame } from '../../connected/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { BackToTaskList } from '../../components/back-to-task-list.tsx';
import { navigate } from '../../config/routes.ts';
import { ContextForm } from './context-form.tsx';

export function ContextPage({ assessmentId }: { assessmentId: string }) {
  return (
    <AssessmentFrame assessmentId={assessmentId}>
      {({ assessment, questionnaire, update }) => (
        <>
          <BackToTaskList assessmentId={assessmentId} />
          <PageHeading title="About this assessment" caption={questionnaire.title} />
          <ContextForm
            defaults={assessment.context}
            submitLabel="Save and continue"
            onValidChange={(fields) => update((latest) => ({ ...latest, context: { ...latest.context, ...fields } }), { rerender: false })}
            onSubmit={(context) => {
              update((latest) => ({ ...latest, context }));
              navigate({ name: 'tasks', assessmentId });
            }}
          />
        </>
      )}
    </AssessmentFrame>
  );
}
