import { useCallback, useEffect, useRef, useState } from 'react';
import { loadBundledQuestionnaire, loadedBundledQuestionnaire } from '../questionnaire/bundled-questionnaires.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Assessment } from '../storage/assessment.ts';
import { readAssessment, saveAssessment } from './assessment-repository.ts';

export type UpdateAssessment = (change: (current: Assessment) => Assessment, options?: { rerender?: boolean }) => void;

export type AssessmentState =
  | { status: 'loading' }
  | { status: 'missing'; message: string }
  | {
      status: 'ready';
      assessment: Assessment;
      questionnaire: Questionnaire;
      /** Set when the bundled questionnaire changed since the assessment was made. */
      versionNotice: string | null;
      update: UpdateAssessment;
      /** The latest version, including changes saved without a re-render. */
      getLatest: () => Assessment;
    };

/**
 * An assessment and its questionnaire, ready to show and to change. `update`
 * saves every change; pass `{ rerender: false }` from keystroke handlers so
 * typing never re-renders the page that holds the form.
 */
export function useAssessment(assessmentId: string): AssessmentState {
  const latest = useRef<Assessment | null>(null);
  const [loaded, setLoaded] = useState<
    | { status: 'loading' }
    | { status: 'missing'; message: string }
    | { status: 'ready'; assessment: Assessment; questionnaire: Questionnaire }
  >(() => {
    // Usually both are already here (see app/prefetch.ts): render at once.
    const read = readAssessment(assessmentId);
    const questionnaire = read.ok ? loadedBundledQuestionnaire(read.assessment.questionnaire.id) : undefined;
    if (!read.ok || !questionnaire) return { status: 'loading' };
    latest.current = read.assessment;
    return { status: 'ready', assessment: read.assessment, questionnaire };
  });

  useEffect(() => {
    let live = true;
    if (latest.current?.id === assessmentId) return;
    const read = readAssessment(assessmentId);
    if (!read.ok) {
      setLoaded({ status: 'missing', message: read.message });
      return;
    }
    latest.current = read.assessment;
    setLoaded({ status: 'loading' });
    loadBundledQuestionnaire(read.assessment.questionnaire.id).then(
      (questionnaire) => {
        if (!live) return;
        if (!questionnaire) {
          setLoaded({
            status: 'missing',
            message: `This assessment uses the questionnaire “${read.assessment.questionnaire.title}” (${read.assessment.questionnaire.id}), which this copy of Oversight does not include.`,
          });
          return;
        }
        setLoaded({ status: 'ready', assessment: latest.current ?? read.assessment, questionnaire });
      },
      (error: unknown) => live && setLoaded({ status: 'missing', message: `The questionnaire could not be loaded: ${String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [assessmentId]);

  const update = useCallback<UpdateAssessment>((change, options) => {
    const current = latest.current;
    if (!current) return;
    const next = { ...change(current), updatedAt: new Date().toISOString() };
    latest.current = next;
    saveAssessment(next);
    if (options?.rerender !== false) {
      setLoaded((state) => (state.status === 'ready' ? { ...state, assessment: next } : state));
    }
  }, []);

  if (loaded.status !== 'ready') return loaded;
  const pinned = loaded.assessment.questionnaire;
  const versionNotice =
    pinned.contentHash === loaded.questionnaire.contentHash
      ? null
      : `This assessment was started with version ${pinned.version} of the questionnaire; this is version ${loaded.questionnaire.version}. Answers to questions that still exist are shown; export your answers first if you need the old version's record.`;
  const fallback = loaded.assessment;
  return { ...loaded, versionNotice, update, getLatest: () => latest.current ?? fallback };
}
