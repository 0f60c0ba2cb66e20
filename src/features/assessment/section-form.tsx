import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import type { Question, Questionnaire, Section } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { answerFieldId } from '../../components/question-field.tsx';
import { focusField } from '../../components/focus-field.ts';
import { hrefFor, navigate } from '../../config/routes.ts';
import { useLiveVisibility, usePageForm, useSaveAsTyped } from './use-section-form.ts';
import { pageLayout, SectionView, useSectionPage } from './section-view.tsx';
import { carriedFor, clearCarried, restoreFocus } from './preview-carry.ts';

// Only a later round has answers to review: the marks' code loads for those
// pages alone, not before every first question.
const ReviewMark = lazy(() => import('./review-mark.tsx').then((module) => ({ default: module.ReviewMark })));
const ReviewAllOnPage = lazy(() => import('./review-mark.tsx').then((module) => ({ default: module.ReviewAllOnPage })));

export interface SectionFormProps {
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

/**
 * One page of a section as a live form. It arrives a moment after the page
 * is first drawn (section-preview.tsx); whatever the person did in that
 * moment is taken over here: changed answers are saved as if just made, the
 * field they were in keeps the focus, and a "Save and continue" goes ahead.
 */
export function SectionForm({ assessment, getLatest, questionnaire, section, page, update, focusQuestionId, returnTo }: SectionFormProps) {
  // The section cut to this page's questions: what this form shows, checks and saves.
  const onPage = useSectionPage(section, page);
  const { pageSection, pageCount } = onPage;
  const [carried] = useState(() => carriedFor(assessment.id, section.id, page));
  const { form, others } = usePageForm(questionnaire, pageSection, getLatest, carried.values);
  const { errors, submitCount } = form.formState;
  const saveStarted = useSaveAsTyped(form, pageSection, others, update);
  // The questions whose answers were still to review when the page opened: each keeps its place for the review mark (which hides itself once reviewed).
  const [carriedHere] = useState(() => new Set(getLatest().round?.toReview ?? []));

  // Before paint: a key pressed now must land in the field the person was in.
  useLayoutEffect(() => restoreFocus(carried), [carried]);

  // Arriving from a link to one question (check your answers, results) puts
  // the person on that question rather than on the page heading.
  useEffect(() => {
    const question = pageSection.questions.find((candidate) => candidate.id === focusQuestionId);
    if (question) focusField(answerFieldId(question, 'value'));
  }, [focusQuestionId, pageSection]);

  useRememberLocation(hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.id, page }), update);

  const visibility = useLiveVisibility(form, questionnaire, pageSection, others);
  const values = form.getValues();
  const layout = pageLayout(questionnaire, section, onPage, visibility, values);
  const { visibleQuestions, next } = layout;
  const markSubmitted = () =>
    update((latest) =>
      latest.submittedSections.includes(section.id) ? latest : { ...latest, submittedSections: [...latest.submittedSections, section.id] },
    );

  const lastPage = page >= pageCount;
  const onSubmit = form.handleSubmit(
    () => {
      if (returnTo === 'check') {
        navigate({ name: 'check', assessmentId: assessment.id });
        return;
      }
      if (!lastPage) {
        navigate({ name: 'section', assessmentId: assessment.id, sectionId: section.id, page: page + 1 });
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

  // What was changed before the form arrived is on screen already (the form
  // started with it): save it, then follow a link that was held for it, or
  // go ahead with a "Save and continue".
  useEffect(() => {
    const changed = new Set([...carried.values.keys()].map((name) => name.split('.')[0] ?? ''));
    const ids = pageSection.questions.map((question) => question.id).filter((id) => changed.has(id));
    if (ids.length > 0) saveStarted(ids);
    if (carried.followLink) window.location.assign(carried.followLink);
    else if (carried.submitted) void onSubmit();
    clearCarried();
    // Once, as the form arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [carried]);

  const footerFor = (question: Question) =>
    carriedHere.has(question.id) ? (
      <Suspense fallback={null}>
        <ReviewMark question={question} form={form} getLatest={getLatest} update={update} />
      </Suspense>
    ) : undefined;

  return (
    <SectionView
      assessment={assessment}
      section={section}
      page={page}
      layout={layout}
      register={form.register}
      errors={errors}
      submitCount={submitCount}
      values={values}
      onSubmit={onSubmit}
      returnTo={returnTo}
      arriving={!carried.drawn}
      banner={
        carriedHere.size > 0 && (
          <Suspense fallback={null}>
            <ReviewAllOnPage questions={visibleQuestions} form={form} getLatest={getLatest} update={update} />
          </Suspense>
        )
      }
      footerFor={footerFor}
    />
  );
}
