import { describe, expect, it } from 'vitest';
import type { Questionnaire } from './model.ts';
import { parseQuestionnaireYaml } from './parse-questionnaire-yaml.ts';
import { checkRequirements, coverageTable, parseRequirementsData, type RequirementsMap } from './requirements.ts';

// A small questionnaire, read by the real parser: 1.1 is scored with sources,
// 1.2 is a text question (never scored), 1.3 is scored and names TAG-B.
const QUESTIONNAIRE_YAML = `
id: tiny
version: 1.0.0
title: Tiny check
description: A questionnaire for tests.
audience: Tests
estimatedMinutes: 5
bands:
  - { from: 0, to: 50, label: Low, meaning: Not there yet. }
  - { from: 50, to: 100, label: High, meaning: There. }
sections:
  - id: only
    title: Only section
    questions:
      - id: owner
        kind: yes-no
        text: Is someone accountable?
        sources: [TAG-A, TAG-B]
      - id: notes
        kind: text
        text: Anything else?
        required: false
      - id: review
        kind: yes-no
        text: Is it reviewed?
        sources: [TAG-B]
`;

async function questionnaire(yaml = QUESTIONNAIRE_YAML): Promise<Questionnaire> {
  const parsed = await parseQuestionnaireYaml(yaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.questionnaire;
}

function validMap(): RequirementsMap {
  return {
    sources: {
      'TAG-A': { title: 'Source A', url: 'https://example.org/a' },
      'TAG-B': { title: 'Source B', url: 'https://example.org/b' },
    },
    requirements: [
      { id: 'a-owner', source: 'TAG-A', text: 'Name an owner.', questions: ['owner'], coverage: 'full' },
      { id: 'b-review', source: 'TAG-B', text: 'Review it.', questions: ['review', 'owner'], coverage: 'partial' },
      { id: 'b-law', source: 'TAG-B', text: 'Pass a law.', outOfScope: 'For lawmakers, not product teams.' },
    ],
  };
}

describe('parseRequirementsData', () => {
  it('accepts a valid map as it is', () => {
    expect(parseRequirementsData(validMap())).toEqual({ ok: true, map: validMap() });
  });

  it('names the path and what to write for a wrong shape', () => {
    const data = {
      sources: { 'TAG-A': { title: 'Source A', url: 'ftp://example.org' } },
      requirements: [{ id: 'Bad Id', source: 'TAG-A', questions: 'owner', coverage: 'most', extra: 1 }],
    };
    const result = parseRequirementsData(data);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: ['sources', 'TAG-A', 'url'], message: 'must be a web address starting with https:// or http://' },
      { path: ['requirements', 0, 'id'], message: 'use lowercase letters, digits and hyphens, starting with a letter or digit' },
      { path: ['requirements', 0, 'text'], message: 'is required' },
      { path: ['requirements', 0, 'questions'], message: 'must be a list, not a string' },
      { path: ['requirements', 0, 'coverage'], message: 'must be full or partial' },
      { path: ['requirements', 0], message: 'unknown field "extra"' },
    ]);
  });
});

describe('checkRequirements', () => {
  it('finds nothing wrong with a sound map', async () => {
    expect(checkRequirements(validMap(), await questionnaire())).toEqual([]);
  });

  it('reports a requirement that points at a question the questionnaire lacks', async () => {
    const map = validMap();
    map.requirements[1] = { id: 'b-review', source: 'TAG-B', text: 'Review it.', questions: ['review', 'gone'], coverage: 'full' };
    expect(checkRequirements(map, await questionnaire())).toEqual([
      { file: 'requirements', path: ['requirements', 1, 'questions', 1], message: 'no question "gone" in tiny' },
    ]);
  });

  it('reports an unknown source tag, and does not blame the questions for it', async () => {
    const map = validMap();
    map.requirements[0] = { id: 'a-owner', source: 'TAG-Z', text: 'Name an owner.', questions: ['owner'], coverage: 'full' };
    expect(checkRequirements(map, await questionnaire())).toEqual([
      { file: 'requirements', path: ['requirements', 0, 'source'], message: 'unknown source "TAG-Z"; define it under sources: first' },
    ]);
  });

  it('reports a duplicate requirement id, pointing at the first', async () => {
    const map = validMap();
    map.requirements.push({ id: 'a-owner', source: 'TAG-A', text: 'Again.', questions: ['owner'], coverage: 'partial' });
    expect(checkRequirements(map, await questionnaire())).toEqual([
      { file: 'requirements', path: ['requirements', 3, 'id'], message: '"a-owner" is already the id of requirements[0]' },
    ]);
  });

  it('reports a requirement with neither questions nor outOfScope, with both, or with an empty list', async () => {
    const map = validMap();
    map.requirements = [
      { id: 'neither', source: 'TAG-A', text: 'Neither.' },
      { id: 'both', source: 'TAG-A', text: 'Both.', questions: ['owner'], coverage: 'full', outOfScope: 'Also a reason.' },
      { id: 'empty', source: 'TAG-A', text: 'Empty.', questions: [] },
    ];
    expect(checkRequirements(map, await questionnaire())).toEqual([
      {
        file: 'requirements',
        path: ['requirements', 0],
        message: 'needs either questions (the questions that cover it) or outOfScope (why none does)',
      },
      {
        file: 'requirements',
        path: ['requirements', 1],
        message: 'has both questions and outOfScope; keep questions if any question covers it, else only outOfScope',
      },
      {
        file: 'requirements',
        path: ['requirements', 2, 'questions'],
        message: 'must list at least one question id; if no question covers it, write outOfScope instead',
      },
    ]);
  });

  it('reports coverage missing beside questions, and coverage beside outOfScope', async () => {
    const map = validMap();
    map.requirements = [
      { id: 'a-owner', source: 'TAG-A', text: 'Name an owner.', questions: ['owner'] },
      { id: 'b-law', source: 'TAG-B', text: 'Pass a law.', outOfScope: 'For lawmakers.', coverage: 'partial' },
    ];
    expect(checkRequirements(map, await questionnaire())).toEqual([
      { file: 'requirements', path: ['requirements', 0, 'coverage'], message: 'is required with questions: full or partial' },
      {
        file: 'requirements',
        path: ['requirements', 1, 'coverage'],
        message: 'goes only with questions; remove it from a requirement that is out of scope',
      },
    ]);
  });

  it("reports a listed question whose own sources lack the requirement's tag", async () => {
    const map = validMap();
    map.requirements[0] = { id: 'a-review', source: 'TAG-A', text: 'Review it.', questions: ['owner', 'review'], coverage: 'full' };
    expect(checkRequirements(map, await questionnaire())).toEqual([
      {
        file: 'requirements',
        path: ['requirements', 0, 'questions', 1],
        message: 'question "review" (1.3) does not list TAG-A in its sources; add it there',
      },
    ]);
  });

  it('reports a scored question with no sources, but not a text question', async () => {
    const yaml = QUESTIONNAIRE_YAML.replace('        sources: [TAG-B]\n', '');
    const map = validMap();
    map.requirements = [map.requirements[0]!];
    expect(checkRequirements(map, await questionnaire(yaml))).toEqual([
      {
        file: 'questionnaire',
        path: ['sections', 0, 'questions', 2],
        message: 'question "review" (1.3) carries points but lists no sources; add the tags of the requirements it serves',
      },
    ]);
  });

  it('reports a question source tag the map does not define', async () => {
    const yaml = QUESTIONNAIRE_YAML.replace('sources: [TAG-B]', 'sources: [TAG-B, TAG-C]');
    expect(checkRequirements(validMap(), await questionnaire(yaml))).toEqual([
      {
        file: 'questionnaire',
        path: ['sections', 0, 'questions', 2, 'sources', 1],
        message: 'unknown source "TAG-C"; define it under sources: in the requirements map',
      },
    ]);
  });
});

describe('coverageTable', () => {
  it('counts each source and the total, and describes every requirement', async () => {
    const map = validMap();
    map.requirements.push({ id: 'z-stray', source: 'TAG-Z', text: 'Stray.', questions: ['gone'] });
    expect(coverageTable(map, await questionnaire())).toEqual({
      sources: [
        { source: 'TAG-A', title: 'Source A', url: 'https://example.org/a', total: 1, full: 1, partial: 0, outOfScope: 0, none: 0 },
        { source: 'TAG-B', title: 'Source B', url: 'https://example.org/b', total: 2, full: 0, partial: 1, outOfScope: 1, none: 0 },
        { source: 'TAG-Z', title: '', url: '', total: 1, full: 0, partial: 1, outOfScope: 0, none: 0 },
      ],
      total: { total: 4, full: 1, partial: 2, outOfScope: 1, none: 0 },
      requirements: [
        { id: 'a-owner', source: 'TAG-A', text: 'Name an owner.', status: 'full', questions: [{ id: 'owner', number: '1.1' }] },
        {
          id: 'b-review',
          source: 'TAG-B',
          text: 'Review it.',
          status: 'partial',
          questions: [
            { id: 'review', number: '1.3' },
            { id: 'owner', number: '1.1' },
          ],
        },
        {
          id: 'b-law',
          source: 'TAG-B',
          text: 'Pass a law.',
          status: 'out-of-scope',
          questions: [],
          outOfScope: 'For lawmakers, not product teams.',
        },
        { id: 'z-stray', source: 'TAG-Z', text: 'Stray.', status: 'partial', questions: [{ id: 'gone', number: null }] },
      ],
    });
  });

  it('lists a source no requirement uses with zeros, and a requirement with nothing as not covered', async () => {
    const map: RequirementsMap = {
      sources: {
        'TAG-A': { title: 'Source A', url: 'https://example.org/a' },
        'TAG-B': { title: 'Source B', url: 'https://example.org/b' },
      },
      requirements: [{ id: 'nothing', source: 'TAG-A', text: 'Nothing.' }],
    };
    const table = coverageTable(map, await questionnaire());
    expect(table.sources.map((row) => [row.source, row.total, row.none])).toEqual([
      ['TAG-A', 1, 1],
      ['TAG-B', 0, 0],
    ]);
    expect(table.total).toEqual({ total: 1, full: 0, partial: 0, outOfScope: 0, none: 1 });
  });
});
