import type { Questionnaire } from '../model.ts';
import { formatIssue, parseQuestionnaireBytes } from '../parse-questionnaire-yaml.ts';
import { decodeText } from '../decode-text.ts';

export interface CheckRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

/** A questionnaire file checked: the questionnaire and its text, or every problem as `file:line: path: message`. */
export type CheckedFile = { ok: true; questionnaire: Questionnaire; source: string } | { ok: false; problems: string[] };

export type CheckAnswer = { id: number } & CheckedFile;

/**
 * Checks a file with exactly the code behind `npm run questions:check`
 * (parseQuestionnaireBytes, formatIssue), so the page shows the lines the
 * command prints. Runs in the checker's worker.
 */
export async function answerCheck(request: CheckRequest): Promise<CheckAnswer> {
  const result = await parseQuestionnaireBytes(request.bytes);
  if (!result.ok) return { id: request.id, ok: false, problems: result.issues.map((issue) => formatIssue(request.fileName, issue)) };
  // Decoded again only to keep the text: the check above already refused anything but UTF-8.
  const decoded = decodeText(request.bytes);
  if (!decoded.ok) return { id: request.id, ok: false, problems: [`${request.fileName}:1: (root): the file ${decoded.message}`] };
  return { id: request.id, ok: true, questionnaire: result.questionnaire, source: decoded.text };
}
