import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundScore } from '../../src/scoring/round-score.ts';
import { SCENARIOS } from './launch-scenarios.ts';
import { loadQuestionnaire, runScenario } from './scenario.ts';
import { SCORING_DOC_PATH, scoringMarkdown } from './scenarios-markdown.ts';

describe('the verdict in the scenarios a reviewer would try', () => {
  it('has at least 15 scenarios, each named once', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(SCENARIOS.map((scenario) => scenario.name)).size).toBe(SCENARIOS.length);
  });

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_, scenario) => {
    const { result, score } = await runScenario(scenario);
    expect(result.band?.label).toBe(scenario.expected.band);
    expect(score).not.toBeNull();
    expect(score).toBeGreaterThanOrEqual(scenario.expected.score[0]);
    expect(score).toBeLessThanOrEqual(scenario.expected.score[1]);
    expect(result.redFlags.map((flag) => flag.questionId)).toEqual(scenario.expected.flags);
    const kinds = new Set(result.caps.map((cap) => cap.kind));
    for (const kind of scenario.expected.caps ?? []) expect(kinds).toContain(kind);
    if (!scenario.expected.caps) expect(result.caps).toEqual([]);
  });

  it('asks a shop none of the questions written for police deployments, and asks the police all of them', async () => {
    const questionnaire = await loadQuestionnaire('launch-ethics');
    const police = ['watchlist-authorisation', 'targeted-time-bounded', 'advance-deployment-notice', 'protest-and-assembly'];
    const asked = async (name: string) => {
      const scenario = SCENARIOS.find((candidate) => candidate.name === name);
      if (!scenario) throw new Error(`no scenario ${name}`);
      return new Set((await runScenario(scenario)).result.questions.map((question) => question.id));
    };
    const shop = await asked('Retail: recognising repeat visitors');
    const force = await asked('Public-authority live facial recognition, by the book');
    for (const id of police) {
      expect(questionnaire.sections.flatMap((section) => section.questions).some((question) => question.id === id)).toBe(true);
      expect(shop.has(id)).toBe(false);
      expect(force.has(id)).toBe(true);
    }
    expect(shop.has('non-match-deletion')).toBe(true);
  });

  it('gives the quick check and the full review the same verdict level for the same facts', async () => {
    const pair = await Promise.all(
      ['Quick check: no impact assessment', 'Full review: no impact assessment'].map(async (name) => {
        const scenario = SCENARIOS.find((candidate) => candidate.name === name);
        if (!scenario) throw new Error(`no scenario ${name}`);
        const questionnaire = await loadQuestionnaire(scenario.questionnaire);
        const { result } = await runScenario(scenario);
        // Position counted from the top band: 0 is the top, 1 the band below it.
        return questionnaire.bands.length - 1 - questionnaire.bands.findIndex((band) => band === result.band);
      }),
    );
    expect(pair).toEqual([1, 1]);
  });

  it('keeps docs/scoring.md up to date with these scenarios (run `npm run docs`)', async () => {
    expect(readFileSync(SCORING_DOC_PATH, 'utf8')).toBe(await scoringMarkdown());
  });

  it('rounds as the results page does', async () => {
    const scenario = SCENARIOS[1];
    if (!scenario) throw new Error('no scenario');
    const outcome = await runScenario(scenario);
    expect(outcome.score).toBe(roundScore(outcome.result.score ?? -1));
  });
});
