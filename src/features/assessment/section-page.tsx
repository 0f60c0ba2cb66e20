import { useCallback, useState } from 'react';
import { computeVisibility } from '../../questionnaire/visibility.ts';
import { pageOfQuestion, sectionPages } from '../../questionnaire/section-pages.ts';
import { AssessmentFrame } from '../../connected/assessment-frame.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hrefFor } from '../../config/routes.ts';
import { SectionFirstPaint } from './section-preview.tsx';
import { saveCarriedWithoutForm } from './preview-carry.ts';
import type * as SectionFormModule from './section-form.tsx';

// The live form, with react-hook-form, is its own chunk: a cold link draws
// the page first (section-preview.tsx) and loads it once that is painted.
let formModule: typeof SectionFormModule | undefined;
let formLoading: Promise<typeof SectionFormModule> | undefined;

function loadFormModule(): Promise<typeof SectionFormModule> {
  formLoading ??= import('./section-form.tsx').then(
    (module) => (formModule = module),
    (error: unknown) => {
      // A failed download may succeed on the next try.
      formLoading = undefined;
      throw error;
    },
  );
  return formLoading;
}

/**
 * The form's code: at once when it arrived before (moving between sections),
 * otherwise once `load` has fetched it. A download that fails is thrown, for
 * the page's error boundary to say so and offer a reload, once what the
 * person changed in the meantime is kept.
 */
function useSectionFormModule(keepWhatWasDone: () => void) {
  const [state, setState] = useState<{ module?: typeof SectionFormModule; error?: unknown }>(() => ({ module: formModule }));
  const load = useCallback(() => {
    loadFormModule().then(
      (module) => setState({ module }),
      (error: unknown) => {
        keepWhatWasDone();
        setState({ error });
      },
    );
  }, [keepWhatWasDone]);
  if (state.error) throw state.error;
  return { module: state.module, load };
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
  const keepWhatWasDone = useCallback(() => saveCarriedWithoutForm(assessmentId, sectionId, page ?? 1), [assessmentId, sectionId, page]);
  const { module, load } = useSectionFormModule(keepWhatWasDone);
  // A link to one question needs the whole section to find its page: that link waits for the whole questionnaire.
  const firstPaint = questionId ? undefined : (
    <SectionFirstPaint
      key={`${sectionId}:${page ?? 1}`}
      assessmentId={assessmentId}
      sectionId={sectionId}
      page={page ?? 1}
      loadForm={load}
    />
  );
  return (
    <AssessmentFrame assessmentId={assessmentId} whileLoading={firstPaint}>
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
        if (!module) {
          // The element drawn while loading, if it was: it stays as it is until the form arrives.
          return (
            <SectionFirstPaint
              key={`${section.id}:${shown}`}
              assessmentId={assessmentId}
              sectionId={section.id}
              page={shown}
              returnTo={returnTo}
              loadForm={load}
              ready={{ assessment: getLatest(), questionnaire }}
            />
          );
        }
        return (
          <module.SectionForm
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
