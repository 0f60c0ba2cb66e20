import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { formatIssue, MAX_QUESTIONNAIRE_BYTES, parseQuestionnaireBytes } from '../../questionnaire/parse-questionnaire-yaml.ts';
import { checkQuestionnaireFile, linkTarget, MAX_BYTES } from './read-questionnaire-file.ts';

// Node has no workers: the same check the worker runs, on this thread.
vi.mock('../../questionnaire/runtime/check-in-worker.ts', () => import('../../questionnaire/runtime/check-directly.test-support.ts'));

const HERE = new URL('https://oversight.example/app/?questionnaire=x#/');

describe('linkTarget', () => {
  it('resolves a path against the app’s own address', () => {
    const target = linkTarget('questions/custom.yaml', HERE);
    expect(target).toMatchObject({ ok: true, fileName: 'custom.yaml' });
    expect(target.ok && target.url.href).toBe('https://oversight.example/app/questions/custom.yaml');
    expect(linkTarget('/shared/team%20check.yaml', HERE)).toMatchObject({ ok: true, fileName: 'team check.yaml' });
  });

  it('refuses another origin, saying which and why', () => {
    for (const value of ['https://elsewhere.example/q.yaml', '//elsewhere.example/q.yaml', 'http://oversight.example/q.yaml']) {
      const target = linkTarget(value, HERE);
      expect(target.ok, value).toBe(false);
      expect(!target.ok && target.message).toContain('only when it is on its own site (https://oversight.example)');
    }
    const script = linkTarget('javascript:alert(1)', HERE);
    expect(!script.ok && script.message).toContain('This link points to a “javascript:” address, so nothing was fetched');
    const data = linkTarget('data:text/yaml,id: x', HERE);
    expect(data.ok).toBe(false);
  });
});

describe('checkQuestionnaireFile', () => {
  it('refuses what the checker refuses, with the very lines npm run questions:check prints', async () => {
    const bytes = readFileSync('e2e/questions-custom/malformed.yaml');
    const cli = await parseQuestionnaireBytes(bytes);
    const expected = cli.ok ? [] : cli.issues.map((issue) => formatIssue('malformed.yaml', issue));
    expect(expected.length).toBeGreaterThan(3);
    expect(await checkQuestionnaireFile(bytes, 'malformed.yaml')).toEqual({ ok: false, problems: expected });
  });

  it('keeps the text of a file that passes, for storing', async () => {
    const bytes = readFileSync('e2e/questions-custom/team-check.yaml');
    const checked = await checkQuestionnaireFile(bytes, 'team-check.yaml');
    expect(checked.ok && checked.questionnaire.id).toBe('team-check');
    expect(checked.ok && checked.source).toBe(bytes.toString('utf8'));
  });

  it('reads JSON in the same format, as the command does', async () => {
    const { parse } = await import('yaml');
    const json = JSON.stringify(parse(readFileSync('e2e/questions-custom/team-check.yaml', 'utf8')), null, 2);
    const checked = await checkQuestionnaireFile(new TextEncoder().encode(json), 'team-check.json');
    expect(checked.ok && checked.questionnaire.sections[0]?.questions.map((question) => question.id)).toEqual([
      'owner',
      'training',
      'retired',
    ]);
    const broken = await checkQuestionnaireFile(new TextEncoder().encode(json.replace('"single"', '"maybe"')), 'team-check.json');
    expect(broken.ok ? [] : broken.problems).toEqual([
      'team-check.json:36: sections[0].questions[1].kind: unknown question kind; use one of: single, multiple, scale, yes-no, text',
    ]);
  });

  it('holds the same size limit as the checker', () => {
    expect(MAX_BYTES).toBe(MAX_QUESTIONNAIRE_BYTES);
  });
});
