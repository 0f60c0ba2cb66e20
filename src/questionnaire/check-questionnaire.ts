import { QUESTIONNAIRE_LIMITS, type Condition, type QuestionFile, type QuestionnaireFile } from './schema.ts';
import { ownValue } from './unsafe-keys.ts';

export type PathSegment = string | number;

/** One problem in a questionnaire file, at a path inside it. */
export interface QuestionnaireIssue {
  path: PathSegment[];
  message: string;
}

type QuestionInfo = { values: Set<string> | null; kind: QuestionFile['kind'] };

function optionValues(question: QuestionFile, file: QuestionnaireFile): Set<string> | null {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return new Set(question.options.map((option) => option.value));
    case 'scale': {
      const scale = ownValue(file.scales, question.scale);
      return scale ? new Set(scale.steps.map((step) => step.value)) : null;
    }
    case 'yes-no':
      return new Set(question.partly === false ? ['yes', 'no'] : ['yes', 'partly', 'no']);
    case 'text':
      return null;
  }
}

function checkCondition(
  condition: Condition,
  path: PathSegment[],
  earlier: Map<string, QuestionInfo>,
  allIds: Set<string>,
  issues: QuestionnaireIssue[],
): void {
  if ('not' in condition) {
    checkCondition(condition.not, [...path, 'not'], earlier, allIds, issues);
    return;
  }
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const parts = 'all' in condition ? condition.all : condition.any;
    parts.forEach((part, index) => checkCondition(part, [...path, key, index], earlier, allIds, issues));
    return;
  }
  const target = earlier.get(condition.question);
  if (!target) {
    issues.push({
      path: [...path, 'question'],
      message: allIds.has(condition.question)
        ? `refers to "${condition.question}", which comes later or is this question itself; conditions may only refer to earlier questions`
        : `refers to "${condition.question}", which is not a question in this questionnaire`,
    });
    return;
  }
  const wanted = 'equals' in condition ? [condition.equals] : 'oneOf' in condition ? condition.oneOf : [];
  if (wanted.length > 0 && target.values === null) {
    issues.push({
      path: [...path, 'equals' in condition ? 'equals' : 'oneOf'],
      message: `"${condition.question}" is a ${target.kind} question; compare its options only on choice questions, or use "answered"`,
    });
    return;
  }
  wanted.forEach((value, index) => {
    if (target.values && !target.values.has(value)) {
      issues.push({
        path: 'equals' in condition ? [...path, 'equals'] : [...path, 'oneOf', index],
        message: `"${value}" is not an option of "${condition.question}" (options: ${[...target.values].join(', ')})`,
      });
    }
  });
}

function checkBands(file: QuestionnaireFile, issues: QuestionnaireIssue[]): void {
  const order = file.bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.from - b.band.from);
  order.forEach(({ band, index }, position) => {
    if (band.from >= band.to) {
      issues.push({ path: ['bands', index, 'to'], message: `must be greater than "from" (${band.from})` });
    }
    if (position === 0 && band.from !== 0) {
      issues.push({ path: ['bands', index, 'from'], message: `the lowest band must start at 0, not ${band.from}` });
    }
    const next = order[position + 1];
    if (next && band.to < next.band.from) {
      issues.push({
        path: ['bands', index, 'to'],
        message: `leaves a gap: scores from ${band.to} to ${next.band.from} fall in no band`,
      });
    }
    if (next && band.to > next.band.from) {
      issues.push({
        path: ['bands', index, 'to'],
        message: `overlaps "${next.band.label}", which starts at ${next.band.from}`,
      });
    }
    if (!next && band.to !== 100) {
      issues.push({ path: ['bands', index, 'to'], message: `the highest band must end at 100, not ${band.to}` });
    }
  });
}

function checkScales(file: QuestionnaireFile, issues: QuestionnaireIssue[]): void {
  for (const [scaleId, scale] of Object.entries(file.scales ?? {})) {
    if (scale.min >= scale.max) {
      issues.push({ path: ['scales', scaleId, 'max'], message: `must be greater than min (${scale.min})` });
    }
    const seen = new Set<string>();
    scale.steps.forEach((step, index) => {
      if (seen.has(step.value)) {
        issues.push({ path: ['scales', scaleId, 'steps', index, 'value'], message: `duplicate step value "${step.value}"` });
      }
      seen.add(step.value);
      if (step.score < scale.min || step.score > scale.max) {
        issues.push({
          path: ['scales', scaleId, 'steps', index, 'score'],
          message: `${step.score} is outside the scale's range ${scale.min}–${scale.max}`,
        });
      }
    });
  }
}

function checkQuestion(question: QuestionFile, path: PathSegment[], file: QuestionnaireFile, issues: QuestionnaireIssue[]): void {
  if (question.kind === 'single' || question.kind === 'multiple') {
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      if (seen.has(option.value)) {
        issues.push({ path: [...path, 'options', index, 'value'], message: `duplicate option value "${option.value}"` });
      }
      seen.add(option.value);
      if ((option.score ?? 0) < 0) {
        issues.push({ path: [...path, 'options', index, 'score'], message: 'must not be negative' });
      }
    });
  }
  if (question.kind === 'multiple' && question.maxScore !== undefined) {
    const reachable = question.options.reduce((sum, option) => sum + Math.max(0, option.score ?? 0), 0);
    if (question.maxScore > reachable) {
      issues.push({
        path: [...path, 'maxScore'],
        message: `${question.maxScore} can never be reached: all options together score ${reachable}`,
      });
    }
  }
  if (question.kind === 'scale') {
    const scale = ownValue(file.scales, question.scale);
    if (!scale) {
      const known = Object.keys(file.scales ?? {});
      issues.push({
        path: [...path, 'scale'],
        message: `no scale "${question.scale}" under "scales"${known.length ? ` (known: ${known.join(', ')})` : ''}`,
      });
    } else {
      for (const key of Object.keys(question.actions ?? {})) {
        if (!scale.steps.some((step) => step.value === key)) {
          issues.push({ path: [...path, 'actions', key], message: `"${key}" is not a step of scale "${question.scale}"` });
        }
      }
    }
  }
  if (question.kind === 'yes-no') {
    for (const [key, score] of Object.entries(question.scores ?? {})) {
      if (score !== undefined && score < 0) {
        issues.push({ path: [...path, 'scores', key], message: 'must not be negative' });
      }
    }
    if (question.partly === false && (question.scores?.partly !== undefined || question.actions?.partly)) {
      issues.push({ path: [...path, 'partly'], message: 'is false, yet a score or action is given for "partly"' });
    }
  }
  if (question.kind === 'single') {
    question.options.forEach((option, index) => {
      if (option.exclusive) {
        issues.push({
          path: [...path, 'options', index, 'exclusive'],
          message: 'only a pick-many ("multiple") question can have an exclusive option; a pick-one answer is exclusive already',
        });
      }
    });
  }
  checkGrades(question, path, file, issues);
  if (question.actionGroup !== undefined && ownValue(file.actionGroups, question.actionGroup) === undefined) {
    const known = Object.keys(file.actionGroups ?? {});
    issues.push({
      path: [...path, 'actionGroup'],
      message: `no action group "${question.actionGroup}" under "actionGroups"${known.length ? ` (known: ${known.join(', ')})` : ''}`,
    });
  }
}

/** The score of one of the question's own option or step values; undefined when it has no such value. */
function scoreOfValue(question: QuestionFile, file: QuestionnaireFile, value: string): number | undefined {
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const option = question.options.find((candidate) => candidate.value === value);
      return option ? (option.score ?? 0) : undefined;
    }
    case 'scale':
      return ownValue(file.scales, question.scale)?.steps.find((step) => step.value === value)?.score;
    case 'yes-no': {
      const scores = { yes: 2, partly: 1, no: 0, ...question.scores };
      if (value === 'partly' && question.partly === false) return undefined;
      return value === 'yes' || value === 'partly' || value === 'no' ? scores[value] : undefined;
    }
    case 'text':
      return undefined;
  }
}

/**
 * Critical questions and must-haves decide the verdict, so their thresholds
 * must be real options, consistent with each other, and impossible to dodge
 * with "Not applicable" (that is how a score used to reach 100 with the
 * awkward questions skipped).
 */
function checkGrades(question: QuestionFile, path: PathSegment[], file: QuestionnaireFile, issues: QuestionnaireIssue[]): void {
  if (question.kind === 'text') return;
  const values = optionValues(question, file);
  const thresholds = [
    ['critical', question.critical?.minimum],
    ['mustHave', question.mustHave?.minimum],
  ] as const;
  for (const [key, minimum] of thresholds) {
    if (minimum === undefined) continue;
    if (values && !values.has(minimum)) {
      issues.push({
        path: [...path, key, 'minimum'],
        message: `"${minimum}" is not one of this question's options (${[...values].join(', ')})`,
      });
    }
    if (question.notApplicable) {
      issues.push({
        path: [...path, 'notApplicable'],
        message: `must not be offered on a ${key === 'critical' ? 'critical question' : 'must-have'}: "Not applicable" would let a team skip what decides the verdict; add an option that needs a reason instead (requiresReason)`,
      });
    }
  }
  const criticalScore = question.critical ? scoreOfValue(question, file, question.critical.minimum) : undefined;
  const mustHaveScore = question.mustHave ? scoreOfValue(question, file, question.mustHave.minimum) : undefined;
  if (criticalScore !== undefined && mustHaveScore !== undefined && criticalScore > mustHaveScore) {
    issues.push({
      path: [...path, 'critical', 'minimum'],
      message: `"${question.critical?.minimum}" scores more than the must-have's minimum "${question.mustHave?.minimum}"; a blocking threshold must not be above the must-have`,
    });
  }
}

function checkActionGroups(file: QuestionnaireFile, issues: QuestionnaireIssue[]): void {
  const questions = file.sections.flatMap((section) => section.questions);
  const used = new Set(questions.map((question) => question.actionGroup));
  const questionIds = new Set(questions.map((question) => question.id));
  for (const groupId of Object.keys(file.actionGroups ?? {})) {
    if (!used.has(groupId)) {
      issues.push({ path: ['actionGroups', groupId], message: `no question belongs to action group "${groupId}"` });
    }
    // Owners and dates are kept under an action's id, which is a group id or a question id.
    if (questionIds.has(groupId)) {
      issues.push({ path: ['actionGroups', groupId], message: `"${groupId}" is also a question id; give the group another id` });
    }
  }
}

function isScored(question: QuestionFile, file: QuestionnaireFile, sectionWeight: number): boolean {
  if (question.kind === 'text' || sectionWeight === 0 || (question.weight ?? 1) === 0) return false;
  if (question.kind === 'scale') return (ownValue(file.scales, question.scale)?.steps ?? []).some((step) => step.score > 0);
  if (question.kind === 'yes-no') return Math.max(question.scores?.yes ?? 2, question.scores?.partly ?? 0, question.scores?.no ?? 0) > 0;
  return question.options.some((option) => (option.score ?? 0) > 0);
}

/**
 * The checks beyond shape: ids, references, bands, scores. Returns every
 * problem found (not just the first), each at the path it concerns, so a
 * facilitator can fix a file in one pass.
 */
export function checkQuestionnaire(file: QuestionnaireFile): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const allIds = new Set(file.sections.flatMap((section) => section.questions.map((question) => question.id)));
  const earlier = new Map<string, QuestionInfo>();
  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  let scoredCount = 0;

  checkScales(file, issues);
  checkBands(file, issues);
  checkActionGroups(file, issues);

  file.sections.forEach((section, sectionIndex) => {
    const sectionPath: PathSegment[] = ['sections', sectionIndex];
    if (sectionIds.has(section.id)) {
      issues.push({ path: [...sectionPath, 'id'], message: `duplicate section id "${section.id}"` });
    }
    sectionIds.add(section.id);
    if (section.visibleWhen) {
      // A section's condition may only look at questions in earlier sections.
      checkCondition(section.visibleWhen, [...sectionPath, 'visibleWhen'], earlier, allIds, issues);
    }
    section.questions.forEach((question, questionIndex) => {
      const path: PathSegment[] = [...sectionPath, 'questions', questionIndex];
      if (questionIds.has(question.id)) {
        issues.push({ path: [...path, 'id'], message: `duplicate question id "${question.id}"` });
      }
      questionIds.add(question.id);
      if (question.visibleWhen) {
        checkCondition(question.visibleWhen, [...path, 'visibleWhen'], earlier, allIds, issues);
      }
      checkQuestion(question, path, file, issues);
      if (isScored(question, file, section.weight ?? 1)) scoredCount += 1;
      earlier.set(question.id, { values: optionValues(question, file), kind: question.kind });
    });
  });

  const questionCount = file.sections.reduce((total, section) => total + section.questions.length, 0);
  if (questionCount > QUESTIONNAIRE_LIMITS.questions) {
    issues.push({
      path: ['sections'],
      message: `hold ${questionCount.toLocaleString('en')} questions; a questionnaire may have at most ${QUESTIONNAIRE_LIMITS.questions.toLocaleString('en')}`,
    });
  }
  if (scoredCount === 0) {
    issues.push({
      path: ['sections'],
      message:
        'no question can score points: at least one choice question with a positive score and weight, in a section with a positive weight, is needed',
    });
  }
  return issues;
}
