import type { Questionnaire } from '../questionnaire/model.ts';
import { answerText } from './answer-changes.ts';
import { toCsv, type CsvCell } from './csv.ts';
import type { RoundsComparison } from './rounds-compare.ts';

export const ROUNDS_CSV_HEADER = [
  'Round',
  'Date',
  'Project',
  'Questionnaire version',
  'Section',
  'Question',
  'Question text',
  'Answer',
  'Changed since the round before',
  'Answer in the round before',
  'Points',
  'Out of',
  'Red flag',
  'Section score',
  'Section band',
  'Overall score',
  'Verdict',
] as const;

const FLAG_WORDS = { blocking: 'Blocking', 'must-have': 'Must-have not met' } as const;

/**
 * The comparison as rows, one per question and round (questionnaire order,
 * then oldest round first), under a header: what each round answered, what
 * it earned and whether it changed since the round before.
 */
export function roundsCsvRows(questionnaire: Questionnaire, comparison: RoundsComparison): CsvCell[][] {
  const rows: CsvCell[][] = [[...ROUNDS_CSV_HEADER]];
  for (const section of questionnaire.sections) {
    const series = comparison.sections.find((candidate) => candidate.id === section.id);
    for (const question of section.questions) {
      comparison.rounds.forEach((round, index) => {
        const before = comparison.rounds[index - 1];
        const answer = answerText(question, round.assessment.answers);
        const was = before ? answerText(question, before.assessment.answers) : null;
        const scored = round.result.questions.find((candidate) => candidate.id === question.id);
        const flag = round.result.redFlags.find((candidate) => candidate.questionId === question.id);
        const point = series?.points[index];
        rows.push([
          round.label,
          round.date,
          round.project,
          round.version,
          `${section.number}. ${section.title}`,
          question.number,
          question.text,
          answer,
          was === null ? '' : was === answer ? 'No' : 'Yes',
          was,
          scored?.points ?? null,
          scored && scored.points !== null ? scored.maxScore : null,
          flag ? FLAG_WORDS[flag.severity] : '',
          point?.score ?? null,
          point?.band ?? null,
          round.score,
          round.band,
        ]);
      });
    }
  }
  return rows;
}

/** The CSV file's text. */
export function roundsCsv(questionnaire: Questionnaire, comparison: RoundsComparison): string {
  return toCsv(roundsCsvRows(questionnaire, comparison));
}
