import type { Answers } from '../questionnaire/answers.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Assessment } from '../storage/assessment.ts';
import { reconcileWithQuestionnaire, type DroppedAnswer } from '../storage/reconcile-with-questionnaire.ts';

/**
 * Where a set of answers came from: an exported answers file, the data a
 * PDF report carries, or an assessment saved in this browser.
 */
export type AnswerSetSource =
  { kind: 'answers-file'; fileName: string } | { kind: 'report'; fileName: string } | { kind: 'stored'; assessmentId: string };

/** One person's (or team's) answers, before they are fitted to the questionnaire being compared. */
export interface AnswerSet {
  /** Unique among the sets loaded together; also the React key. */
  key: string;
  /** What the comparison calls this respondent; the person may change it. */
  name: string;
  source: AnswerSetSource;
  assessment: Assessment;
}

/** An answer set fitted to one questionnaire: the answers kept by question id, and what could not be kept. */
export interface MatchedAnswerSet extends AnswerSet {
  answers: Answers;
  /** Answers (or picked values) the questionnaire no longer has, each with the reason in words. */
  unmatched: DroppedAnswer[];
  /** The version the answers were made with when it is not the one compared; null when it is. */
  otherVersion: string | null;
}

export type MatchOutcome = { ok: true; set: MatchedAnswerSet } | { ok: false; message: string };

/** "the file street-lens.json", "the report audit.pdf", "the saved assessment “Street Lens”": for messages. */
export function describeSource(set: Pick<AnswerSet, 'source' | 'assessment'>): string {
  const { source } = set;
  if (source.kind === 'answers-file') return `The file “${source.fileName}”`;
  if (source.kind === 'report') return `The report “${source.fileName}”`;
  return `The saved assessment “${set.assessment.context.project}”`;
}

/**
 * A first name for a respondent: the assessor named in the answers, else the
 * project, else the file name without its extension. Two files from the same
 * team often share a project, so the assessor comes first.
 */
export function defaultRespondentName(assessment: Assessment, source: AnswerSetSource): string {
  const assessor = assessment.context.assessorName.trim();
  if (assessor) return assessor;
  const project = assessment.context.project.trim();
  if (project) return project;
  return source.kind === 'stored' ? source.assessmentId : source.fileName.replace(/\.[^.]+$/, '') || source.fileName;
}

/**
 * Names made unique by a counter ("Ada", "Ada (2)"): a table with two
 * columns of the same name could not be read.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(names.map((name) => name.trim()));
  return names.map((raw) => {
    const name = raw.trim() || 'Respondent';
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    let suffix = count;
    while (taken.has(`${name} (${suffix})`)) suffix += 1;
    const unique = `${name} (${suffix})`;
    taken.add(unique);
    return unique;
  });
}

/**
 * Fits an answer set to the questionnaire being compared. Answers are kept
 * by question id whatever the version they were made with
 * (`reconcileWithQuestionnaire`); what cannot be kept is listed. Answers to
 * another questionnaire altogether are refused, naming where they came from.
 */
export function matchAnswerSet(set: AnswerSet, questionnaire: Questionnaire): MatchOutcome {
  const made = set.assessment.questionnaire;
  if (made.id !== questionnaire.id) {
    return {
      ok: false,
      message:
        `${describeSource(set)} holds answers to “${made.title}” (${made.id}), not to “${questionnaire.title}” (${questionnaire.id}). ` +
        'Only answers to the same questionnaire can be compared.',
    };
  }
  const reconciled = reconcileWithQuestionnaire(set.assessment, questionnaire);
  return {
    ok: true,
    set: {
      ...set,
      answers: reconciled.assessment.answers,
      unmatched: reconciled.dropped,
      otherVersion: reconciled.sameVersion ? null : made.version,
    },
  };
}

/** "from the file ada.json, made with version 1.0.0; 2 answers not matched": where a respondent's answers came from, in words. */
export function originOf(set: MatchedAnswerSet): string {
  const { source } = set;
  const from =
    source.kind === 'answers-file'
      ? `from the file ${source.fileName}`
      : source.kind === 'report'
        ? `from the report ${source.fileName}`
        : `the assessment “${set.assessment.context.project}” saved in this browser`;
  const version = set.otherVersion === null ? '' : `, made with version ${set.otherVersion}`;
  const count = set.unmatched.length;
  const unmatched = count === 0 ? '' : `; ${count} ${count === 1 ? 'answer' : 'answers'} not matched`;
  return `${from}${version}${unmatched}`;
}
