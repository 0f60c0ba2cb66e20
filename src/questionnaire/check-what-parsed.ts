import { z } from 'zod';
import { checkQuestionnaire, type PathSegment, type QuestionnaireIssue } from './check-questionnaire.ts';
import {
  bandSchema,
  questionSchema,
  scaleSchema,
  sectionSchema,
  type QuestionFile,
  type QuestionnaireFile,
  type SectionFile,
} from './schema.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A question whose shape is wrong still has its place and, usually, its id:
// a text question in its stead keeps every index (and so every path) and
// every duplicate id, and raises no check of its own.
function standIn(raw: unknown, place: string): QuestionFile {
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `(question ${place})`;
  return { id, kind: 'text', text: '-' };
}

const sectionShell = sectionSchema.omit({ questions: true });

function partialSection(raw: unknown, index: number): SectionFile {
  const fields = isRecord(raw) ? raw : {};
  const questions = (Array.isArray(fields.questions) ? fields.questions : []).map((question: unknown, at) => {
    const parsed = questionSchema.safeParse(question);
    return parsed.success ? parsed.data : standIn(question, `${index + 1}.${at + 1}`);
  });
  const shell = sectionShell.safeParse({ ...fields, questions: undefined });
  const id = typeof fields.id === 'string' ? fields.id : `(section ${index + 1})`;
  return shell.success ? { ...shell.data, questions } : { id, title: '-', questions };
}

function validEntries<T>(raw: unknown, schema: z.ZodType<T>): Record<string, T> {
  if (!isRecord(raw)) return {};
  const entries = Object.keys(raw).flatMap((key): [string, T][] => {
    const parsed = schema.safeParse(raw[key]);
    return parsed.success ? [[key, parsed.data]] : [];
  });
  return Object.fromEntries(entries);
}

// Checks that look from one part of the file to another (conditions, scale
// and group references, whether anything scores) would blame a missing or
// stand-in part for the shape problem already reported; only the checks
// within a part are sure to be right.
function isLocal(path: readonly PathSegment[]): boolean {
  const last = path[path.length - 1];
  if (path.includes('visibleWhen') || last === 'scale' || last === 'actionGroup') return false;
  if (path[0] === 'actionGroups' || (path.length === 1 && path[0] === 'sections')) return false;
  return !(path.includes('critical') || path.includes('mustHave') || path.includes('notApplicable'));
}

/**
 * The semantic problems that can be found in a file whose shape is wrong:
 * every part that has the right shape is checked as usual (duplicate ids,
 * bands, scale ranges, option values and scores), so that one typo does not
 * hide the rest of what a facilitator has to fix.
 */
export function checkWhatParsed(data: unknown): QuestionnaireIssue[] {
  const raw = isRecord(data) ? data : {};
  const bands = z.array(bandSchema).safeParse(raw.bands);
  const file = {
    bands: bands.success ? bands.data : [],
    scales: validEntries(raw.scales, scaleSchema),
    sections: (Array.isArray(raw.sections) ? raw.sections : []).map(partialSection),
  } as QuestionnaireFile;
  return checkQuestionnaire(file).filter((issue) => isLocal(issue.path));
}
