import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findImportCycles } from './import-cycles.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let probeCount = 0;

/** A unique name for a file planted inside src/, so a crashed run leaves nothing that clashes. */
function probePath(folder: string, extension = 'ts'): string {
  probeCount += 1;
  return `src/${folder}/lint-probe-${process.pid}-${probeCount}.${extension}`;
}

/**
 * Writes the files, lints the first with the project's own eslint.config.js
 * (on disk, so the resolver and the cycle check see them as real files) and
 * removes them whatever happens.
 */
async function lintPlanted(files: Record<string, string>): Promise<string[]> {
  const paths = Object.keys(files);
  try {
    for (const [path, code] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), code);
    }
    const [result] = await new ESLint({ cwd: root }).lintFiles([paths[0]!]);
    return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
  } finally {
    for (const path of paths) rmSync(join(root, path), { force: true });
  }
}

const timeout = 60_000;

describe('the import boundaries', () => {
  it('catch a feature reaching another feature through a path spelled the long way', { timeout }, async () => {
    const code = "import { ResultsPage } from '../../features/results/results-page.tsx';\nexport const probe = ResultsPage;\n";
    expect(await lintPlanted({ [probePath('features/library')]: code })).toContain('boundaries/dependencies');
  });

  it('catch a feature importing another feature directly', { timeout }, async () => {
    const code = "import { HomePage } from '../library/home-page.tsx';\nexport const probe = HomePage;\n";
    expect(await lintPlanted({ [probePath('features/results')]: code })).toContain('boundaries/dependencies');
  });

  it('catch React in the core, static or dynamic', { timeout }, async () => {
    const dynamic = "export const probe = () => import('react');\n";
    expect(await lintPlanted({ [probePath('scoring')]: dynamic })).toContain('boundaries/dependencies');
    const fromForms = "import { useForm } from 'react-hook-form';\nexport const probe = useForm;\n";
    expect(await lintPlanted({ [probePath('storage')]: fromForms })).toContain('boundaries/dependencies');
  });

  it('keep page outlines to the section page’s first paint', { timeout }, async () => {
    const code =
      "import { loadedBundledOutline } from '../../questionnaire/bundled-outlines.ts';\nexport const probe = loadedBundledOutline;\n";
    expect(await lintPlanted({ [probePath('features/results')]: code })).toContain('no-restricted-imports');
    const cut = "import type { SectionOutline } from '../questionnaire/section-outline.ts';\nexport type Probe = SectionOutline;\n";
    expect(await lintPlanted({ [probePath('report')]: cut })).toContain('no-restricted-imports');
  });

  it('catch a .tsx file with JSX in the core', { timeout }, async () => {
    const code = 'export const probe = <p>score</p>;\n';
    const rules = await lintPlanted({ [probePath('questionnaire', 'tsx')]: code });
    expect(rules.filter((rule) => rule === 'no-restricted-syntax')).toHaveLength(2);
  });

  it('catch config importing a feature', { timeout }, async () => {
    const code = "import { HomePage } from '../features/library/home-page.tsx';\nexport const probe = HomePage;\n";
    expect(await lintPlanted({ [probePath('config')]: code })).toContain('boundaries/dependencies');
  });

  it('catch the core importing a component or the state layer', { timeout }, async () => {
    const code = "import { flushSaves } from '../state/assessment-repository.ts';\nexport const probe = flushSaves;\n";
    expect(await lintPlanted({ [probePath('report')]: code })).toContain('boundaries/dependencies');
  });

  it('catch a component reaching the state layer', { timeout }, async () => {
    const code = "import { useAssessment } from '../state/use-assessment.ts';\nexport const probe = useAssessment;\n";
    expect(await lintPlanted({ [probePath('components')]: code })).toContain('boundaries/dependencies');
  });

  it('catch an import cycle', { timeout }, async () => {
    const first = probePath('storage');
    const second = probePath('storage');
    const name = (path: string) => `./${path.split('/').pop()}`;
    const rules = await lintPlanted({
      [first]: `import { second } from '${name(second)}';\nexport const first = () => second;\n`,
      [second]: `import { first } from '${name(first)}';\nexport const second = () => first;\n`,
    });
    expect(rules).toContain('import-x/no-cycle');
  });

  it('let a feature use its own files, components, the state layer, the core and config', { timeout }, async () => {
    const code = [
      "import { HomePage } from './home-page.tsx';",
      "import { RichText } from '../../components/rich-text.tsx';",
      "import { useAssessment } from '../../state/use-assessment.ts';",
      "import { scoreAssessment } from '../../scoring/score-assessment.ts';",
      "import { hrefFor } from '../../config/routes.ts';",
      'export const probe = [HomePage, RichText, useAssessment, scoreAssessment, hrefFor];',
      '',
    ].join('\n');
    expect(await lintPlanted({ [probePath('features/library')]: code })).toEqual([]);
  });
});

describe('import cycles of any kind, types included', () => {
  it('find none in src', () => {
    expect(findImportCycles(root)).toEqual([]);
  });

  it('find a type-only cycle when one is planted', () => {
    const first = probePath('storage');
    const second = probePath('storage');
    const name = (path: string) => `./${path.split('/').pop()}`;
    try {
      writeFileSync(join(root, first), `import type { Second } from '${name(second)}';\nexport type First = { next?: Second };\n`);
      writeFileSync(join(root, second), `import type { First } from '${name(first)}';\nexport type Second = { next?: First };\n`);
      expect(findImportCycles(root)).toContainEqual([first, second].sort());
    } finally {
      rmSync(join(root, first), { force: true });
      rmSync(join(root, second), { force: true });
    }
  });
});
