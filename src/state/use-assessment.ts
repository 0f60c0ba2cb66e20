import { useCallback, useEffect, useRef, useState } from 'react';
import { loadedQuestionnaire, loadQuestionnaire } from './load-questionnaire.ts';
import { messageOf } from '../questionnaire/wording.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Assessment, QuestionnaireMigration } from '../storage/assessment.ts';
import { readAssessment, saveAssessment } from './assessment-repository.ts';
import { nextPaint } from './after-next-paint.ts';

/**
 * `rerender: false` saves without re-rendering (keystrokes); `touch: false`
 * keeps "Last edited" as it was, for bookkeeping such as the remembered
 * location that records where the person is, not a change they made.
 */
export type UpdateAssessment = (change: (current: Assessment) => Assessment, options?: { rerender?: boolean; touch?: boolean }) => void;

export type AssessmentState =
  | { status: 'loading' }
  | { status: 'missing'; message: string }
  | {
      status: 'ready';
      assessment: Assessment;
      questionnaire: Questionnaire;
      /** The move to a newer questionnaire version the person has not acknowledged yet. */
      migration: QuestionnaireMigration | null;
      acknowledgeMigration: () => void;
      update: UpdateAssessment;
      /** The latest version, including changes saved without a re-render. */
      getLatest: () => Assessment;
    };

/** Whether opening this assessment moves it to another version of its questionnaire (migrated, below). */
function needsMove(assessment: Assessment, questionnaire: Questionnaire): boolean {
  return assessment.questionnaire.id === questionnaire.id && assessment.questionnaire.contentHash !== questionnaire.contentHash;
}

/**
 * An assessment made with another version of its questionnaire is moved to
 * the one found as it opens (for a bundled one, the version shipped; for
 * one the person loaded, the version it was made with whenever it is kept):
 * answers are kept by question id, and the result is saved, so every
 * screen, the score and the report work on one version; the record of the
 * move lists what changed. The moving code loads only when there is a move
 * to make, which keeps it out of the first question's download.
 */
async function migrated(assessment: Assessment, questionnaire: Questionnaire): Promise<Assessment> {
  if (!needsMove(assessment, questionnaire)) return assessment;
  const { migrateAssessment } = await import('../storage/migrate-assessment.ts');
  const moved = migrateAssessment(assessment, questionnaire, new Date());
  if (!moved) return assessment;
  saveAssessment(moved.assessment);
  return moved.assessment;
}

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
    const questionnaire = read.ok ? loadedQuestionnaire(read.assessment.questionnaire) : undefined;
    if (!read.ok || !questionnaire || needsMove(read.assessment, questionnaire)) return { status: 'loading' };
    latest.current = read.assessment;
    return { status: 'ready', assessment: latest.current, questionnaire };
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
    const open = async () => {
      try {
        // What is on screen meanwhile (a loading line, or a section page's
        // preview) is painted before the questionnaire's download starts,
        // rather than sharing the connection with it.
        await nextPaint();
        if (!live) return;
        const questionnaire = await loadQuestionnaire(read.assessment.questionnaire);
        if (!live) return;
        if (!questionnaire) {
          setLoaded({
            status: 'missing',
            message: `This assessment uses the questionnaire “${read.assessment.questionnaire.title}” (${read.assessment.questionnaire.id}), which is not in this browser. If it is your own questionnaire, load its file again on the home page, under “Your questionnaires”.`,
          });
          return;
        }
        const assessment = await migrated(latest.current ?? read.assessment, questionnaire);
        if (!live) return;
        latest.current = assessment;
        setLoaded({ status: 'ready', assessment, questionnaire });
      } catch (error) {
        if (live) setLoaded({ status: 'missing', message: `The questionnaire could not be loaded: ${messageOf(error)}` });
      }
    };
    void open();
    return () => {
      live = false;
    };
  }, [assessmentId]);

  const update = useCallback<UpdateAssessment>((change, options) => {
    const current = latest.current;
    if (!current) return;
    const changed = change(current);
    if (changed === current) return;
    const next = options?.touch === false ? changed : { ...changed, updatedAt: new Date().toISOString() };
    latest.current = next;
    saveAssessment(next);
    if (options?.rerender !== false) {
      setLoaded((state) => (state.status === 'ready' ? { ...state, assessment: next } : state));
    }
  }, []);

  const acknowledgeMigration = useCallback(
    () =>
      update((current) => ({
        ...current,
        migrations: current.migrations.map((migration) => ({ ...migration, acknowledged: true })),
      })),
    [update],
  );

  if (loaded.status !== 'ready') return loaded;
  const last = loaded.assessment.migrations.at(-1);
  const migration = last && !last.acknowledged ? last : null;
  const fallback = loaded.assessment;
  return { ...loaded, migration, acknowledgeMigration, update, getLatest: () => latest.current ?? fallback };
}
