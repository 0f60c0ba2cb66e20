import { parseQuestionnaireData } from './parse-questionnaire-file.ts';
import { normalizeQuestionnaire } from './normalize-questionnaire.ts';
import { formatPath } from './format-path.ts';
import type { Questionnaire } from './model.ts';
import { readYamlSource, type LocatedIssue } from './yaml-source.ts';
import { decodeText, tooLargeMessage } from './decode-text.ts';

export type { LocatedIssue } from './yaml-source.ts';

export type YamlParseResult = { ok: true; questionnaire: Questionnaire } | { ok: false; issues: LocatedIssue[] };

/** Formats an issue the way the checker and the build print it: `file:line: path: message`. */
export function formatIssue(fileName: string, issue: LocatedIssue): string {
  return `${fileName}:${issue.line}: ${formatPath(issue.path)}: ${issue.message}`;
}

/**
 * The largest questionnaire file read: ten times the biggest one shipped, and
 * small enough to parse and check in well under a second.
 */
export const MAX_QUESTIONNAIRE_BYTES = 1024 * 1024;

/**
 * Reads a questionnaire from YAML text: syntax, shape, semantic rules, then
 * normalisation. Never throws; every problem comes back with its line.
 */
export async function parseQuestionnaireYaml(text: string): Promise<YamlParseResult> {
  // A size in bytes, as the limit is stated; only a long text needs counting.
  const size = text.length > MAX_QUESTIONNAIRE_BYTES / 4 ? new TextEncoder().encode(text).length : text.length;
  const tooLarge = tooLargeMessage(size, MAX_QUESTIONNAIRE_BYTES, 'a questionnaire file');
  if (tooLarge) return { ok: false, issues: [{ line: 1, path: [], message: `the file ${tooLarge}` }] };
  const read = readYamlSource(text);
  if (!read.ok) return read;
  const result = parseQuestionnaireData(read.source.data);
  if (!result.ok) {
    return {
      ok: false,
      issues: result.issues.map((issue) => ({ ...issue, line: read.source.lineOf(issue.path) })).sort((a, b) => a.line - b.line),
    };
  }
  return { ok: true, questionnaire: await normalizeQuestionnaire(result.file) };
}

/** Reads a questionnaire file from its bytes: size and encoding first, then as `parseQuestionnaireYaml`. */
export async function parseQuestionnaireBytes(bytes: Uint8Array): Promise<YamlParseResult> {
  const tooLarge = tooLargeMessage(bytes.length, MAX_QUESTIONNAIRE_BYTES, 'a questionnaire file');
  if (tooLarge) return { ok: false, issues: [{ line: 1, path: [], message: `the file ${tooLarge}` }] };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, issues: [{ line: 1, path: [], message: `the file ${decoded.message}` }] };
  return parseQuestionnaireYaml(decoded.text);
}
