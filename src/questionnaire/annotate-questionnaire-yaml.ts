import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { FIELD_NOTES, isQuestionKind, KIND_FIELD_NOTES, type NoteContext } from './field-notes.ts';

/** Where a mapping sits in the format, which says what each of its keys means. */
type Place = NoteContext | { question: string };

function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((part) => ` ${part}`).join('\n');
}

function keyName(pair: Pair): string | null {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : null;
}

function noteFor(place: Place, key: string): string | undefined {
  if (typeof place === 'string') return Object.hasOwn(FIELD_NOTES[place], key) ? FIELD_NOTES[place][key] : undefined;
  const kind = place.question;
  if (isQuestionKind(kind) && Object.hasOwn(KIND_FIELD_NOTES[kind], key)) return KIND_FIELD_NOTES[kind][key];
  return Object.hasOwn(FIELD_NOTES.question, key) ? FIELD_NOTES.question[key] : undefined;
}

/** The place of the value under `key` in a mapping at `place`, when it holds fields the notes explain. */
function childPlace(place: Place, key: string, kind: string): Place | 'record' | 'list-of-conditions' | null {
  if (place === 'root') {
    if (key === 'bands') return 'band';
    if (key === 'sections') return 'section';
    if (key === 'changelog') return 'changelog';
    if (key === 'scales' || key === 'actionGroups') return 'record';
    return null;
  }
  if (place === 'scale' && key === 'steps') return 'step';
  if (place === 'section' && key === 'questions') return { question: '' };
  if (key === 'visibleWhen') return 'condition';
  if (place === 'condition') return key === 'not' ? 'condition' : key === 'all' || key === 'any' ? 'list-of-conditions' : null;
  if (typeof place === 'object') {
    if (key === 'options') return 'option';
    if (key === 'critical' || key === 'mustHave') return key;
    if (key === 'scores' && kind === 'yes-no') return 'yesNoScores';
    if (key === 'actions' && kind === 'yes-no') return 'yesNoActions';
  }
  return null;
}

interface Walk {
  seen: Set<string>;
  unexplained: Set<string>;
}

function annotateMap(map: YAMLMap, place: Place, walk: Walk, recordOf?: NoteContext): void {
  const kindPair = map.items.find((pair) => keyName(pair) === 'kind');
  const kind = typeof place === 'object' && kindPair && isScalar(kindPair.value) ? String(kindPair.value.value) : '';
  const here: Place = typeof place === 'object' ? { question: kind } : place;
  for (const pair of map.items) {
    const key = keyName(pair);
    if (key === null) continue;
    if (recordOf) {
      // The keys of a record (scale ids, group ids) are names, not fields: explain what each holds.
      if (isMap(pair.value)) annotateMap(pair.value, recordOf, walk);
      continue;
    }
    // A field every question has is explained once; one whose meaning depends on the kind, once per kind.
    const kindSpecific = isQuestionKind(kind) && Object.hasOwn(KIND_FIELD_NOTES[kind], key);
    const label = `${typeof here === 'string' ? here : kindSpecific ? `question:${kind}` : 'question'}.${key}`;
    const note = noteFor(here, key);
    if (note === undefined) walk.unexplained.add(label);
    else if (!walk.seen.has(label) && isScalar(pair.key)) {
      walk.seen.add(label);
      const own = pair.key.commentBefore;
      pair.key.commentBefore = own ? `${wrap(note)}\n${own}` : wrap(note);
    }
    annotateValue(pair.value as Node | null, childPlace(here, key, kind), key, walk);
  }
}

function annotateValue(value: Node | null, place: ReturnType<typeof childPlace>, key: string, walk: Walk): void {
  if (place === null || value === null) return;
  if (place === 'record') {
    if (isMap(value)) annotateMap(value, 'root', walk, key === 'scales' ? 'scale' : 'actionGroup');
    return;
  }
  const target: Place = place === 'list-of-conditions' ? 'condition' : place;
  const items = isSeq(value) ? value.items : [value];
  for (const item of items) if (isMap(item)) annotateMap(item, target, walk);
}

export interface Annotated {
  text: string;
  /** Fields met that have no note, as `place.key`: a gap in field-notes.ts. */
  unexplained: string[];
}

/**
 * Adds a comment explaining each field of the format at its first use in
 * the file, keeping the file's own comments, and prints it back.
 */
export function annotateQuestionnaireYaml(doc: Document, header: string): Annotated {
  const walk: Walk = { seen: new Set(), unexplained: new Set() };
  if (isMap(doc.contents)) annotateMap(doc.contents, 'root', walk);
  doc.commentBefore = header;
  return { text: doc.toString({ lineWidth: 120 }), unexplained: [...walk.unexplained].sort() };
}

/** The same, from text. */
export function annotateQuestionnaireText(text: string, header: string): Annotated {
  return annotateQuestionnaireYaml(parseDocument(text), header);
}
