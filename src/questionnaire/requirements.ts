import { z } from 'zod';
import type { PathSegment, QuestionnaireIssue } from './check-questionnaire.ts';
import type { Question, Questionnaire } from './model.ts';
import { plainShapeMessage } from './plain-shape-message.ts';

/**
 * The requirements map (`questions/requirements.yaml`): what the default
 * checklist is grounded in. It names each source once under a short tag, and
 * lists the requirements of each source with the questions that cover them,
 * or the reason none does. It is not a questionnaire and never reaches the app.
 */

const requirementId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, starting with a letter or digit');

// The same form as a question's `sources:` entries in the questionnaire schema.
const sourceTag = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'use letters, digits, dots and hyphens, e.g. EU-AIA-14');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const requirementSourceSchema = z.strictObject({
  title: nonEmpty,
  url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' }),
});

export const requirementSchema = z.strictObject({
  id: requirementId,
  source: sourceTag,
  text: nonEmpty,
  // Whether a requirement has questions or a reason instead is checked by
  // `checkRequirements`, which can say which of the two is missing: a zod
  // union could only say that neither shape fits.
  questions: z.array(z.string()).optional(),
  coverage: z.enum(['full', 'partial']).optional(),
  outOfScope: nonEmpty.optional(),
});

export const requirementsFileSchema = z.strictObject({
  sources: z.record(sourceTag, requirementSourceSchema),
  requirements: z.array(requirementSchema),
});

export type RequirementSource = z.infer<typeof requirementSourceSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type RequirementsMap = z.infer<typeof requirementsFileSchema>;

export type RequirementsParseResult = { ok: true; map: RequirementsMap } | { ok: false; issues: QuestionnaireIssue[] };

function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_value') return 'must be full or partial';
  return plainShapeMessage(issue);
}

/** Checks decoded data (from YAML) against the shape of the requirements map. */
export function parseRequirementsData(data: unknown): RequirementsParseResult {
  const parsed = requirementsFileSchema.safeParse(data, { error: messageFor });
  if (parsed.success) return { ok: true, map: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      message: issue.message,
    })),
  };
}

/** A problem found by `checkRequirements`, in the requirements map or in the questionnaire. */
export interface RequirementsProblem {
  file: 'requirements' | 'questionnaire';
  path: PathSegment[];
  message: string;
}

interface Located {
  question: Question;
  path: PathSegment[];
}

function questionsById(questionnaire: Questionnaire): Map<string, Located> {
  const byId = new Map<string, Located>();
  questionnaire.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => byId.set(question.id, { question, path: ['sections', s, 'questions', q] })),
  );
  return byId;
}

function checkRequirement(
  requirement: Requirement,
  index: number,
  map: RequirementsMap,
  questions: Map<string, Located>,
  questionnaireId: string,
): RequirementsProblem[] {
  const problems: RequirementsProblem[] = [];
  const at = (...path: PathSegment[]) => ['requirements', index, ...path];
  const add = (path: PathSegment[], message: string) => problems.push({ file: 'requirements', path, message });
  const knownSource = Object.hasOwn(map.sources, requirement.source);
  if (!knownSource) add(at('source'), `unknown source "${requirement.source}"; define it under sources: first`);

  const listed = requirement.questions;
  if (listed === undefined && requirement.outOfScope === undefined) {
    add(at(), 'needs either questions (the questions that cover it) or outOfScope (why none does)');
  } else if (listed !== undefined && requirement.outOfScope !== undefined) {
    add(at(), 'has both questions and outOfScope; keep questions if any question covers it, else only outOfScope');
  } else if (listed !== undefined && listed.length === 0) {
    add(at('questions'), 'must list at least one question id; if no question covers it, write outOfScope instead');
  }
  if (listed !== undefined && listed.length > 0 && requirement.coverage === undefined) {
    add(at('coverage'), 'is required with questions: full or partial');
  }
  if (listed === undefined && requirement.outOfScope !== undefined && requirement.coverage !== undefined) {
    add(at('coverage'), 'goes only with questions; remove it from a requirement that is out of scope');
  }

  (listed ?? []).forEach((questionId, q) => {
    const found = questions.get(questionId);
    if (!found) {
      add(at('questions', q), `no question "${questionId}" in ${questionnaireId}`);
    } else if (knownSource && !found.question.sources.includes(requirement.source)) {
      add(
        at('questions', q),
        `question "${questionId}" (${found.question.number}) does not list ${requirement.source} in its sources; add it there`,
      );
    }
  });
  return problems;
}

function checkQuestionSources(map: RequirementsMap, questionnaire: Questionnaire): RequirementsProblem[] {
  const problems: RequirementsProblem[] = [];
  for (const { question, path } of questionsById(questionnaire).values()) {
    if (question.scored && question.sources.length === 0) {
      problems.push({
        file: 'questionnaire',
        path,
        message: `question "${question.id}" (${question.number}) carries points but lists no sources; add the tags of the requirements it serves`,
      });
    }
    question.sources.forEach((tag, t) => {
      if (!Object.hasOwn(map.sources, tag)) {
        problems.push({
          file: 'questionnaire',
          path: [...path, 'sources', t],
          message: `unknown source "${tag}"; define it under sources: in the requirements map`,
        });
      }
    });
  }
  return problems;
}

/**
 * Cross-checks the requirements map and the questionnaire it grounds. Returns
 * every problem, requirements first in file order, then questions: ids listed
 * that the questionnaire lacks, unknown or duplicate tags and ids, a
 * requirement with neither or both of questions and outOfScope, a listed
 * question that does not name the requirement's source, and a scored question
 * that names no source at all. An empty list means the map is sound.
 */
export function checkRequirements(map: RequirementsMap, questionnaire: Questionnaire): RequirementsProblem[] {
  const questions = questionsById(questionnaire);
  const firstIndex = new Map<string, number>();
  const problems = map.requirements.flatMap((requirement, index) => {
    const own = checkRequirement(requirement, index, map, questions, questionnaire.id);
    const earlier = firstIndex.get(requirement.id);
    if (earlier === undefined) {
      firstIndex.set(requirement.id, index);
      return own;
    }
    const duplicate: RequirementsProblem = {
      file: 'requirements',
      path: ['requirements', index, 'id'],
      message: `"${requirement.id}" is already the id of requirements[${earlier}]`,
    };
    return [duplicate, ...own];
  });
  return [...problems, ...checkQuestionSources(map, questionnaire)];
}

export type CoverageStatus = 'full' | 'partial' | 'out-of-scope' | 'none';

export interface RequirementCoverage {
  id: string;
  source: string;
  text: string;
  status: CoverageStatus;
  /** The questions listed, with their numbers ("2.3"); null for an id the questionnaire lacks. */
  questions: { id: string; number: string | null }[];
  outOfScope?: string;
}

export interface SourceCoverage {
  source: string;
  /** Empty for a tag used by a requirement but not defined. */
  title: string;
  url: string;
  total: number;
  full: number;
  partial: number;
  outOfScope: number;
  /** Requirements with neither questions nor a reason: only in a map with problems. */
  none: number;
}

export interface CoverageTable {
  sources: SourceCoverage[];
  total: Omit<SourceCoverage, 'source' | 'title' | 'url'>;
  requirements: RequirementCoverage[];
}

function statusOf(requirement: Requirement): CoverageStatus {
  if (requirement.questions && requirement.questions.length > 0) return requirement.coverage ?? 'partial';
  return requirement.outOfScope === undefined ? 'none' : 'out-of-scope';
}

function counts(rows: readonly RequirementCoverage[]): CoverageTable['total'] {
  const of = (status: CoverageStatus) => rows.filter((row) => row.status === status).length;
  return { total: rows.length, full: of('full'), partial: of('partial'), outOfScope: of('out-of-scope'), none: of('none') };
}

/**
 * How far the questionnaire covers each source: one row per source tag (in
 * the order of `sources:`, then any undefined tag a requirement uses), a
 * total, and one row per requirement in file order. A requirement with
 * questions but no `coverage` counts as partial.
 */
export function coverageTable(map: RequirementsMap, questionnaire: Questionnaire): CoverageTable {
  const questions = questionsById(questionnaire);
  const requirements = map.requirements.map((requirement): RequirementCoverage => ({
    id: requirement.id,
    source: requirement.source,
    text: requirement.text,
    status: statusOf(requirement),
    questions: (requirement.questions ?? []).map((id) => ({ id, number: questions.get(id)?.question.number ?? null })),
    ...(requirement.outOfScope === undefined ? {} : { outOfScope: requirement.outOfScope }),
  }));
  const tags = [...new Set([...Object.keys(map.sources), ...requirements.map((row) => row.source)])];
  const sources = tags.map((tag): SourceCoverage => ({
    source: tag,
    title: map.sources[tag]?.title ?? '',
    url: map.sources[tag]?.url ?? '',
    ...counts(requirements.filter((row) => row.source === tag)),
  }));
  return { sources, total: counts(requirements), requirements };
}
