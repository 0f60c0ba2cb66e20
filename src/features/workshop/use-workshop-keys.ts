import { useEffect, useRef } from 'react';
import { actionForKey, isTextField, type WorkshopAction } from './workshop-keys.ts';

/** Runs the workshop's key actions from anywhere on the page, except keys typed into a field (Escape leaves it). */
export function useWorkshopKeys(run: (action: WorkshopAction) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = actionForKey({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        inTextField: isTextField(target as (HTMLElement & { type?: string }) | null),
      });
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
