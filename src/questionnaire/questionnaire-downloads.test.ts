import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseQuestionnaireYaml } from './parse-questionnaire-yaml.ts';
import { copyIdFor, questionnaireCopy } from './questionnaire-copy.ts';
import { questionnaireTemplate } from './questionnaire-template.ts';
import { annotateQuestionnaireYaml } from './annotate-questionnaire-yaml.ts';
import { FIELD_NOTES } from './field-notes.ts';

const BUNDLED = ['questions/launch-ethics.yaml', 'questions/quick-check.yaml'];

describe('the template', () => {
  it('passes the checker as it is', async () => {
    const result = await parseQuestionnaireYaml(questionnaireTemplate());
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.questionnaire.id).toBe('my-questionnaire');
  });

  it('explains each field in a comment, where it first appears', () => {
    const text = questionnaireTemplate();
    expect(text).toContain(`# A stable identifier: lowercase letters, digits and hyphens`);
    expect(text).toMatch(
      /# A semantic version such as 1\.0\.0\. Raise it whenever the questions change[^\n]*\n(#[^\n]*\n)*version: 1\.0\.0/,
    );
    expect(text).toMatch(/# Optional: offer "Partly" between yes and no|# single \(choose one\)/);
    // Once each: the second question's id has no comment of its own.
    expect(text.match(/# A stable identifier, unique in the questionnaire/g)).toHaveLength(1);
    expect(annotateQuestionnaireYaml(parseDocument(text), '').unexplained).toEqual([]);
  });
});

describe.each(BUNDLED)('a copy of %s', (path) => {
  const source = readFileSync(path, 'utf8');
  const copy = questionnaireCopy(source);

  it('passes the checker, under a new id and title, with the same questions', async () => {
    const [original, copied] = await Promise.all([parseQuestionnaireYaml(source), parseQuestionnaireYaml(copy.text)]);
    expect(copied.ok ? [] : copied.issues).toEqual([]);
    if (!original.ok || !copied.ok) throw new Error('unreachable');
    expect(copied.questionnaire.id).toBe(`${original.questionnaire.id}-copy`);
    expect(copy.fileName).toBe(`${original.questionnaire.id}-copy.yaml`);
    expect(copied.questionnaire.title).toBe(`${original.questionnaire.title} (copy)`);
    expect(copied.questionnaire.version).toBe(original.questionnaire.version);
    // Apart from id and title, the content is the bundled one: same sections, questions, options and scores.
    const { id: _a, title: _b, contentHash: _c, ...copiedRest } = copied.questionnaire;
    const { id: _d, title: _e, contentHash: _f, ...originalRest } = original.questionnaire;
    expect(copiedRest).toEqual(originalRest);
  });

  it('has a note for every field it uses', () => {
    const annotated = annotateQuestionnaireYaml(parseDocument(source), '');
    expect(annotated.unexplained).toEqual([]);
    expect(copy.text).toContain(`# ${FIELD_NOTES.root.estimatedMinutes}`);
    expect(copy.text.startsWith('# An editable copy of an Oversight questionnaire.')).toBe(true);
    expect(copy.text).not.toContain('$schema');
  });
});

describe('copyIdFor', () => {
  it('adds -copy and stays within the 64 characters an id may have', () => {
    expect(copyIdFor('launch-ethics')).toBe('launch-ethics-copy');
    const long = copyIdFor(`${'a'.repeat(58)}-bcdef`);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long.endsWith('-copy')).toBe(true);
    expect(long).not.toContain('--');
  });
});
