import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { matchAnswerSet, uniqueNames, type AnswerSet, type MatchedAnswerSet } from '../../compare/answer-sets.ts';
import { compareAnswerSets, type Comparison } from '../../compare/compare-answer-sets.ts';
import { sessionOf } from '../../compare/comparison-session.ts';
import { loadNewestQuestionnaire, loadQuestionnaire } from '../../state/load-questionnaire.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import { messageOf } from '../../questionnaire/wording.ts';
import { keepComparisonSession, loadComparisonSession } from '../../state/comparison-session-store.ts';
import { readAnswerFile, readStoredAnswers, type SourceOutcome, type SourceProblem } from './read-answer-source.ts';

export interface ComparisonState {
  questionnaire: Questionnaire | null;
  sets: MatchedAnswerSet[];
  /** The files (or saved assessments) last added that could not be used, each by name. */
  problems: SourceProblem[];
}

const EMPTY: ComparisonState = { questionnaire: null, sets: [], problems: [] };

function sourceName(set: AnswerSet): string {
  return set.source.kind === 'stored' ? `Saved assessment “${set.assessment.context.project}”` : set.source.fileName;
}

/**
 * Adds answer sets to the state: the first usable one decides the
 * questionnaire (as this copy of Oversight has it), every other is matched
 * to it by question id or refused by name.
 */
async function addOutcomes(state: ComparisonState, outcomes: readonly SourceOutcome[]): Promise<ComparisonState> {
  let { questionnaire } = state;
  const sets = [...state.sets];
  const problems: SourceProblem[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      problems.push(outcome.problem);
      continue;
    }
    const made = outcome.set.assessment.questionnaire;
    questionnaire ??= await loadNewestQuestionnaire(made);
    if (!questionnaire) {
      problems.push({
        source: sourceName(outcome.set),
        messages: [
          `These answers were made with the questionnaire “${made.title}” (${made.id}), which is neither in this copy of Oversight nor among your questionnaires in this browser.`,
        ],
      });
      continue;
    }
    const matched = matchAnswerSet(outcome.set, questionnaire);
    if (matched.ok) sets.push(matched.set);
    else problems.push({ source: sourceName(outcome.set), messages: [matched.message] });
  }
  return { questionnaire: sets.length > 0 ? questionnaire : null, sets, problems };
}

/** The sets kept from the last visit, read again (saved assessments at their latest). */
async function restore(): Promise<ComparisonState> {
  const session = loadComparisonSession();
  if (!session) return EMPTY;
  const questionnaire = await loadQuestionnaire(session.questionnaireId);
  if (!questionnaire) return EMPTY;
  const outcomes = session.sets.map((kept): SourceOutcome => {
    if (!('assessment' in kept)) {
      const read = readStoredAnswers(kept.source.assessmentId, `A saved assessment (${kept.source.assessmentId})`);
      return read.ok ? { ok: true, set: { ...read.set, key: kept.key, name: kept.name } } : read;
    }
    return { ok: true, set: kept };
  });
  return addOutcomes({ questionnaire, sets: [], problems: [] }, outcomes);
}

/**
 * The compare page's state: the answer sets loaded, the problems with the
 * last ones added and the comparison of them all. What was loaded is kept
 * across a reload (comparison-session.ts); the comparison is recomputed.
 */
export function useComparison() {
  const [state, setState] = useState<ComparisonState>(EMPTY);
  const [restored, setRestored] = useState(false);
  const [working, setWorking] = useState(false);
  const [keepProblem, setKeepProblem] = useState<string | null>(null);
  // Additions run one after another, each on the state the last one left.
  const latest = useRef(state);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  latest.current = state;

  const run = useCallback((change: (current: ComparisonState) => Promise<ComparisonState>) => {
    setWorking(true);
    const next = queue.current.then(async () => {
      try {
        const updated = await change(latest.current);
        latest.current = updated;
        setState(updated);
      } catch (error) {
        setState((current) => ({ ...current, problems: [{ source: 'Loading', messages: [messageOf(error)] }] }));
      } finally {
        setWorking(false);
      }
    });
    queue.current = next;
    return next;
  }, []);

  useEffect(() => {
    void run(() => restore()).then(() => setRestored(true));
  }, [run]);

  useEffect(() => {
    if (!restored) return;
    // A short wait, so typing a name does not write every file again at each key.
    const timer = setTimeout(() => {
      const kept = keepComparisonSession(state.questionnaire ? sessionOf(state.questionnaire.id, state.sets) : null);
      setKeepProblem(kept.ok ? null : kept.message);
    }, 300);
    return () => clearTimeout(timer);
  }, [restored, state.questionnaire, state.sets]);

  const addFiles = useCallback(
    (files: readonly File[]) => run(async (current) => addOutcomes(current, await Promise.all(files.map(readAnswerFile)))),
    [run],
  );
  const addStored = useCallback(
    (choices: readonly { id: string; label: string }[]) =>
      run((current) =>
        addOutcomes(
          current,
          choices.map((choice) => readStoredAnswers(choice.id, choice.label)),
        ),
      ),
    [run],
  );
  const rename = useCallback((key: string, name: string) => {
    setState((current) => ({ ...current, sets: current.sets.map((set) => (set.key === key ? { ...set, name } : set)) }));
  }, []);
  const remove = useCallback((key: string) => {
    setState((current) => {
      const sets = current.sets.filter((set) => set.key !== key);
      return { questionnaire: sets.length > 0 ? current.questionnaire : null, sets, problems: [] };
    });
  }, []);
  const clear = useCallback(() => setState(EMPTY), []);

  const names = useMemo(() => uniqueNames(state.sets.map((set) => set.name)), [state.sets]);
  const comparison: Comparison | null = useMemo(
    () =>
      state.questionnaire && state.sets.length > 0
        ? compareAnswerSets(
            state.questionnaire,
            state.sets.map((set, index) => ({ name: names[index] ?? set.name, answers: set.answers })),
          )
        : null,
    [state.questionnaire, state.sets, names],
  );
  return { ...state, names, comparison, working, restored, keepProblem, addFiles, addStored, rename, remove, clear };
}
