import fc from 'fast-check';

/** Keys a hostile file would try (those every object inherits, and the file's own names), beside ordinary ones. */
export function hostileKey(ownNames: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', ...ownNames), fc.string({ maxLength: 8 }));
}

/** Any JSON-like value a careless or hostile file could hold, with the given awkward values mixed in. */
export function hostileValue(key: fc.Arbitrary<string>, awkward: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(...awkward),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(key, tie('value'), { maxKeys: 3 }),
    ),
  })).value;
}

type Json = Record<string, unknown> | unknown[];

/** A copy of `base` with one value replaced, at a path chosen from its own structure (each step taken modulo the keys there). */
export function replaceAt(base: unknown, path: readonly number[], value: unknown): unknown {
  const copy = structuredClone(base) as Json;
  let node: Json = copy;
  for (const [depth, choice] of path.entries()) {
    const keys = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    if (keys.length === 0) break;
    const at = keys[choice % keys.length] as string & number;
    const child: unknown = (node as Record<string, unknown>)[at];
    if (depth === path.length - 1 || typeof child !== 'object' || child === null) {
      (node as Record<string, unknown>)[at] = value;
      break;
    }
    node = child as Json;
  }
  return copy;
}
