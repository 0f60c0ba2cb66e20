import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  COVERAGE_DOC_PATH,
  coverageDocument,
  coverageMarkdown,
  coverageText,
  loadCoverage,
  REQUIREMENTS_PATH,
} from './requirements-coverage.ts';

const QUESTIONNAIRE = `id: tiny
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
      - id: owner
        kind: yes-no
        text: Is someone accountable?
        sources: [TAG-A]
      - id: review
        kind: yes-no
        text: Is it reviewed?
        sources: [TAG-A, TAG-C]
`;

const REQUIREMENTS = `sources:
  TAG-A: { title: Source A, url: "https://example.org/a" }
requirements:
  - id: a-owner
    source: TAG-A
    text: Name an owner.
    questions: [owner]
    coverage: full
  - id: a-review
    source: TAG-A
    text: Review it.
    questions: [review]
    coverage: partial
  - id: a-law
    source: TAG-A
    text: Pass a law.
    outOfScope: For lawmakers.
`;

describe('loadCoverage', () => {
  let dir = '';
  const write = (requirements: string, questionnaire = QUESTIONNAIRE) => {
    writeFileSync(join(dir, 'requirements.yaml'), requirements);
    writeFileSync(join(dir, 'tiny.yaml'), questionnaire);
    return loadCoverage(join(dir, 'requirements.yaml'), join(dir, 'tiny.yaml'));
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'oversight-coverage-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the table per source, the total and what is not fully covered', async () => {
    const loaded = await write(REQUIREMENTS, QUESTIONNAIRE.replace(', TAG-C', ''));
    expect(loaded.problems).toEqual([]);
    if (!loaded.ok) throw new Error('not loaded');
    expect(coverageText(loaded.table, loaded.questionnaire)).toBe(
      [
        'Coverage of 3 requirements by tiny@1.0.0',
        '',
        'Source  Requirements  Full  Partial  Out of scope  Full %',
        '------  ------------  ----  -------  ------------  ------',
        'TAG-A              3     1        1             1     33%',
        '------  ------------  ----  -------  ------------  ------',
        'Total              3     1        1             1     33%',
        '',
        'Not fully covered (2):',
        '  partial       a-review (TAG-A): questions 1.2 review',
        '  out of scope  a-law (TAG-A): For lawmakers.',
      ].join('\n'),
    );
  });

  it('gives each cross-check problem the file and line it is on', async () => {
    const loaded = await write(REQUIREMENTS.replace('questions: [review]', 'questions: [review, gone]'));
    expect(loaded.problems).toEqual([
      `${join(dir, 'requirements.yaml')}:12: requirements[1].questions[1]: no question "gone" in tiny`,
      `${join(dir, 'tiny.yaml')}:20: sections[0].questions[1].sources[1]: unknown source "TAG-C"; define it under sources: in the requirements map`,
    ]);
  });

  it('reports a shape error with its line, and makes no table', async () => {
    const loaded = await write(REQUIREMENTS.replace('    coverage: partial\n', '    coverage: most\n'));
    expect(loaded).toEqual({
      ok: false,
      problems: [`${join(dir, 'requirements.yaml')}:13: requirements[1].coverage: must be full or partial`],
    });
  });

  it('reports a YAML syntax error with its line', async () => {
    const loaded = await write(REQUIREMENTS.replace('  - id: a-law', '  - id: a-law\n  bad: [unclosed'));
    expect(loaded.ok).toBe(false);
    expect(loaded.problems[0]).toMatch(new RegExp(`^${join(dir, 'requirements.yaml')}:15: \\(root\\): invalid YAML: `));
  });

  it('reports a missing file', async () => {
    const loaded = await loadCoverage(join(dir, 'none.yaml'), join(dir, 'tiny.yaml'));
    expect(loaded.problems).toEqual([
      `${join(dir, 'none.yaml')}:1: (root): cannot read the file (ENOENT)`,
      `${join(dir, 'tiny.yaml')}:1: (root): cannot read the file (ENOENT)`,
    ]);
  });
});

describe(COVERAGE_DOC_PATH, () => {
  // Skipped only while the map is still being written; once it exists, this runs.
  const ready = existsSync(REQUIREMENTS_PATH);
  const name = ready
    ? `states the coverage exactly as ${REQUIREMENTS_PATH} gives it (run \`npm run questions:coverage -- --markdown\` after changing it)`
    : `is not checked: ${REQUIREMENTS_PATH} does not exist yet`;
  it.skipIf(!ready)(name, async () => {
    const loaded = await loadCoverage();
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const current = existsSync(COVERAGE_DOC_PATH) ? readFileSync(COVERAGE_DOC_PATH, 'utf8') : null;
    expect(current, `${COVERAGE_DOC_PATH} is missing: run npm run questions:coverage -- --markdown`).not.toBeNull();
    expect(current).toBe(coverageDocument(current, coverageMarkdown(loaded.table, loaded.questionnaire)));
  });
});
