import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { FieldErrors } from 'react-hook-form';
import type { Question, Questionnaire, Section } from '../../questionnaire/model.ts';
import { answersFromForm, type Answers } from '../../questionnaire/answers.ts';
import { computeVisibility, type Visibility } from '../../questionnaire/visibility.ts';
import { optionNeedingReason, type AnswerField } from '../../questionnaire/section-validation.ts';
import { pageOfQuestion, sectionPages } from '../../questionnaire/section-pages.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { AssessmentFrame } from '../../connected/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { ErrorSummary, type SummaryError } from '../../components/error-summary.tsx';
import { QuestionField, answerFieldId } from '../../components/question-field.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { SaveStatusLine } from '../../connected/save-status.tsx';
import { hrefFor, navigate, type Route } from '../../config/routes.ts';
import { focusField } from '../../components/focus-field.ts';
import { PagePager, SectionPager } from './section-navigation.tsx';
import { useLiveVisibility, usePageForm, useSaveAsTyped } from './use-section-form.ts';

// Only a later round has answers to review: the marks' code loads for those
// pages alone, not before every first question.
const ReviewMark = lazy(() => import('./review-mark.tsx').then((module) => ({ default: module.ReviewMark })));
const ReviewAllOnPage = lazy(() => import('./review-mark.tsx').then((module) => ({ default: module.ReviewAllOnPage })));

const FIELDS: AnswerField[] = ['value', 'justification', 'notes'];

interface SectionFormProps {
  assessment: Assessment;
  getLatest: () => Assessment;
  questionnaire: Questionnaire;
  /** The whole section, for its place among the others. */
  section: Section;
  /** 1-based, within the section's pages (one unless the section is long: section-pages.ts). */
  page: number;
  update: UpdateAssessment;
  focusQuestionId?: string;
  /** Where "Save" leads instead of the next section: back to Check your answers after a "Change". */
  returnTo?: 'check';
}

/** The error summary's lines: each visible question's field that has a message. */
function summaryOf(questions: readonly Question[], errors: FieldErrors<Answers>): SummaryError[] {
  return questions.flatMap((question) =>
    FIELDS.filter((field) => errors[question.id]?.[field]?.message).map((field) => ({
      fieldId: answerFieldId(question, field),
      message: errors[question.id]?.[field]?.message ?? '',
    })),
  );
}

/** Answers kept from questions that other answers now hide: said, not shown. */
function HiddenAnswersNote({ questions }: { questions: readonly Question[] }) {
  if (questions.length === 0) return null;
  return (
    <p className="muted">
      {questions.length === 1 ? 'One answer is' : `${questions.length} answers are`} kept from questions that your other answers now hide (
      {questions.map((question) => question.number).join(', ')}). They do not count unless the questions come back.
    </p>
  );
}

/** Where this page sits: the section heading, the page count of a long section and the section's intro. */
function SectionHeader({
  assessment,
  section,
  page,
  pageCount,
  questions,
}: {
  assessment: Assessment;
  section: Section;
  page: number;
  pageCount: number;
  questions: readonly Question[];
}) {
  return (
    <>
      <PageHeading title={`${section.number}. ${section.title}`} caption={assessment.context.project} />
      {pageCount > 1 && (
        <p className="page-position">
          Page {page} of {pageCount}: questions {questions[0]?.number} to {questions.at(-1)?.number}
        </p>
      )}
      {section.intro && page === 1 && (
        <p className="lead">
          <RichText source={section.intro} />
        </p>
      )}
    </>
  );
}

/** The visible sections either side of this one. */
function neighbours(questionnaire: Questionnaire, visibility: Visibility, sectionId: string) {
  const visibleSections = questionnaire.sections.filter((candidate) => visibility.sections.has(candidate.id));
  const position = visibleSections.findIndex((candidate) => candidate.id === sectionId);
  return {
    previous: position > 0 ? visibleSections[position - 1] : undefined,
    next: position >= 0 ? visibleSections[position + 1] : undefined,
  };
}

/** Keeps the page the person is on, so coming back to the assessment opens it again. */
function useRememberLocation(location: string, update: UpdateAssessment) {
  useEffect(() => {
    // Where the person is is not an edit: it must not change "Last edited".
    update((latest) => (latest.lastLocation === location ? latest : { ...latest, lastLocation: location }), {
      rerender: false,
      touch: false,
    });
  }, [location, update]);
}

function SectionForm({ assessment, getLatest, questionnaire, section, page, update, focusQuestionId, returnTo }: SectionFormProps) {
  // The section cut to this page's questions: what this form shows, checks and saves.
  const pages = useMemo(() => sectionPages(section.questions), [section]);
  const pageCount = pages.length;
  const pageSection = useMemo(() => ({ ...section, questions: pages[page - 1] ?? [] }), [section, pages, page]);
  const { form, others } = usePageForm(questionnaire, pageSection, getLatest);
  const { errors, submitCount } = form.formState;
  useSaveAsTyped(form, pageSection, others, update);
  // The questions whose answers were still to review when the page opened: each keeps its place for the review mark (which hides itself once reviewed).
  const [carriedHere] = useState(() => new Set(getLatest().round?.toReview ?? []));

  // Arriving from a link to one question (check your answers, results) puts
  // the person on that question rather than on the page heading.
  useEffect(() => {
    const question = pageSection.questions.find((candidate) => candidate.id === focusQuestionId);
    if (question) focusField(answerFieldId(question, 'value'));
  }, [focusQuestionId, pageSection]);

  useRememberLocation(hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.id, page }), update);

  const visibility = useLiveVisibility(form, questionnaire, pageSection, others);
  const currentValues = form.getValues();
  const visibleQuestions = pageSection.questions.filter((question) => visibility.questions.has(question.id));
  const hiddenAnswered = pageSection.questions.filter(
    (question) => !visibility.questions.has(question.id) && answersFromForm({ x: currentValues[question.id] }).x,
  );

  const { previous, next } = neighbours(questionnaire, visibility, section.id);
  const markSubmitted = () =>
    update((latest) =>
      latest.submittedSections.includes(section.id) ? latest : { ...latest, submittedSections: [...latest.submittedSections, section.id] },
    );

  const lastPage = page >= pageCount;
  const pageRoute = (to: number): Route => ({ name: 'section', assessmentId: assessment.id, sectionId: section.id, page: to });
  const onSubmit = form.handleSubmit(
    () => {
      if (returnTo === 'check') {
        navigate({ name: 'check', assessmentId: assessment.id });
        return;
      }
      if (!lastPage) {
        navigate(pageRoute(page + 1));
        return;
      }
      markSubmitted();
      navigate(
        next ? { name: 'section', assessmentId: assessment.id, sectionId: next.id } : { name: 'check', assessmentId: assessment.id },
      );
    },
    // A failed attempt on the last page marks the section for attention on the task list, as a finished one would be.
    () => lastPage && markSubmitted(),
  );

  return (
    <>
      <p>
        <a className="back-link" href={hrefFor({ name: 'tasks', assessmentId: assessment.id })}>
          Back to the task list
        </a>
      </p>
      <ErrorSummary errors={summaryOf(visibleQuestions, errors)} attempt={submitCount} />
      <SectionHeader assessment={assessment} section={section} page={page} pageCount={pageCount} questions={pageSection.questions} />
      {carriedHere.size > 0 && (
        <Suspense fallback={null}>
          <ReviewAllOnPage questions={visibleQuestions} form={form} getLatest={getLatest} update={update} />
        </Suspense>
      )}
      {/*
        One small <form> per question rather than one around the section:
        Chrome's autofill re-reads every field of a form on each keystroke,
        which made typing in a 100-question section lag (npm run bench). Each
        form submits the same way, so Enter still saves and continues.
      */}
      <div className="question-list">
        {visibleQuestions.map((question) => (
          <form key={question.id} noValidate onSubmit={onSubmit}>
            <QuestionField
              question={question}
              register={form.register}
              errors={errors}
              notApplicable={currentValues[question.id]?.notApplicable === true}
              reasonFor={optionNeedingReason(question, answersFromForm({ x: currentValues[question.id] }).x)?.label ?? null}
              footer={
                carriedHere.has(question.id) ? (
                  <Suspense fallback={null}>
                    <ReviewMark question={question} form={form} getLatest={getLatest} update={update} />
                  </Suspense>
                ) : undefined
              }
            />
          </form>
        ))}
        <HiddenAnswersNote questions={hiddenAnswered} />
        <form noValidate onSubmit={onSubmit} className="actions">
          <button type="submit" className="button">
            {returnTo === 'check' ? 'Save and go back to your answers' : 'Save and continue'}
          </button>
        </form>
      </div>
      <PagePager section={section} page={page} pageCount={pageCount} pageRoute={pageRoute} />
      <SectionPager assessmentId={assessment.id} previous={previous} next={next} />
      <SaveStatusLine />
    </>
  );
}

export function SectionPage({
  assessmentId,
  sectionId,
  questionId,
  page,
  returnTo,
}: {
  assessmentId: string;
  sectionId: string;
  questionId?: string;
  page?: number;
  returnTo?: 'check';
}) {
  return (
    <AssessmentFrame assessmentId={assessmentId}>
      {({ assessment, questionnaire, update, getLatest }) => {
        const section = questionnaire.sections.find((candidate) => candidate.id === sectionId);
        if (section && !computeVisibility(questionnaire, getLatest().answers).sections.has(section.id)) {
          // A bookmarked link to a section the answers now hide: say so rather
          // than take answers that would not count.
          return (
            <>
              <PageHeading title={`${section.number}. ${section.title}`} caption={assessment.context.project} />
              <p>
                This section is not part of this assessment at the moment: your answers elsewhere hide it. Any answers already given in it
                are kept, and count again if the section comes back.
              </p>
              <p>
                <a href={hrefFor({ name: 'tasks', assessmentId })}>Back to the task list</a>
              </p>
            </>
          );
        }
        if (!section) {
          return (
            <>
              <PageHeading title="Section not found" />
              <p>
                “{questionnaire.title}” has no section “{sectionId}”.{' '}
                <a href={hrefFor({ name: 'tasks', assessmentId })}>Back to the task list</a>
              </p>
            </>
          );
        }
        // A link to one question opens its page; a page past the end shows the last.
        const shown = Math.min(
          questionId ? pageOfQuestion(section.questions, questionId) : (page ?? 1),
          sectionPages(section.questions).length,
        );
        return (
          <SectionForm
            key={`${section.id}:${shown}`}
            assessment={assessment}
            getLatest={getLatest}
            questionnaire={questionnaire}
            section={section}
            page={shown}
            update={update}
            focusQuestionId={questionId}
            returnTo={returnTo}
          />
        );
      }}
    </AssessmentFrame>
  );
}
