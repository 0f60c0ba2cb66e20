import { answerCheck } from './check-request.ts';
import type { CheckedFile } from './check-request.ts';

/** checkQuestionnaireBytes without the worker, for tests in Node: the same answerCheck the worker runs. */
export async function checkQuestionnaireBytes(bytes: Uint8Array, fileName: string): Promise<CheckedFile> {
  const { id: _id, ...answer } = await answerCheck({ id: 0, bytes, fileName });
  return answer;
}
