import { useMemo, type FormEventHandler, type ReactNode } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { Question, Questionnaire, Section } from '../../questionnaire/model.ts';
import { answersFromForm, type Answers } from '../../questionnaire/answers.ts';
import type { Visibility } from '../../questionnaire/visibility.ts';
import { sectionPages } from '../../questionnaire/section-pages.ts';
import { optionNeedingReason, type AnswerField } from '../../questionnaire/section-validation.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { BackToTaskList } from '../../components/back-to-task-list.tsx';
import { ErrorSummary, type SummaryError } from '../../components/error-summary.tsx';
import { QuestionField, answerFieldId } from '../../components/question-field.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { SaveStatusLine } from '../../connected/save-status.tsx';
import type { Route } from '../../config/routes.ts';
import { PagePager, SectionPager } from './section-navigation.tsx';

const FIELDS: AnswerField[] = ['value', 'justification', 'notes'];

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
  takeFocus,
}: {
  assessment: Assessment;
  section: Section;
  page: number;
  pageCount: number;
  questions: readonly Question[];
  takeFocus: boolean;
}) {
  return (
    <>
      <PageHeading title={`${section.number}. ${section.title}`} caption={assessment.context.project} takeFocus={takeFocus} />
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

/** One page of a section: its questions, as the section's pages cut them (section-pages.ts). */
export function useSectionPage(section: Section, page: number): { pageSection: Section; pageCount: number } {
  const pages = useMemo(() => sectionPages(section.questions), [section]);
  const pageSection = useMemo(() => ({ ...section, questions: pages[page - 1] ?? [] }), [section, pages, page]);
  return { pageSection, pageCount: pages.length };
}

/** What a page shows and where it sits, worked out one way for the preview and the form. */
export interface PageLayout {
  pageCount: number;
  /** This page's questions, shown or not. */
  pageSection: Section;
  visibleQuestions: readonly Question[];
  /** Questions other answers now hide that still hold an answer. */
  hiddenAnswered: readonly Question[];
  previous: Section | undefined;
  next: Section | undefined;
}

export function pageLayout(
  questionnaire: Questionnaire,
  section: Section,
  { pageSection, pageCount }: { pageSection: Section; pageCount: number },
  visibility: Visibility,
  values: Answers,
): PageLayout {
  return {
    pageCount,
    pageSection,
    visibleQuestions: pageSection.questions.filter((question) => visibility.questions.has(question.id)),
    hiddenAnswered: pageSection.questions.filter(
      (question) => !visibility.questions.has(question.id) && answersFromForm({ x: values[question.id] }).x,
    ),
    ...neighbours(questionnaire, visibility, section.id),
  };
}

export interface SectionViewProps {
  assessment: Assessment;
  /** The whole section, for its heading and pager. */
  section: Section;
  page: number;
  layout: PageLayout;
  register: UseFormRegister<Answers>;
  errors: FieldErrors<Answers>;
  submitCount: number;
  /** The form's values as they stand, for "Not applicable" and the reason boxes. */
  values: Answers;
  onSubmit: FormEventHandler<HTMLFormElement>;
  returnTo?: 'check';
  /** While the page is drawn before its form has arrived (section-preview.tsx). */
  busy?: boolean;
  /** False when this draws again a page already on screen (preview-carry.ts): the heading leaves focus where it is. */
  arriving: boolean;
  onChange?: FormEventHandler<HTMLFormElement>;
  /** Shown above the questions, such as "Confirm all" for answers carried from an earlier round. */
  banner?: ReactNode;
  footerFor?: (question: Question) => ReactNode;
}

/**
 * One page of a section, drawn from what the form holds. The form itself
 * (section-form.tsx) and the preview drawn before it arrives
 * (section-preview.tsx) both draw through this, so the page looks the same
 * before and after the form takes over.
 */
export function SectionView({
  assessment,
  section,
  page,
  layout: { pageCount, pageSection, visibleQuestions, hiddenAnswered, previous, next },
  register,
  errors,
  submitCount,
  values,
  onSubmit,
  returnTo,
  busy,
  arriving,
  onChange,
  banner,
  footerFor,
}: SectionViewProps) {
  const pageRoute = (to: number): Route => ({ name: 'section', assessmentId: assessment.id, sectionId: section.id, page: to });
  return (
    <>
      <BackToTaskList assessmentId={assessment.id} id="back-to-task-list" />
      <ErrorSummary errors={summaryOf(visibleQuestions, errors)} attempt={submitCount} />
      <SectionHeader
        assessment={assessment}
        section={section}
        page={page}
        pageCount={pageCount}
        questions={pageSection.questions}
        takeFocus={arriving}
      />
      {banner}
      {/*
        One small <form> per question rather than one around the section:
        Chrome's autofill re-reads every field of a form on each keystroke,
        which made typing in a 100-question section lag (npm run bench). Each
        form submits the same way, so Enter still saves and continues.
      */}
      <div className="question-list" aria-busy={busy || undefined}>
        {visibleQuestions.map((question) => (
          <form key={question.id} noValidate onSubmit={onSubmit} onChange={onChange}>
            <QuestionField
              question={question}
              register={register}
              errors={errors}
              notApplicable={values[question.id]?.notApplicable === true}
              reasonFor={optionNeedingReason(question, answersFromForm({ x: values[question.id] }).x)?.label ?? null}
              footer={footerFor?.(question)}
            />
          </form>
        ))}
        <HiddenAnswersNote questions={hiddenAnswered} />
        <form noValidate onSubmit={onSubmit} className="actions">
          {/* Ids on the page's links and buttons let focus be put back after the form takes over (preview-carry.ts). */}
          <button type="submit" className="button" id="save-and-continue">
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
