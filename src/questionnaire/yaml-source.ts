import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { PathSegment, QuestionnaireIssue } from './check-questionnaire.ts';

/** A problem with its line in the YAML source (1-based), ready to print. */
export interface LocatedIssue extends QuestionnaireIssue {
  line: number;
}

/** Decoded YAML data, and the line of any path inside it. */
export interface YamlSource {
  data: unknown;
  lineOf: (path: readonly PathSegment[]) => number;
}

export type YamlReadResult = { ok: true; source: YamlSource } | { ok: false; issues: LocatedIssue[] };

// The line of the key that names the path's last step (`options:` rather
// than its first item), or of the deepest node that exists: a missing field
// is reported on the line of the mapping that should hold it.
function lineOf(doc: Document, path: readonly PathSegment[], lines: LineCounter): number {
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

/**
 * Reads YAML text (duplicate keys refused) and keeps its line numbers, so
 * every file we read by hand reports problems as `file:line: path: message`.
 * Never throws: a syntax error comes back as an issue with its line.
 */
export function readYamlSource(text: string): YamlReadResult {
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
  return { ok: true, source: { data: doc.toJS(), lineOf: (path) => lineOf(doc, path, lines) } };
}
