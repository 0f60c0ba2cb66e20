import { useEffect, useState } from 'react';
import type { Questionnaire } from '../questionnaire/model.ts';
import { messageOf } from '../questionnaire/wording.ts';
import { loadedQuestionnaire, loadQuestionnaire } from './load-questionnaire.ts';

export type QuestionnaireState =
  { status: 'loading' } | { status: 'ready'; questionnaire: Questionnaire } | { status: 'missing' } | { status: 'error'; message: string };

/**
 * Loads a questionnaire by id, bundled or the person's own (`version` picks
 * one of several loaded versions; without it, the newest), with explicit states.
 */
export function useQuestionnaire(id: string, version?: string): QuestionnaireState {
  const wanted = version ? { id, version } : id;
  const [state, setState] = useState<QuestionnaireState>(() => {
    const questionnaire = loadedQuestionnaire(wanted);
    return questionnaire ? { status: 'ready', questionnaire } : { status: 'loading' };
  });
  useEffect(() => {
    let live = true;
    const ref = version ? { id, version } : id;
    const cached = loadedQuestionnaire(ref);
    if (cached) {
      setState((current) =>
        current.status === 'ready' && current.questionnaire === cached ? current : { status: 'ready', questionnaire: cached },
      );
      return;
    }
    setState({ status: 'loading' });
    loadQuestionnaire(ref).then(
      (questionnaire) => live && setState(questionnaire ? { status: 'ready', questionnaire } : { status: 'missing' }),
      (error: unknown) => live && setState({ status: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return state;
}
