import { tooLargeMessage } from '../../questionnaire/decode-text.ts';
import { checkQuestionnaireBytes, type CheckedFile } from '../../questionnaire/runtime/check-in-worker.ts';
import { messageOf } from '../../questionnaire/wording.ts';

export type { CheckedFile } from '../../questionnaire/runtime/check-in-worker.ts';

// The limit the checker holds, repeated here so that a huge file is refused
// before it is read, and before the checker's chunk is even fetched.
export const MAX_BYTES = 1024 * 1024;

/**
 * Checks a file's bytes with exactly the code behind `npm run questions:check`,
 * in the checker's worker (the YAML parser and the checker never reach the
 * page's own chunks). Problems read as the command prints them: `file:line: path: message`.
 */
export function checkQuestionnaireFile(bytes: Uint8Array, fileName: string): Promise<CheckedFile> {
  return checkQuestionnaireBytes(bytes, fileName);
}

/** A file the person chose or dropped: its size judged before a byte is read. */
export async function readChosenFile(file: File): Promise<CheckedFile> {
  const tooLarge = tooLargeMessage(file.size, MAX_BYTES, 'a questionnaire file');
  if (tooLarge) return { ok: false, problems: [`${file.name}:1: (root): the file ${tooLarge}`] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, problems: [`${file.name}: the file could not be read (${messageOf(error)}).`] };
  }
  return checkQuestionnaireFile(bytes, file.name);
}

export type LinkTarget = { ok: true; url: URL; fileName: string } | { ok: false; message: string };

/**
 * Where a `?questionnaire=` link points, resolved against the app's own
 * address. Only the app's own origin is fetched: nothing leaves the browser
 * for another site, and the page's Content Security Policy would block it anyway.
 */
export function linkTarget(value: string, here: URL): LinkTarget {
  let url: URL;
  try {
    url = new URL(value, here);
  } catch {
    return {
      ok: false,
      message: `“${value}” is not an address Oversight can read. Use a path on this site, such as questions/custom.yaml.`,
    };
  }
  if (url.origin !== here.origin) {
    const where = url.origin === 'null' ? `a “${url.protocol}” address` : url.origin;
    return {
      ok: false,
      message: `Oversight loads a questionnaire from a link only when it is on its own site (${here.origin}). This link points to ${where}, so nothing was fetched: nothing you do here is sent to, or read from, another site. Download the file, then load it with “Choose a file” below.`,
    };
  }
  const fileName = decodeURIComponent(url.pathname.split('/').pop() || 'questionnaire.yaml');
  return { ok: true, url, fileName };
}

/** Fetches and checks the file a same-origin link points to. */
export async function readLinkedFile(target: Extract<LinkTarget, { ok: true }>): Promise<CheckedFile> {
  let response: Response;
  try {
    response = await fetch(target.url, { credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    return {
      ok: false,
      problems: [`${target.fileName}: the file could not be fetched (${messageOf(error)}). Check the connection and the link.`],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      problems: [
        `${target.fileName}: the file could not be fetched: the site answered ${[response.status, response.statusText].filter(Boolean).join(' ')}. Check the link.`,
      ],
    };
  }
  const length = Number(response.headers.get('content-length') ?? '0');
  const tooLarge = tooLargeMessage(length, MAX_BYTES, 'a questionnaire file');
  if (tooLarge) return { ok: false, problems: [`${target.fileName}:1: (root): the file ${tooLarge}`] };
  return checkQuestionnaireFile(new Uint8Array(await response.arrayBuffer()), target.fileName);
}
