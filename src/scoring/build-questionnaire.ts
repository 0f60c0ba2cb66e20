import type { Option, Question, Questionnaire, Section } from '../questionnaire/model.ts';
import type { Band, Condition } from '../questionnaire/schema.ts';

// Test support: builds normalised questionnaires from short literals, deriving
// what normalisation would (numbers, maxScore, scored, critical.minimumScore),
// so that tests state only what they are about.

export interface QuestionSpec {
  id: string;
  kind?: Question['kind'];
  text?: string;
  options?: Array<{ value: string; score: number; label?: string; action?: string; requiresReason?: boolean; exclusive?: boolean }>;
  maxScore?: number;
  weight?: number;
  required?: boolean;
  notApplicable?: boolean;
  visibleWhen?: Condition;
  critical?: { minimum: string; reason?: string };
  mustHave?: { minimum: string; name?: string; reason?: string };
  action?: string;
  actionGroup?: string;
}

export interface SectionSpec {
  id: string;
  title?: string;
  weight?: number;
  visibleWhen?: Condition;
  questions: QuestionSpec[];
}

export const DEFAULT_BANDS: Band[] = [
  { from: 0, to: 50, label: 'Not ready', meaning: 'Stop.' },
  { from: 50, to: 80, label: 'Launch with conditions', meaning: 'Fix the gaps.' },
  { from: 80, to: 100, label: 'Ready', meaning: 'Go.' },
];

function maxScoreOf(kind: Question['kind'], options: readonly Option[], explicit: number | undefined): number {
  if (kind === 'text') return 0;
  if (kind === 'multiple') return explicit ?? options.reduce((sum, option) => sum + Math.max(0, option.score), 0);
  return options.reduce((best, option) => Math.max(best, option.score), 0);
}

export function buildQuestion(spec: QuestionSpec, sectionId: string, number: string): Question {
  const kind = spec.kind ?? 'single';
  const options: Option[] = (kind === 'text' ? [] : (spec.options ?? [])).map((option) => ({
    value: option.value,
    label: option.label ?? option.value,
    score: option.score,
    action: option.action,
    ...(option.requiresReason ? { requiresReason: true } : {}),
    ...(option.exclusive ? { exclusive: true } : {}),
  }));
  const maxScore = maxScoreOf(kind, options, spec.maxScore);
  const weight = spec.weight ?? 1;
  const minimum = spec.critical ? options.find((option) => option.value === spec.critical?.minimum) : undefined;
  const mustHave = spec.mustHave ? options.find((option) => option.value === spec.mustHave?.minimum) : undefined;
  return {
    id: spec.id,
    sectionId,
    number,
    text: spec.text ?? `Question ${spec.id}?`,
    kind,
    presentation: kind,
    options,
    maxScore,
    weight,
    scored: weight > 0 && maxScore > 0,
    required: spec.required ?? true,
    notApplicable: spec.notApplicable ?? false,
    evidence: 'optional',
    multiline: true,
    visibleWhen: spec.visibleWhen,
    critical:
      spec.critical && minimum
        ? { minimum: spec.critical.minimum, minimumScore: minimum.score, reason: spec.critical.reason }
        : undefined,
    mustHave:
      spec.mustHave && mustHave
        ? {
            minimum: spec.mustHave.minimum,
            minimumScore: mustHave.score,
            name: spec.mustHave.name ?? `Must-have ${spec.id}`,
            reason: spec.mustHave.reason ?? 'A reviewer would not sign without it.',
          }
        : undefined,
    action: spec.action,
    sources: [],
    actionGroup: spec.actionGroup,
  };
}

export interface QuestionnaireExtras {
  sectionFloor?: number;
  actionGroups?: Questionnaire['actionGroups'];
}

export function buildQuestionnaire(
  sections: SectionSpec[],
  bands: Band[] = DEFAULT_BANDS,
  extras: QuestionnaireExtras = {},
): Questionnaire {
  const built: Section[] = sections.map((section, sectionIndex) => ({
    id: section.id,
    number: sectionIndex + 1,
    title: section.title ?? `Section ${section.id}`,
    weight: section.weight ?? 1,
    visibleWhen: section.visibleWhen,
    questions: section.questions.map((question, questionIndex) =>
      buildQuestion(question, section.id, `${sectionIndex + 1}.${questionIndex + 1}`),
    ),
  }));
  return {
    id: 'test',
    version: '1.0.0',
    title: 'Test questionnaire',
    description: 'Built for a test.',
    audience: 'Tests',
    estimatedMinutes: 5,
    language: 'en',
    bands: [...bands].sort((a, b) => a.from - b.from),
    sections: built,
    // Off unless a test is about it, so that older expectations keep their meaning.
    sectionFloor: extras.sectionFloor ?? 0,
    actionGroups: extras.actionGroups ?? {},
    changelog: [],
    contentHash: '0'.repeat(64),
  };
}
