import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import type { Questionnaire, Section } from '../../questionnaire/model.ts';
import { answersFromForm, selectedValues, type Answers } from '../../questionnaire/answers.ts';
import { applyExclusive } from '../../questionnaire/exclusive-options.ts';
import { computeVisibility } from '../../questionnaire/visibility.ts';
import { optionNeedingReason, sectionAnswersSchema, type AnswerField } from '../../questionnaire/section-validation.ts';
import { conditionQuestionIds } from '../../questionnaire/condition-questions.ts';
import { pageOfQuestion, sectionPages } from '../../questionnaire/section-pages.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../components/use-assessment.ts';
import { AssessmentFrame } from '../../components/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { QuestionField, answerFieldId } from '../../components/question-field.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { SaveStatusLine } from '../../components/save-status.tsx';
import { hrefFor, navigate, type Route } from '../../config/routes.ts';
import { focusField } from '../../components/focus-field.ts';
import { zodResolver } from '../../components/zod-resolver.ts';

const FIELDS: AnswerField[] = ['value', 'justification', 'notes'];

function sectionDefaults(section: Section, answers: Answers): Answers {
  const defaults: Answers = {};
  for (const question of section.questions) {
    const answer = answers[question.id];
    if (answer) defaults[question.id] = structuredClone(answer);
  }
  return defaults;
}

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

function SectionForm({ assessment, getLatest, questionnaire, section, page, update, focusQuestionId, returnTo }: SectionFormProps) {
  // The section cut to this page's questions: what this form shows, checks and saves.
  const pages = useMemo(() => sectionPages(section.questions), [section]);
  const pageCount = pages.length;
  const pageSection = useMemo(() => ({ ...section, questions: pages[page - 1] ?? [] }), [section, pages, page]);
  // Answers from other sections decide visibility here too; they cannot
  // change while this page is open, so the copy taken on arrival is exact.
  // Read the latest version: typing elsewhere was saved without re-rendering.
  const others = useRef(getLatest().answers);
  const [defaults] = useState(() => sectionDefaults(pageSection, others.current));

  const resolver = useCallback<Resolver<Answers>>(
    (values, context, options) => {
      const visibility = computeVisibility(questionnaire, { ...others.current, ...answersFromForm(values) });
      return zodResolver<Answers>(sectionAnswersSchema(pageSection, visibility.questions))(values, context, options);
    },
    [questionnaire, pageSection],
  );
  const form = useForm<Answers>({
    defaultValues: defaults,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;

  // Every change is saved as it is made, without re-rendering this page, and
  // only the question that changed is re-read: a keystroke costs the same in
  // a section of 5 questions or of 100.
  const ticked = useRef(new Map<string, string[]>());
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      const changed = name?.split('.')[0];
      const question = changed ? pageSection.questions.find((candidate) => candidate.id === changed) : undefined;
      if (question?.kind === 'multiple' && name === `${question.id}.value`) {
        const raw = values[question.id]?.value;
        const next = Array.isArray(raw) ? raw.filter((value): value is string => typeof value === 'string') : [];
        const fixed = applyExclusive(question, ticked.current.get(question.id) ?? selectedValues(question, others.current[question.id]), next);
        ticked.current.set(question.id, fixed);
        // Setting the value fires this again with the fixed list, which then passes unchanged.
        if (fixed.length !== next.length) form.setValue(`${question.id}.value`, fixed);
      }
      const ids = changed ? [changed] : pageSection.questions.map((question) => question.id);
      update(
        (latest) => {
          const answers = { ...latest.answers };
          for (const id of ids) {
            const answer = answersFromForm({ [id]: values[id] })[id];
            if (answer) answers[id] = answer;
            else delete answers[id];
          }
          return { ...latest, answers };
        },
        { rerender: false },
      );
    });
    return () => subscription.unsubscribe();
  }, [form, pageSection, update]);

  // Arriving from a link to one question (check your answers, results) puts
  // the person on that question rather than on the page heading.
  useEffect(() => {
    const question = pageSection.questions.find((candidate) => candidate.id === focusQuestionId);
    if (question) focusField(answerFieldId(question, 'value'));
  }, [focusQuestionId, pageSection]);

  const location = hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: section.id, page });
  useEffect(() => {
    update((latest) => (latest.lastLocation === location ? latest : { ...latest, lastLocation: location }), { rerender: false, touch: false });
  }, [location, update]);

  // Only answers that conditions look at, and "Not applicable" ticks,
  // re-render the page; typing in a text field never does.
  const watchedNames = useMemo(() => {
    const triggers = conditionQuestionIds(questionnaire);
    return pageSection.questions.flatMap((question) => [
      ...(triggers.has(question.id) ? [`${question.id}.value` as const] : []),
      ...(question.notApplicable ? [`${question.id}.notApplicable` as const] : []),
      // A choice that needs a reason shows the reason box as soon as it is picked.
      ...(!triggers.has(question.id) && question.options.some((option) => option.requiresReason) ? [`${question.id}.value` as const] : []),
    ]);
  }, [questionnaire, pageSection]);
  const watched = useWatch({ control: form.control, name: watchedNames });
  const visibility = useMemo(
    () => computeVisibility(questionnaire, { ...others.current, ...answersFromForm(form.getValues()) }),
    // `watched` is the signal that a visibility-relevant answer changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [questionnaire, form, watched],
  );
  const currentValues = form.getValues();
  const visibleQuestions = pageSection.questions.filter((question) => visibility.questions.has(question.id));
  const hiddenAnswered = pageSection.questions.filter(
    (question) => !visibility.questions.has(question.id) && answersFromForm({ x: currentValues[question.id] }).x,
  );

  const summary = visibleQuestions.flatMap((question) =>
    FIELDS.filter((field) => errors[question.id]?.[field]?.message).map((field) => ({
      fieldId: answerFieldId(question, field),
      message: errors[question.id]?.[field]?.message ?? '',
    })),
  );

  const visibleSections = questionnaire.sections.filter((candidate) => visibility.sections.has(candidate.id));
  const position = visibleSections.findIndex((candidate) => candidate.id === section.id);
  const previous = position > 0 ? visibleSections[position - 1] : undefined;
  const next = position >= 0 ? visibleSections[position + 1] : undefined;
  const markSubmitted = () =>
    update((latest) =>
      latest.submittedSections.includes(section.id)
        ? latest
        : { ...latest, submittedSections: [...latest.submittedSections, section.id] },
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
      navigate(next ? { name: 'section', assessmentId: assessment.id, sectionId: next.id } : { name: 'check', assessmentId: assessment.id });
    },
    // A failed attempt on the last page marks the section for attention on the task list, as a finished one would be.
    () => lastPage && markSubmitted(),
  );
  const firstNumber = pageSection.questions[0]?.number;
  const lastNumber = pageSection.questions.at(-1)?.number;

  return (
    <>
      <p><a className="back-link" href={hrefFor({ name: 'tasks', assessmentId: assessment.id })}>Back to the task list</a></p>
      <ErrorSummary errors={summary} attempt={submitCount} />
      <PageHeading title={`${section.number}. ${section.title}`} caption={assessment.context.project} />
      {pageCount > 1 && (
        <p className="page-position">
          Page {page} of {pageCount}: questions {firstNumber} to {lastNumber}
        </p>
      )}
      {section.intro && page === 1 && <p className="lead"><RichText source={section.intro} /></p>}
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
            />
          </form>
        ))}
        {hiddenAnswered.length > 0 && (
          <p className="muted">
            {hiddenAnswered.length === 1 ? 'One answer is' : `${hiddenAnswered.length} answers are`} kept from questions that
            your other answers now hide ({hiddenAnswered.map((question) => question.number).join(', ')}). They do not count
            unless the questions come back.
          </p>
        )}
        <form noValidate onSubmit={onSubmit} className="actions">
          <button type="submit" className="button">{returnTo === 'check' ? 'Save and go back to your answers' : 'Save and continue'}</button>
        </form>
      </div>
      {pageCount > 1 && (
        <nav className="pager" aria-label={`Pages of section ${section.number}`}>
          {page > 1 && (
            <a href={hrefFor(pageRoute(page - 1))} rel="prev">
              Previous page<span className="visually-hidden"> of this section</span>
            </a>
          )}
          {!lastPage && (
            <a href={hrefFor(pageRoute(page + 1))} rel="next">
              Next page<span className="visually-hidden"> of this section</span>
            </a>
          )}
        </nav>
      )}
      <nav className="pager" aria-label="Sections">
        {previous && (
          <a href={hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: previous.id })} rel="prev">
            Previous section<span className="visually-hidden">: {previous.title}</span>
          </a>
        )}
        {next && (
          <a href={hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: next.id })} rel="next">
            Next section<span className="visually-hidden">: {next.title}</span>
          </a>
        )}
        <a href={hrefFor({ name: 'check', assessmentId: assessment.id })}>Check your answers</a>
      </nav>
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
                This section is not part of this assessment at the moment: your answers elsewhere hide it. Any answers
                already given in it are kept, and count again if the section comes back.
              </p>
              <p><a href={hrefFor({ name: 'tasks', assessmentId })}>Back to the task list</a></p>
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
        const shown = Math.min(questionId ? pageOfQuestion(section.questions, questionId) : (page ?? 1), sectionPages(section.questions).length);
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
