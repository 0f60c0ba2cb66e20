import { readFileSync } from 'node:fs';
import type { Questionnaire } from '../src/questionnaire/model.ts';
import { formatIssue, parseQuestionnaireBytes } from '../src/questionnaire/parse-questionnaire-yaml.ts';

const loaded = new Map<string, Promise<Questionnaire>>();

/**
 * A questionnaire file read from disk, the way the build reads it (the same
 * parser as `npm run questions:check` and the app): for tests, scripts and the
 * benchmark. A file with problems throws them, one per line, as `file:line: message`.
 */
export function loadQuestionnaireFile(path: string): Promise<Questionnaire> {
  const cached = loaded.get(path);
  if (cached) return cached;
  const loading = parseQuestionnaireBytes(readFileSync(path)).then((result) => {
    if (!result.ok)
      throw new Error(`${path} is not a valid questionnaire:\n${result.issues.map((issue) => formatIssue(path, issue)).join('\n')}`);
    return result.questionnaire;
  });
  loaded.set(path, loading);
  return loading;
}
