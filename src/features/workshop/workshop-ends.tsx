import { PageHeading } from '../../components/page-heading.tsx';
import { BackToTaskList } from '../../components/back-to-task-list.tsx';
import { hrefFor, navigate } from '../../config/routes.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import { assessmentProgress, SECTION_STATUS_LABEL } from '../../questionnaire/section-progress.ts';
import type { Visibility } from '../../questionnaire/visibility.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { KeyList, PresenterWindowButton } from './workshop-controls.tsx';
import { useWorkshopKeys } from './use-workshop-keys.ts';
import { visibleSteps, type Step } from './workshop-steps.ts';

interface EndProps {
  assessment: Assessment;
  questionnaire: Questionnaire;
  visibility: Visibility;
}

/** Each shown section with its status and a link to its first question in the workshop. */
function SectionLinks({ assessment, questionnaire, visibility, label }: EndProps & { label: string }) {
  const progress = assessmentProgress(questionnaire, assessment.answers, visibility, new Set(assessment.submittedSections));
  return (
    <ol className="task-list workshop-sections" aria-label={label}>
      {progress.map((entry) => {
        const section = questionnaire.sections.find((candidate) => candidate.id === entry.sectionId);
        const first = section?.questions.find((question) => visibility.questions.has(question.id));
        if (!section || !first) return null;
        return (
          <li className="task" key={section.id}>
            <a
              className="task-name"
              href={hrefFor({ name: 'workshop', assessmentId: assessment.id, sectionId: section.id, questionId: first.id })}
              aria-describedby={`workshop-status-${section.id}`}
            >
              {section.number}. {section.title}
            </a>
            <span id={`workshop-status-${section.id}`} className="tag tag-grey">
              {SECTION_STATUS_LABEL[entry.status]}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The first shown question of the first section not yet complete (or of the first section). */
function startingStep({ assessment, questionnaire, visibility }: EndProps): Step | null {
  const progress = assessmentProgress(questionnaire, assessment.answers, visibility, new Set(assessment.submittedSections));
  const open = progress.find((entry) => entry.status !== 'completed') ?? progress[0];
  const steps = visibleSteps(questionnaire, visibility);
  return steps.find((step) => step.sectionId === open?.sectionId) ?? steps[0] ?? null;
}

/** Before the first question: what the workshop is, where to start, and the keys. */
export function WorkshopStart(props: EndProps) {
  const { assessment } = props;
  const start = startingStep(props);
  useWorkshopKeys((action) => {
    if (action.type === 'next' && start) navigate({ name: 'workshop', assessmentId: assessment.id, ...start });
  });
  return (
    <div className="workshop">
      <PageHeading title="Run the room" caption={assessment.context.project} />
      <p>
        One question per screen, large enough for a projector. Answer with the keys as the room decides: every answer is saved to this
        assessment as it is given, and shows on the task list and the results as usual.
      </p>
      <p>Open the presenter window on your own screen to read each question&apos;s help as notes while the room sees only the question.</p>
      <div className="workshop-tools">
        {start && (
          <a className="button" href={hrefFor({ name: 'workshop', assessmentId: assessment.id, ...start })} aria-keyshortcuts="ArrowRight">
            Start <kbd aria-hidden="true">→</kbd>
          </a>
        )}
        <PresenterWindowButton assessmentId={assessment.id} />
      </div>
      <h2>Or start with a section</h2>
      <SectionLinks {...props} label="Sections to start with" />
      <KeyList />
      <BackToTaskList assessmentId={assessment.id} />
    </div>
  );
}

/** After the last question: where each section stands, and the way to the answers. */
export function WorkshopEnd(props: EndProps) {
  const { assessment, questionnaire, visibility } = props;
  const last = visibleSteps(questionnaire, visibility).at(-1);
  useWorkshopKeys((action) => {
    if (action.type === 'previous' && last) navigate({ name: 'workshop', assessmentId: assessment.id, ...last });
  });
  return (
    <div className="workshop">
      <PageHeading title="That was the last question" caption={assessment.context.project} />
      <p>Every answer is saved. Go back to any section that still needs attention, or check the answers together.</p>
      <SectionLinks {...props} label="Sections" />
      <p className="actions">
        <a className="button" href={hrefFor({ name: 'check', assessmentId: assessment.id })}>
          Check your answers
        </a>
        <a className="button button-secondary" href={hrefFor({ name: 'tasks', assessmentId: assessment.id })}>
          Back to the task list
        </a>
      </p>
    </div>
  );
}
