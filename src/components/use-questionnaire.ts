import { useEffect, useState } from 'react';
import { loadBundledQuestionnaire } from '../questionnaire/bundled-questionnaires.ts';
import type { Questionnaire } from '../questionnaire/model.ts';

export type QuestionnaireState =
  | { status: 'loading' }
  | { status: 'ready'; questionnaire: Questionnaire }
  | { status: 'missing' }
  | { status: 'error'; message: string };

/** Loads a bundled questionnaire by id (its own chunk) with explicit states. */
export function useBundledQuestionnaire(id: string): QuestionnaireState {
  const [state, setState] = useState<QuestionnaireState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
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
