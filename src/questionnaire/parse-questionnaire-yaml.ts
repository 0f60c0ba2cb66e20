import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { PathSegment, QuestionnaireIssue } from './check-questionnaire.ts';
import { parseQuestionnaireData } from './parse-questionnaire-file.ts';
import { normalizeQuestionnaire } from './normalize-questionnaire.ts';
import { formatPath } from './format-path.ts';
import type { Questionnaire } from './model.ts';

/** A problem with its line in the YAML source (1-based), ready to print. */
export interface LocatedIssue extends QuestionnaireIssue {
  line: number;
}

export type YamlParseResult =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; issues: LocatedIssue[] };

// The line of the key that names the path's last step (`options:` rather
// than its first item), or of the deepest node that exists: a missing field
// is reported on the line of the mapping that should hold it.
function lineOf(doc: Document, path: PathSegment[], lines: LineCounter): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const parent = depth === 0 ? null : depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** Formats an issue the way the checker and the build print it: `file:line: path: message`. */
export function formatIssue(fileName: string, issue: LocatedIssue): string {
  return `${fileName}:${issue.line}: ${formatPath(issue.path)}: ${issue.message}`;
}

/**
 * Reads a questionnaire from YAML text: syntax, shape, semantic rules, then
 * normalisation. Never throws; every problem comes back with its line.
 */
export async function parseQuestionnaireYaml(text: string): Promise<YamlParseResult> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        line: error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line,
        path: [],
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const result = parseQuestionnaireData(doc.toJS());
  if (!result.ok) {
    return {
      ok: false,
      issues: result.issues
        .map((issue) => ({ ...issue, line: lineOf(doc, issue.path, lines) }))
        .sort((a, b) => a.line - b.line),
    };
  }
  return { ok: true, questionnaire: await normalizeQuestionnaire(result.file) };
}
