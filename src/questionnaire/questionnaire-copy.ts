import { isMap, isScalar, parseDocument } from 'yaml';
import { annotateQuestionnaireYaml } from './annotate-questionnaire-yaml.ts';

const HEADER = [
  ' An editable copy of an Oversight questionnaire.',
  '',
  ' Change what you need, raise "version" whenever the questions change, then load the file in',
  ' Oversight (home page, "Your questionnaires"): it is checked there, every problem listed with',
  " its line. Each field is explained where it first appears; the full format is in Oversight's",
  ' README ("Writing a questionnaire") and src/questionnaire/schema.ts.',
].join('\n');

/** The id a copy gets: the original's with "-copy", kept within the 64 characters an id may have. */
export function copyIdFor(id: string): string {
  return `${id.slice(0, 64 - '-copy'.length).replace(/-+$/, '')}-copy`;
}

export interface QuestionnaireCopy {
  id: string;
  fileName: string;
  text: string;
}

/**
 * A bundled questionnaire's file, as written, under a new id and title and
 * with every field explained, ready to edit and load as one's own. The
 * file's own comments stay; its leading comment, about maintaining the
 * bundled file, gives way to one about the copy.
 */
export function questionnaireCopy(source: string): QuestionnaireCopy {
  const doc = parseDocument(source);
  const originalId: unknown = doc.get('id');
  const id = copyIdFor(typeof originalId === 'string' ? originalId : 'questionnaire');
  const title: unknown = doc.get('title');
  if (isMap(doc.contents)) {
    doc.set('id', id);
    if (typeof title === 'string') doc.set('title', `${title.slice(0, 200 - ' (copy)'.length)} (copy)`);
    // The copy lives outside questions/, where that relative path leads nowhere.
    doc.delete('$schema');
    const first = doc.contents.items[0];
    if (first && isScalar(first.key)) first.key.commentBefore = undefined;
  }
  return { id, fileName: `${id}.yaml`, text: annotateQuestionnaireYaml(doc, HEADER).text };
}
