import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import type { PathSegment, QuestionnaireIssue } from './check-questionnaire.ts';
import { messageOf } from './wording.ts';

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

// Aliases can make a few lines expand into gigabytes ("billion laughs"). A
// hundred is plenty for repeating an option list and cheap to expand.
const MAX_ALIAS_COUNT = 100;

function lineOfNode(node: Alias, lines: LineCounter): number {
  return node.range ? lines.linePos(node.range[0]).line : 1;
}

// The yaml package only says that expanding failed, not where: find the
// alias to blame, the first with no anchor before it, or else the first one.
function aliasIssue(doc: Document, lines: LineCounter, error: unknown): LocatedIssue {
  const anchors = new Set<string>();
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      first ??= node;
      if (!anchors.has(node.source)) {
        unresolved = node;
        return visit.BREAK;
      }
    } else if (isNode(node) && node.anchor) {
      anchors.add(node.anchor);
    }
    return undefined;
  });
  if (unresolved) {
    const name = unresolved.source;
    return {
      line: lineOfNode(unresolved, lines),
      path: [],
      message: `invalid YAML: the alias *${name} refers to no anchor &${name} set before it`,
    };
  }
  if (!first) return { line: 1, path: [], message: `invalid YAML: ${messageOf(error)}` };
  return {
    line: lineOfNode(first, lines),
    path: [],
    message: `invalid YAML: too many aliases (more than ${MAX_ALIAS_COUNT}); write the content out instead of repeating aliases`,
  };
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
    // One slip (a bad indent) makes the reader trip over every line after
    // it; the first error is the one to fix, the rest mostly follow from it.
    return {
      ok: false,
      issues: doc.errors.slice(0, 1).map((error) => ({
        line: error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line,
        path: [],
        message: /call stack/i.test(error.message)
          ? 'invalid YAML: nested too deeply to read; no Oversight file needs more than a few levels'
          : `invalid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  // Turning the document into data is where aliases expand, and where the
  // yaml package throws rather than reporting.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, issues: [aliasIssue(doc, lines, error)] };
  }
  return { ok: true, source: { data, lineOf: (path) => lineOf(doc, path, lines) } };
}
