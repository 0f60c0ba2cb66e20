import type { Question, Questionnaire } from '../questionnaire/model.ts';
import { normalizeContent } from '../questionnaire/normalize-questionnaire.ts';
import type { Band, Condition, QuestionFile, QuestionnaireFile } from '../questionnaire/schema.ts';

// Test support: questionnaires from short literals, through the real
// normaliser, so that tests state only what they are about and every derived
// field (numbers, maxScore, scored, minimum scores) is the one the app derives.

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

function questionFile(spec: QuestionSpec): QuestionFile {
  const base = {
    id: spec.id,
    text: spec.text ?? `Question ${spec.id}?`,
    weight: spec.weight,
    required: spec.required,
    notApplicable: spec.notApplicable,
    visibleWhen: spec.visibleWhen,
    action: spec.action,
    actionGroup: spec.actionGroup,
  };
  if (spec.kind === 'text') return { ...base, kind: 'text' };
  const options = (spec.options ?? []).map((option) => ({ ...option, label: option.label ?? option.value }));
  const graded = {
    ...(spec.critical ? { critical: spec.critical } : {}),
    ...(spec.mustHave
      ? {
          mustHave: {
            minimum: spec.mustHave.minimum,
            name: spec.mustHave.name ?? `Must-have ${spec.id}`,
            reason: spec.mustHave.reason ?? 'A reviewer would not sign without it.',
          },
        }
      : {}),
  };
  if (spec.kind === 'multiple') return { ...base, ...graded, kind: 'multiple', options, maxScore: spec.maxScore };
  return { ...base, ...graded, kind: 'single', options };
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
  const file: QuestionnaireFile = {
    id: 'test',
    version: '1.0.0',
    title: 'Test questionnaire',
    description: 'Built for a test.',
    audience: 'Tests',
    estimatedMinutes: 5,
    bands,
    // Off unless a test is about it, so that older expectations keep their meaning.
    sectionFloor: extras.sectionFloor ?? 0,
    actionGroups: extras.actionGroups,
    sections: sections.map((section) => ({
      id: section.id,
      title: section.title ?? `Section ${section.id}`,
      weight: section.weight,
      visibleWhen: section.visibleWhen,
      questions: section.questions.map(questionFile),
    })),
  };
  // A fixed hash: tests compare scores, not content hashes, and the builder stays synchronous.
  return { ...normalizeContent(file), contentHash: '0'.repeat(64) };
}

/** One question as the normaliser makes it, placed in the given section and number. */
export function buildQuestion(spec: QuestionSpec, sectionId: string, number: string): Question {
  const [question] = buildQuestionnaire([{ id: sectionId, questions: [spec] }]).sections[0]?.questions ?? [];
  if (!question) throw new Error(`the question ${spec.id} did not survive normalisation`);
  return { ...question, number };
}
