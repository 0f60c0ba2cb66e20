import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushSaves } from '../state/assessment-repository.ts';
import { UpdatePrompt } from './update-prompt.tsx';

/**
 * Registers the service worker that keeps the app working offline, and
 * offers a waiting new version instead of swapping it in under the person's
 * feet (docs/decisions/017-offline-service-worker.md).
 */
export function ServiceWorkerPrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (error: unknown) =>
      console.warn('Oversight will not work offline: the service worker could not be registered.', error),
  });
  if (!needRefresh) return null;
  return (
    <UpdatePrompt
      onReload={() => {
        // Whatever was typed in the last moment is written before the page goes.
        flushSaves();
        void updateServiceWorker(true);
      }}
      onDismiss={() => setNeedRefresh(false)}
    />
  );
}
