import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { architectureDocProblems, compareLayerRules, layerRuleFromDoc } from './check-architecture-doc.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const picture = (lines: string) => `# A\n\n<!-- layer-rule -->\n\`\`\`text\n${lines}\n\`\`\`\n`;

describe('the architecture picture', () => {
  it('matches the layer rule that lint enforces', async () => {
    expect(await architectureDocProblems(root)).toEqual([]);
  });

  it('reads arrows, notes after two spaces and "(nothing)"', () => {
    const doc = layerRuleFromDoc(picture('core ────▶ config   never React\nconfig ──▶ (nothing)\nnot an arrow'));
    expect(doc).toEqual({ core: ['config'], config: [] });
  });

  it('names each difference: a missing layer, a direction only lint allows, one only the picture shows', () => {
    const doc = { core: ['config', 'components'], config: [] };
    const lint = { core: ['config', 'state'], config: [], app: ['core'] };
    expect(compareLayerRules(doc, lint)).toEqual([
      'core: lint allows state, the picture does not show it',
      'core: the picture allows components, lint does not',
      'app: in eslint.config.js but not drawn in docs/architecture.md',
    ]);
  });

  it('refuses a document without the marked picture', () => {
    expect(() => layerRuleFromDoc('# Architecture\n')).toThrow(/no ```text block/);
  });
});
