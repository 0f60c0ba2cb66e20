import { useEffect, useMemo, useRef } from 'react';
import { AssessmentFrame } from '../../connected/assessment-frame.tsx';
import { SaveStatusLine } from '../../connected/save-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hrefFor, navigate, type Route } from '../../config/routes.ts';
import type { Question, Questionnaire, Section } from '../../questionnaire/model.ts';
import { computeVisibility, type Visibility } from '../../questionnaire/visibility.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { QuestionSlide, type SlideHandle } from './question-slide.tsx';
import { SectionTimerControl } from './section-timer-control.tsx';
import { STOPPED, startOrPause } from './section-timer.ts';
import type { Slide } from './workshop-channel.ts';
import { usePresenterChannel } from './use-presenter-channel.ts';
import { PresenterNotes } from './presenter-notes.tsx';
import { KeyList, PresenterWindowButton } from './workshop-controls.tsx';
import { WorkshopEnd, WorkshopStart } from './workshop-ends.tsx';
import { useWorkshopKeys } from './use-workshop-keys.ts';
import { timerOf, useWorkshopSession } from './workshop-session.ts';
import { positionOf, stepFrom, visibleSteps, type Step } from './workshop-steps.ts';
import type { WorkshopAction } from './workshop-keys.ts';
// Styles of this screen only: they load with it, not before every first question.
import './workshop.css';

interface Ready {
  assessment: Assessment;
  questionnaire: Questionnaire;
  update: UpdateAssessment;
}

const stepRoute = (assessmentId: string, step: Step): Route => ({ name: 'workshop', assessmentId, ...step });

function WorkshopSlide({
  ready,
  section,
  question,
  visibility,
}: {
  ready: Ready;
  section: Section;
  question: Question;
  visibility: Visibility;
}) {
  const { assessment, questionnaire, update } = ready;
  const [session, changeSession] = useWorkshopSession(assessment.id);
  const slideHandle = useRef<SlideHandle | null>(null);
  const step = { sectionId: section.id, questionId: question.id };
  const position = positionOf(questionnaire, visibility, step);
  const steps = visibleSteps(questionnaire, visibility);
  const done = steps.findIndex((candidate) => candidate.questionId === question.id) + 1;
  const next = stepFrom(questionnaire, visibility, question.id, 1);
  const previous = stepFrom(questionnaire, visibility, question.id, -1);
  const nextQuestion = next && questionnaire.sections.find((s) => s.id === next.sectionId)?.questions.find((q) => q.id === next.questionId);
  const location = hrefFor(stepRoute(assessment.id, step));

  useEffect(() => {
    update((latest) => (latest.lastLocation === location ? latest : { ...latest, lastLocation: location }), {
      rerender: false,
      touch: false,
    });
  }, [location, update]);

  const slide = useMemo<Slide>(
    () => ({
      type: 'slide',
      project: assessment.context.project,
      section: `${section.number}. ${section.title}`,
      where: `Section ${position.section} of ${position.sections} · Question ${position.question} of ${position.questions}`,
      number: question.number,
      text: question.text,
      intro: position.question === 1 ? (section.intro ?? null) : null,
      help: question.help ?? null,
      next: nextQuestion ? `${nextQuestion.number} ${nextQuestion.text}` : null,
    }),
    [
      assessment.context.project,
      section,
      question,
      position.section,
      position.sections,
      position.question,
      position.questions,
      nextQuestion,
    ],
  );
  usePresenterChannel(assessment.id, slide);

  const goForward = () => {
    // Leaving a section's last question is finishing it, as "Save and continue" on its last page is.
    if (!next || next.sectionId !== section.id) {
      update((latest) =>
        latest.submittedSections.includes(section.id)
          ? latest
          : { ...latest, submittedSections: [...latest.submittedSections, section.id] },
      );
    }
    navigate(next ? stepRoute(assessment.id, next) : { name: 'workshop', assessmentId: assessment.id, finished: true });
  };
  const goBack = () => navigate(previous ? stepRoute(assessment.id, previous) : { name: 'workshop', assessmentId: assessment.id });
  const toggleNotes = () => changeSession((current) => ({ ...current, notesShown: !current.notesShown }));
  const timer = timerOf(session, section.id);
  const setTimer = (change: typeof timer) =>
    changeSession((current) => ({ ...current, timers: { ...current.timers, [section.id]: change } }));

  useWorkshopKeys((action: WorkshopAction) => {
    if (action.type === 'next') goForward();
    else if (action.type === 'previous') goBack();
    else if (action.type === 'toggle-notes') toggleNotes();
    else if (action.type === 'toggle-timer') setTimer(startOrPause(timer, Date.now()));
    else slideHandle.current?.run(action);
  });

  return (
    <div className="workshop">
      <div className="workshop-bar">
        <p className="workshop-where">
          <span className="workshop-section">
            Section {position.section} of {position.sections}: {section.title}
          </span>{' '}
          <span>
            · Question {position.question} of {position.questions}
          </span>
        </p>
        <progress max={steps.length} value={done} aria-label="Questions covered in this workshop">
          {done} of {steps.length}
        </progress>
        <SectionTimerControl
          timer={timer}
          onStartOrPause={() => setTimer(startOrPause(timer, Date.now()))}
          onReset={() => setTimer(STOPPED)}
        />
      </div>
      <QuestionSlide
        key={question.id}
        question={question}
        answer={assessment.answers[question.id]}
        handle={slideHandle}
        onEdit={(edit) =>
          update((latest) => {
            // Edited from the saved answer, not the one last drawn: two keys pressed quickly both count.
            const answer = edit(latest.answers[question.id]);
            const answers = { ...latest.answers };
            if (answer) answers[question.id] = answer;
            else delete answers[question.id];
            return { ...latest, answers };
          })
        }
      />
      <div className="workshop-nav">
        <button type="button" className="button button-secondary" onClick={goBack} aria-keyshortcuts="ArrowLeft">
          <span aria-hidden="true">← </span>
          {previous ? 'Previous question' : 'Back to the start'}
        </button>
        <button type="button" className="button" onClick={goForward} aria-keyshortcuts="ArrowRight">
          {next ? 'Next question' : 'Finish'}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <div className="workshop-tools">
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={session.notesShown}
          aria-controls="presenter-notes"
          onClick={toggleNotes}
        >
          {session.notesShown ? 'Hide presenter notes' : 'Show presenter notes'} <kbd aria-hidden="true">P</kbd>
        </button>
        <PresenterWindowButton assessmentId={assessment.id} />
      </div>
      {session.notesShown && <PresenterNotes section={section} question={question} first={position.question === 1} />}
      <KeyList />
      <SaveStatusLine />
    </div>
  );
}

function Workshop({
  ready,
  sectionId,
  questionId,
  finished,
}: {
  ready: Ready;
  sectionId?: string;
  questionId?: string;
  finished: boolean;
}) {
  const { assessment, questionnaire } = ready;
  const visibility = useMemo(() => computeVisibility(questionnaire, assessment.answers), [questionnaire, assessment.answers]);
  if (finished) return <WorkshopEnd assessment={assessment} questionnaire={questionnaire} visibility={visibility} />;
  if (!sectionId || !questionId) return <WorkshopStart assessment={assessment} questionnaire={questionnaire} visibility={visibility} />;
  const section = questionnaire.sections.find((candidate) => candidate.id === sectionId);
  const question = section?.questions.find((candidate) => candidate.id === questionId);
  if (!section || !question) {
    return (
      <>
        <PageHeading title="Question not found" caption={assessment.context.project} />
        <p>
          “{questionnaire.title}” has no question “{questionId}” in a section “{sectionId}”.{' '}
          <a href={hrefFor({ name: 'workshop', assessmentId: assessment.id })}>Go to the start of the workshop</a>
        </p>
      </>
    );
  }
  if (!visibility.sections.has(section.id) || !visibility.questions.has(question.id)) {
    const next = stepFrom(questionnaire, visibility, question.id, 1);
    return (
      <>
        <PageHeading title={`Question ${question.number} is not asked`} caption={assessment.context.project} />
        <p>Other answers hide this question at the moment, so it is skipped. Answers already given to it are kept.</p>
        <p>
          <a href={hrefFor(next ? stepRoute(assessment.id, next) : { name: 'workshop', assessmentId: assessment.id, finished: true })}>
            {next ? 'Go to the next question' : 'Go to the end of the workshop'}
          </a>
        </p>
      </>
    );
  }
  return <WorkshopSlide ready={ready} section={section} question={question} visibility={visibility} />;
}

/** Workshop mode: one question per screen, in large type for a projector, answered by keyboard as the room decides. */
export function WorkshopPage({
  assessmentId,
  sectionId,
  questionId,
  finished,
}: {
  assessmentId: string;
  sectionId?: string;
  questionId?: string;
  finished: boolean;
}) {
  return (
    <AssessmentFrame assessmentId={assessmentId}>
      {(ready) => <Workshop ready={ready} sectionId={sectionId} questionId={questionId} finished={finished} />}
    </AssessmentFrame>
  );
}
