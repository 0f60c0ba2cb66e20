// Kept free of imports: the schema uses it, and the checks the schema feeds use it too.
type PathSegment = string | number;

/**
 * Names that would reach an object's prototype instead of being stored as
 * data. JSON.parse and the YAML reader keep `__proto__` as an ordinary key,
 * but the first plain object it is copied into swallows it: the entry
 * vanishes without a word, or changes what every lookup in that object sees.
 */
export const PROTOTYPE_KEY = '__proto__';

export const PROTOTYPE_KEY_MESSAGE = '"__proto__" cannot be used as a name: it is reserved in JavaScript and would be lost; rename it';

/** Names every plain object already answers to ("constructor", "toString"…): never valid ids. */
export function isReservedName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(Object.prototype, name);
}

/** The value under `key` only when `record` holds it itself, never one inherited from its prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

// A step of the walk: the path is kept as a chain to the parent, so a deep
// document costs one small object per node rather than a copy of its path.
interface Step {
  value: unknown;
  key: PathSegment | null;
  parent: Step | null;
}

function pathOf(step: Step): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Step | null = step; at !== null && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

function childrenOf(value: object): [PathSegment, unknown][] {
  if (Array.isArray(value)) return value.map((item, index): [PathSegment, unknown] => [index, item]);
  return Object.keys(value).map((key): [PathSegment, unknown] => [key, (value as Record<string, unknown>)[key]]);
}

/**
 * The path of every `__proto__` key in decoded data, in document order.
 * Walks with its own stack rather than by recursion, so deeply nested input
 * cannot overflow the call stack here.
 */
export function prototypeKeyPaths(data: unknown): PathSegment[][] {
  const found: PathSegment[][] = [];
  const stack: Step[] = [{ value: data, key: null, parent: null }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (step.key === PROTOTYPE_KEY) found.push(pathOf(step));
    if (typeof step.value !== 'object' || step.value === null) continue;
    const children = childrenOf(step.value);
    // Pushed last to first, so they come off the stack in document order.
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const [key, value] = children[index] as [PathSegment, unknown];
      stack.push({ value, key, parent: step });
    }
  }
  return found;
}

/**
 * Nesting deeper than any real file needs: the deepest questionnaire
 * conditions shipped are five levels, an answers file is six. Recursive
 * checks over deeper data could overflow the call stack.
 */
export const MAX_NESTING = 64;

export const TOO_DEEP_MESSAGE = `nests lists and mappings more than ${MAX_NESTING} levels deep; no Oversight file needs that many`;

/** The path to the first value nested deeper than `limit` levels, or null when there is none. */
export function tooDeepPath(data: unknown, limit = MAX_NESTING): PathSegment[] | null {
  const stack: { value: unknown; step: Step; depth: number }[] = [
    { value: data, step: { value: data, key: null, parent: null }, depth: 0 },
  ];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= limit) return pathOf(item.step);
    const children = childrenOf(item.value);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const [key, value] = children[index] as [PathSegment, unknown];
      stack.push({ value, step: { value, key, parent: item.step }, depth: item.depth + 1 });
    }
  }
  return null;
}
