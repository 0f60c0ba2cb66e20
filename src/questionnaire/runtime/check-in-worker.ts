import type { CheckAnswer, CheckedFile } from './check-request.ts';

export type { CheckedFile } from './check-request.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (answer: CheckedFile) => void; reject: (error: Error) => void }>();

function failAll(message: string): void {
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function checker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'oversight-questionnaire-check' });
  started.addEventListener('message', (event: MessageEvent<CheckAnswer>) => {
    const { id, ...answer } = event.data;
    pending.get(id)?.resolve(answer);
    pending.delete(id);
  });
  // A worker whose script would not load (offline, a new version deployed) fails every check waiting on it.
  started.addEventListener('error', (event) => failAll(event.message || 'the questionnaire checker could not start'));
  worker = started;
  return started;
}

/**
 * Checks a questionnaire file's bytes as `npm run questions:check` does, in
 * a worker started the first time a questionnaire is loaded or read.
 */
export function checkQuestionnaireBytes(bytes: Uint8Array, fileName: string): Promise<CheckedFile> {
  return new Promise((resolve, reject) => {
    const id = nextId;
    nextId += 1;
    pending.set(id, { resolve, reject });
    try {
      checker().postMessage({ id, bytes, fileName });
    } catch (error) {
      pending.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
