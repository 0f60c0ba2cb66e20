import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isQuestionnaireFileName, NOT_QUESTIONNAIRES } from './questionnaire-files.ts';
import { questionnairesPlugin } from './vite-plugin-questionnaires.ts';

const TINY = `id: tiny
version: 1.0.0
title: Tiny check
description: A questionnaire for tests.
audience: Tests
estimatedMinutes: 5
bands:
  - { from: 0, to: 100, label: Any, meaning: Any score. }
sections:
  - id: only
    title: Only section
    questions:
      - { id: owner, kind: yes-no, text: Is someone accountable? }
`;

// Not a questionnaire at all: read as one, it fails on every required field.
const REQUIREMENTS = 'sources: {}\nrequirements: []\n';

describe('which files in questions/ are questionnaires', () => {
  it('is every YAML file except the ones named in NOT_QUESTIONNAIRES', () => {
    expect(NOT_QUESTIONNAIRES).toEqual(['requirements.yaml']);
    expect(['launch-ethics.yaml', 'x.yml', 'requirements.yaml', 'requirements-2.yaml', 'notes.md'].filter(isQuestionnaireFileName)).toEqual(
      ['launch-ethics.yaml', 'x.yml', 'requirements-2.yaml'],
    );
  });
});

describe('the questionnaire tools skip the requirements map', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'oversight-questions-'));
    mkdirSync(join(dir, 'questions'));
    writeFileSync(join(dir, 'questions', 'tiny.yaml'), TINY);
    writeFileSync(join(dir, 'questions', 'requirements.yaml'), REQUIREMENTS);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('npm run questions:check checks the questionnaire only', () => {
    const run = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/questions-check.ts')], { cwd: dir, encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr]).toEqual([
      0,
      'questions/tiny.yaml: ok (tiny@1.0.0, 1 sections, 1 questions)\n1 of 1 questionnaire file(s) valid\n',
      '',
    ]);
  });

  it('the build bundles the questionnaire only', async () => {
    const plugin = questionnairesPlugin(join(dir, 'questions'));
    const errors: string[] = [];
    const context = { addWatchFile: () => undefined, error: (message: string) => errors.push(message) };
    // The plugin defines its hooks as plain functions; only the two it uses of Rollup's context are given.
    if (typeof plugin.buildStart !== 'function' || typeof plugin.load !== 'function') throw new Error('hooks are not functions');
    const buildStart = plugin.buildStart as unknown as (this: typeof context) => Promise<void>;
    const load = plugin.load as unknown as (id: string) => Promise<string | null>;
    await buildStart.call(context);
    expect(errors).toEqual([]);
    expect(await load('\0virtual:questionnaire-loaders')).toBe(
      'export const loaders = {\n  "tiny": () => import("virtual:questionnaire/tiny")\n};\n' +
        'export const outlines = {\n  "tiny": {\n    "only": [() => import("virtual:questionnaire-outline/tiny--outline-0-1")]\n  }\n};\n',
    );
    // Each page's outline is its own module; a page or section that does not exist has none.
    const outline = await load('\0virtual:questionnaire-outline/tiny--outline-0-1');
    expect(outline).toMatch(/^export default JSON\.parse\(/);
    expect(outline).toContain('\\"sectionId\\":\\"only\\"');
    expect(await load('\0virtual:questionnaire-outline/tiny--outline-0-2')).toBeNull();
    expect(await load('\0virtual:questionnaire-outline/tiny--outline-1-1')).toBeNull();
    expect(await load('\0virtual:questionnaire-outline/nope--outline-0-1')).toBeNull();
  });
});
