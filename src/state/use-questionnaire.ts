import { useEffect, useState } from 'react';
import { loadBundledQuestionnaire, loadedBundledQuestionnaire } from '../questionnaire/bundled-questionnaires.ts';
import type { Questionnaire } from '../questionnaire/model.ts';

export type QuestionnaireState =
  { status: 'loading' } | { status: 'ready'; questionnaire: Questionnaire } | { status: 'missing' } | { status: 'error'; message: string };

/** Loads a bundled questionnaire by id (its own chunk) with explicit states. */
export function useBundledQuestionnaire(id: string): QuestionnaireState {
  const [state, setState] = useState<QuestionnaireState>(() => {
    const questionnaire = loadedBundledQuestionnaire(id);
    return questionnaire ? { status: 'ready', questionnaire } : { status: 'loading' };
  });
  useEffect(() => {
    let live = true;
    const cached = loadedBundledQuestionnaire(id);
    if (cached) {
      setState((current) =>
        current.status === 'ready' && current.questionnaire === cached ? current : { status: 'ready', questionnaire: cached },
      );
      return;
    }
    setState({ status: 'loading' });
    loadBundledQuestionnaire(id).then(
      (questionnaire) => live && setState(questionnaire ? { status: 'ready', questionnaire } : { status: 'missing' }),
      (error: unknown) => live && setState({ status: 'error', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
