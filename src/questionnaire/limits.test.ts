import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatIssue, parseQuestionnaireYaml } from './parse-questionnaire-yaml.ts';
import { normalizeQuestionnaire } from './normalize-questionnaire.ts';
import { sectionAnswersSchema } from './section-validation.ts';
import type { QuestionnaireFile } from './schema.ts';
import { TINY_FILE_HEADER } from './tiny-file.test-support.ts';

// Every text and number a questionnaire file holds has a bound, each with a
// message that says the limit.

function file(overrides: Record<string, unknown> = {}, question: Record<string, unknown> = {}) {
  return {
    ...TINY_FILE_HEADER,
    sections: [
      {
        id: 's',
        title: 'S',
        questions: [
          {
            id: 'q',
            kind: 'single',
            text: 'Q?',
            options: [
              { value: 'no', label: 'No', score: 0 },
              { value: 'yes', label: 'Yes', score: 1 },
            ],
            ...question,
          },
        ],
      },
    ],
    ...overrides,
  };
}

async function problems(data: unknown): Promise<string[]> {
  const result = await parseQuestionnaireYaml(stringify(data));
  if (result.ok) throw new Error('expected the questionnaire to be refused');
  return result.issues.map((issue) => formatIssue('q.yaml', issue).replace(/^q\.yaml:\d+: /, ''));
}

describe('questionnaire limits', () => {
  it('accepts texts right at their limits', async () => {
    const result = await parseQuestionnaireYaml(
      stringify(file({ title: 'T'.repeat(200), description: 'D'.repeat(2000) }, { text: 'Q'.repeat(1000), help: 'H'.repeat(2000) })),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a text one character over, saying the limit', async () => {
    expect(
      await problems(
        file(
          { id: 'a'.repeat(65), title: 'T'.repeat(201), description: 'D'.repeat(2001), audience: 'A'.repeat(201) },
          { text: 'Q'.repeat(1001), help: 'H'.repeat(2001), action: 'A'.repeat(2001) },
        ),
      ),
    ).toEqual([
      'id: must be at most 64 characters long',
      'title: must be at most 200 characters long',
      'description: must be at most 2,000 characters long',
      'audience: must be at most 200 characters long',
      'sections[0].questions[0].text: must be at most 1,000 characters long',
      'sections[0].questions[0].help: must be at most 2,000 characters long',
      'sections[0].questions[0].action: must be at most 2,000 characters long',
    ]);
  });

  it('refuses weights and scores so large that a sum of them is no longer a number', async () => {
    expect(
      await problems(
        file(
          { estimatedMinutes: 1e9 },
          {
            weight: 1e308,
            options: [
              { value: 'no', label: 'No', score: -1e308 },
              { value: 'yes', label: 'Yes', score: 1e308 },
            ],
          },
        ),
      ),
    ).toEqual([
      'estimatedMinutes: must be at most 1,440',
      'sections[0].questions[0].options[0].score: must be between -1,000,000 and 1,000,000',
      'sections[0].questions[0].options[1].score: must be between -1,000,000 and 1,000,000',
      'sections[0].questions[0].weight: must be at most 1,000',
    ]);
  });

  it('refuses more options, questions and sections than any real questionnaire has', async () => {
    const options = Array.from({ length: 51 }, (_, index) => ({ value: `o${index}`, label: `O${index}`, score: index }));
    expect(await problems(file({}, { options }))).toEqual(['sections[0].questions[0].options: may have at most 50 options']);
    const question = (index: number) => ({ id: `q${index}`, kind: 'yes-no', text: `Q${index}?` });
    const sections = Array.from({ length: 3 }, (_, section) => ({
      id: `s${section}`,
      title: `S${section}`,
      questions: Array.from({ length: 400 }, (_, index) => question(section * 400 + index)),
    }));
    expect(await problems(file({ sections }))).toEqual(['sections: hold 1,200 questions; a questionnaire may have at most 1,000']);
  });
});

describe('answer limits in the section form', () => {
  it('says the limit on a text answer once, naming the question', async () => {
    const questionnaire = await normalizeQuestionnaire(file({}, { kind: 'text', options: undefined }) as QuestionnaireFile);
    const section = questionnaire.sections[0];
    if (!section) throw new Error('fixture has a section');
    const schema = sectionAnswersSchema(section, new Set(['q']));
    const result = schema.safeParse({ q: { value: 'x'.repeat(50_001) } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'q.value: Shorten the answer to question 1.1 to 50,000 characters or fewer',
    ]);
  });
});
