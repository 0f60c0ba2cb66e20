import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

// docs/architecture.md draws the layer rule as arrows, one line a layer:
//   features ───▶ connected, components, state, core, config
// This reads those lines and the `layerRule` table of eslint.config.js and
// lists every difference, so the picture cannot drift from what lint enforces.

export type LayerRule = Record<string, string[]>;

const layerRuleSchema = z.record(z.string(), z.array(z.string()));
const ARROW = /^(\w+)\s+─+▶\s+(.+?)(?:\s{2,}.*)?$/;
const NOTHING = '(nothing)';

/** The arrow lines of the first ```text block after the `<!-- layer-rule -->` marker. */
export function layerRuleFromDoc(markdown: string): LayerRule {
  const after = markdown.split('<!-- layer-rule -->')[1];
  const block = after?.match(/```text\n([\s\S]*?)```/)?.[1];
  if (block === undefined) throw new Error('docs/architecture.md has no ```text block after <!-- layer-rule -->');
  const rule: LayerRule = {};
  for (const line of block.split('\n')) {
    const match = ARROW.exec(line.trim());
    if (!match) continue;
    const [, layer = '', targets = ''] = match;
    rule[layer] = targets.trim() === NOTHING ? [] : targets.split(',').map((target) => target.trim());
  }
  return rule;
}

/** Every way the two rules differ, in words; empty when they agree. */
export function compareLayerRules(doc: LayerRule, lint: LayerRule): string[] {
  const problems: string[] = [];
  for (const layer of new Set([...Object.keys(doc), ...Object.keys(lint)])) {
    const drawn = doc[layer];
    const enforced = lint[layer];
    if (!drawn) problems.push(`${layer}: in eslint.config.js but not drawn in docs/architecture.md`);
    else if (!enforced) problems.push(`${layer}: drawn in docs/architecture.md but not in eslint.config.js`);
    else {
      const missing = enforced.filter((target) => !drawn.includes(target));
      const extra = drawn.filter((target) => !enforced.includes(target));
      if (missing.length > 0) problems.push(`${layer}: lint allows ${missing.join(', ')}, the picture does not show it`);
      if (extra.length > 0) problems.push(`${layer}: the picture allows ${extra.join(', ')}, lint does not`);
    }
  }
  return problems;
}

export async function layerRuleFromLint(root: string): Promise<LayerRule> {
  // A computed URL keeps TypeScript from type-checking the JavaScript config.
  const config: unknown = await import(pathToFileURL(join(root, 'eslint.config.js')).href);
  return layerRuleSchema.parse((config as { layerRule?: unknown }).layerRule);
}

export async function architectureDocProblems(root: string): Promise<string[]> {
  const doc = layerRuleFromDoc(readFileSync(join(root, 'docs/architecture.md'), 'utf8'));
  return compareLayerRules(doc, await layerRuleFromLint(root));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = await architectureDocProblems(process.cwd());
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log('docs/architecture.md matches the layer rule in eslint.config.js.');
}
