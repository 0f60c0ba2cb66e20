import type { Questionnaire } from '../questionnaire/model.ts';
import type { ReportText } from './find-unsupported-characters.ts';

// Apart from the drawing (blank-questionnaire.ts), so a page can name the file and check its characters without loading jsPDF.

/** `<questionnaire-id>-<version>-blank.pdf`. */
export function blankFileName(questionnaire: Pick<Questionnaire, 'id' | 'version'>): string {
  return `${questionnaire.id}-${questionnaire.version}-blank.pdf`;
}

/** Every text the blank questionnaire prints from the questionnaire, to check with `findUnsupportedCharacters` first. */
export function blankQuestionnaireTexts(questionnaire: Questionnaire): ReportText[] {
  const texts: ReportText[] = [
    { where: 'Title', text: questionnaire.title },
    { where: 'Description', text: questionnaire.description },
  ];
  for (const section of questionnaire.sections) {
    texts.push({ where: `Section ${section.number}`, text: `${section.title} ${section.intro ?? ''}` });
    for (const question of section.questions) {
      const options = question.options.map((option) => option.label).join(' ');
      texts.push({ where: `Question ${question.number}`, text: `${question.text} ${question.help ?? ''} ${options}` });
    }
  }
  return texts;
}
