import type { Option, Question, Questionnaire, Section } from './model.ts';
import type { QuestionFile, QuestionnaireFile, ScaleFile } from './schema.ts';
import { canonicalJson, sha256Hex } from './hash.ts';
import { ownValue } from './unsafe-keys.ts';

/**
 * Below half marks a takeaway is more missing than present; letting a strong
 * section average it away is what made a verdict gameable, so the default is on.
 */
export const DEFAULT_SECTION_FLOOR = 50;

const YES_NO_DEFAULT_SCORES = { yes: 2, partly: 1, no: 0 } as const;

function resolveOptions(question: QuestionFile, scales: Record<string, ScaleFile>): Option[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.map((option) => ({
        value: option.value,
        label: option.label,
        score: option.score ?? 0,
        action: option.action,
        ...(option.requiresReason ? { requiresReason: true } : {}),
        ...(option.exclusive && question.kind === 'multiple' ? { exclusive: true } : {}),
      }));
    case 'scale': {
      const steps = ownValue(scales, question.scale)?.steps ?? [];
      return steps.map((step) => ({
        value: step.value,
        label: step.label,
        score: step.score,
        action: ownValue(question.actions, step.value) ?? step.action,
      }));
    }
    case 'yes-no': {
      const scores = { ...YES_NO_DEFAULT_SCORES, ...question.scores };
      const withPartly = question.partly ?? true;
      const options: Option[] = [{ value: 'yes', label: 'Yes', score: scores.yes, action: question.actions?.yes }];
      if (withPartly) {
        options.push({
          value: 'partly',
          label: 'Partly',
          score: scores.partly ?? YES_NO_DEFAULT_SCORES.partly,
          action: question.actions?.partly,
        });
      }
      options.push({ value: 'no', label: 'No', score: scores.no, action: question.actions?.no });
      return options;
    }
    case 'text':
      return [];
  }
}

function maxScoreOf(question: QuestionFile, options: Option[]): number {
  if (question.kind === 'text') return 0;
  if (question.kind === 'multiple') {
    const sum = options.reduce((total, option) => total + Math.max(0, option.score), 0);
    return question.maxScore ?? sum;
  }
  return options.reduce((best, option) => Math.max(best, option.score), 0);
}

function normalizeQuestion(question: QuestionFile, sectionId: string, number: string, scales: Record<string, ScaleFile>): Question {
  const options = resolveOptions(question, scales);
  const maxScore = maxScoreOf(question, options);
  const weight = question.weight ?? 1;
  const minimum = 'critical' in question ? question.critical : undefined;
  const minimumOption = minimum ? options.find((option) => option.value === minimum.minimum) : undefined;
  const mustHave = 'mustHave' in question ? question.mustHave : undefined;
  const mustHaveOption = mustHave ? options.find((option) => option.value === mustHave.minimum) : undefined;
  return {
    id: question.id,
    sectionId,
    number,
    text: question.text,
    help: question.help,
    kind: question.kind === 'multiple' ? 'multiple' : question.kind === 'text' ? 'text' : 'single',
    presentation: question.kind,
    scaleLabel: question.kind === 'scale' ? ownValue(scales, question.scale)?.label : undefined,
    options,
    maxScore,
    weight,
    scored: weight > 0 && maxScore > 0,
    required: question.required ?? true,
    notApplicable: question.notApplicable ?? false,
    evidence: question.evidence ?? 'optional',
    multiline: question.kind === 'text' ? (question.multiline ?? true) : true,
    visibleWhen: question.visibleWhen,
    critical:
      minimum && minimumOption ? { minimum: minimum.minimum, minimumScore: minimumOption.score, reason: minimum.reason } : undefined,
    mustHave:
      mustHave && mustHaveOption
        ? { minimum: mustHave.minimum, minimumScore: mustHaveOption.score, name: mustHave.name, reason: mustHave.reason }
        : undefined,
    action: question.action,
    sources: question.sources ?? [],
    actionGroup: question.actionGroup,
  };
}

/**
 * Resolves scales, yes/no options and defaults, numbers everything and sorts
 * the bands: the questionnaire without its content hash. Call only on a file
 * that passed `checkQuestionnaire`: a missing scale would silently yield no options.
 */
export function normalizeContent(file: QuestionnaireFile): Omit<Questionnaire, 'contentHash'> {
  const scales = file.scales ?? {};
  const sections: Section[] = file.sections.map((section, sectionIndex) => ({
    id: section.id,
    number: sectionIndex + 1,
    title: section.title,
    intro: section.intro,
    weight: section.weight ?? 1,
    visibleWhen: section.visibleWhen,
    questions: section.questions.map((question, questionIndex) =>
      normalizeQuestion(question, section.id, `${sectionIndex + 1}.${questionIndex + 1}`, scales),
    ),
  }));
  return {
    id: file.id,
    version: file.version,
    title: file.title,
    description: file.description,
    audience: file.audience,
    estimatedMinutes: file.estimatedMinutes,
    language: file.language ?? 'en',
    bands: [...file.bands].sort((a, b) => a.from - b.from),
    sections,
    sectionFloor: file.sectionFloor ?? DEFAULT_SECTION_FLOOR,
    actionGroups: file.actionGroups ?? {},
    changelog: file.changelog ?? [],
    ...(file.fullReview ? { fullReview: file.fullReview } : {}),
  };
}

/** `normalizeContent` with the content hash: SHA-256 of the canonical JSON of everything else. */
export async function normalizeQuestionnaire(file: QuestionnaireFile): Promise<Questionnaire> {
  const content = normalizeContent(file);
  return { ...content, contentHash: await sha256Hex(canonicalJson(content)) };
}
