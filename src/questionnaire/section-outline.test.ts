import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireFile } from '../../scripts/load-questionnaire-file.ts';
import { answersArbitrary, questionnaireArbitrary } from '../scoring/questionnaire-arbitrary.test-support.ts';
import { computeVisibility } from './visibility.ts';
import { sectionPages } from './section-pages.ts';
import { outlinedPages, sectionOutline } from './section-outline.ts';

const launchEthics = () => loadQuestionnaireFile(fileURLToPath(new URL('../../questions/launch-ethics.yaml', import.meta.url)));

describe('sectionOutline', () => {
  it('keeps every word the page draws and none of the action plan, the method or other pages', async () => {
    const questionnaire = await launchEthics();
    const section = questionnaire.sections[1]!;
    const outline = sectionOutline(questionnaire, section.id, 1);
    expect(outline?.of).toEqual({ id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash });
    const cut = outline!.questionnaire;
    const drawn = cut.sections[1]!;
    expect(drawn.intro).toBe(section.intro);
    const onPage = sectionPages(section.questions)[0]!;
    for (const [index, question] of onPage.entries()) {
      const kept = drawn.questions[index]!;
      expect(kept.text).toBe(question.text);
      expect(kept.help).toBe(question.help);
      expect(kept.options.map((option) => option.label)).toEqual(question.options.map((option) => option.label));
      expect(kept.mustHave?.name).toBe(question.mustHave?.name);
      expect(kept.action).toBeUndefined();
      expect(kept.sources).toEqual([]);
      expect(kept.options.every((option) => option.action === undefined)).toBe(true);
    }
    const elsewhere = cut.sections
      .flatMap((candidate) => candidate.questions)
      .filter((question) => !onPage.some((drawnOne) => drawnOne.id === question.id));
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.every((question) => question.text === '' && question.help === undefined)).toBe(true);
    expect(elsewhere.flatMap((question) => question.options).every((option) => option.label === '')).toBe(true);
    // Titles stay: the pagers name the sections either side.
    expect(cut.sections.map((candidate) => candidate.title)).toEqual(questionnaire.sections.map((candidate) => candidate.title));
  });

  it('can never pass for the questionnaire it was cut from', async () => {
    const questionnaire = await launchEthics();
    const outline = sectionOutline(questionnaire, questionnaire.sections[0]!.id, 1)!;
    expect(outline.questionnaire.contentHash).toBe('');
    expect(outline.questionnaire.changelog).toEqual([]);
    expect(outline.questionnaire.bands).toEqual([]);
    expect(JSON.stringify(outline).length).toBeLessThan(JSON.stringify(questionnaire).length / 2);
  });

  it('is null for a section or page that does not exist', async () => {
    const questionnaire = await launchEthics();
    expect(sectionOutline(questionnaire, 'no-such-section', 1)).toBeNull();
    expect(sectionOutline(questionnaire, questionnaire.sections[0]!.id, 2)).toBeNull();
    expect(sectionOutline(questionnaire, questionnaire.sections[0]!.id, 0)).toBeNull();
  });

  it('shows and hides exactly what the whole questionnaire does, for any answers', () => {
    fc.assert(
      fc.property(
        questionnaireArbitrary({ conditions: true }).chain((questionnaire) =>
          fc.tuple(fc.constant(questionnaire), answersArbitrary(questionnaire), fc.nat({ max: questionnaire.sections.length - 1 })),
        ),
        ([questionnaire, answers, sectionIndex]) => {
          const section = questionnaire.sections[sectionIndex]!;
          const outline = sectionOutline(questionnaire, section.id, 1)!;
          expect(computeVisibility(outline.questionnaire, answers)).toEqual(computeVisibility(questionnaire, answers));
        },
      ),
    );
  });
});

describe('outlinedPages', () => {
  it('lists each page of each section once, long sections by their pages', async () => {
    const questionnaire = await launchEthics();
    const pages = outlinedPages(questionnaire);
    const expected = questionnaire.sections.reduce((sum, section) => sum + sectionPages(section.questions).length, 0);
    expect(pages).toHaveLength(expected);
    expect(pages.every(({ sectionId, page }) => sectionOutline(questionnaire, sectionId, page) !== null)).toBe(true);
  });
});
