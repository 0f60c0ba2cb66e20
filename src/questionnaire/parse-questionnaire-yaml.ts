import { parseQuestionnaireData } from './parse-questionnaire-file.ts';
import { normalizeQuestionnaire } from './normalize-questionnaire.ts';
import { formatPath } from './format-path.ts';
import type { Questionnaire } from './model.ts';
import { readYamlSource, type LocatedIssue } from './yaml-source.ts';

export type { LocatedIssue } from './yaml-source.ts';

export type YamlParseResult =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; issues: LocatedIssue[] };

/** Formats an issue the way the checker and the build print it: `file:line: path: message`. */
export function formatIssue(fileName: string, issue: LocatedIssue): string {
  return `${fileName}:${issue.line}: ${formatPath(issue.path)}: ${issue.message}`;
}

/**
 * Reads a questionnaire from YAML text: syntax, shape, semantic rules, then
 * normalisation. Never throws; every problem comes back with its line.
 */
export async function parseQuestionnaireYaml(text: string): Promise<YamlParseResult> {
  const read = readYamlSource(text);
  if (!read.ok) return read;
  const result = parseQuestionnaireData(read.source.data);
  if (!result.ok) {
    return {
      ok: false,
      issues: result.issues
        .map((issue) => ({ ...issue, line: read.source.lineOf(issue.path) }))
        .sort((a, b) => a.line - b.line),
    };
  }
  return { ok: true, questionnaire: await normalizeQuestionnaire(result.file) };
}
