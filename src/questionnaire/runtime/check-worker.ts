/// <reference lib="webworker" />
import { answerCheck, type CheckRequest } from './check-request.ts';
import { messageOf } from '../wording.ts';

// The YAML parser, zod's full API and the checker live here, in a bundle of
// their own: nothing of them is shared with, or grows, the page's chunks.
// A file is also parsed off the page's thread, so a slow one never freezes it.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  answerCheck(request).then(
    (answer) => scope.postMessage(answer),
    (error: unknown) =>
      scope.postMessage({
        id: request.id,
        ok: false,
        problems: [`${request.fileName}: the file could not be checked (${messageOf(error)}).`],
      }),
  );
});
