import type { Band } from '../questionnaire/schema.ts';
import type { PendingMustHave, RedFlag, SectionResult, VerdictCap } from './types.ts';
import { roundScore } from './round-score.ts';
import { plural } from '../questionnaire/wording.ts';

function sortedBands(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => a.from - b.from);
}

/** The best band a must-have or a weak section allows: the one just below the top (the only band when there is one). */
export function belowTopBand(bands: readonly Band[]): Band | null {
  const sorted = sortedBands(bands);
  return sorted.at(-2) ?? sorted[0] ?? null;
}

function rank(bands: readonly Band[], band: Band): number {
  return sortedBands(bands).findIndex((candidate) => candidate.from === band.from);
}

export interface VerdictInput {
  bands: readonly Band[];
  sectionFloor: number;
  redFlags: readonly RedFlag[];
  pending: readonly PendingMustHave[];
  sections: readonly SectionResult[];
}

function flagCap(flag: RedFlag, lowest: Band, belowTop: Band): VerdictCap {
  const what = flag.name ? `${flag.name} (question ${flag.number})` : `question ${flag.number}`;
  const blocking = flag.severity === 'blocking';
  return {
    kind: blocking ? 'blocking-flag' : 'must-have-not-met',
    band: blocking ? lowest : belowTop,
    questionId: flag.questionId,
    sectionId: flag.sectionId,
    message: blocking
      ? `${what} is answered below “${flag.minimumLabel}”, which blocks launch.`
      : `${what} is not met: it needs “${flag.minimumLabel}” or better.`,
  };
}

function sectionCaps(sections: readonly SectionResult[], floor: number, belowTop: Band): VerdictCap[] {
  return sections.flatMap((section): VerdictCap[] => {
    if (!section.visible || section.weight <= 0) return [];
    if (!section.assessed) {
      return [
        {
          kind: 'section-not-assessed',
          band: belowTop,
          questionId: null,
          sectionId: section.id,
          message: `${section.number}. ${section.title} is not assessed: most of its weight is answered “Not applicable”.`,
        },
      ];
    }
    if (section.score !== null && floor > 0 && roundScore(section.score) < floor) {
      return [
        {
          kind: 'section-below-floor',
          band: belowTop,
          questionId: null,
          sectionId: section.id,
          message: `${section.number}. ${section.title} scores ${roundScore(section.score)}, under the floor of ${floor} that every section must reach.`,
        },
      ];
    }
    return [];
  });
}

/**
 * Every reason the verdict is held down, worst first: blocking red flags cap
 * it at the lowest band; unmet or unanswered must-haves, a section under the
 * floor and a section not assessed cap it just below the top. A strong answer
 * elsewhere can raise the score, never lift a cap.
 */
export function findVerdictCaps(input: VerdictInput): VerdictCap[] {
  const sorted = sortedBands(input.bands);
  const lowest = sorted[0];
  const belowTop = belowTopBand(input.bands);
  if (!lowest || !belowTop) return [];
  const pendingCaps = input.pending.map((pending): VerdictCap => ({
    kind: 'must-have-unanswered',
    band: belowTop,
    questionId: pending.questionId,
    sectionId: pending.sectionId,
    message: pending.name
      ? `${pending.name} (question ${pending.number}) is still to answer.`
      : `Question ${pending.number}, which can block launch, is still to answer.`,
  }));
  const caps = [
    ...input.redFlags.map((flag) => flagCap(flag, lowest, belowTop)),
    ...pendingCaps,
    ...sectionCaps(input.sections, input.sectionFloor, belowTop),
  ];
  // Stable: blocking first, then the rest in the order above.
  return caps.sort((a, b) => rank(input.bands, a.band) - rank(input.bands, b.band));
}

/** The verdict: the score's own band, or the lowest cap if that is lower. */
export function applyCaps(bands: readonly Band[], numericBand: Band | null, caps: readonly VerdictCap[]): Band | null {
  // No score (nothing counted) means no verdict either: a cap cannot invent one.
  if (numericBand === null) return null;
  return caps.reduce<Band>((band, cap) => (rank(bands, cap.band) < rank(bands, band) ? cap.band : band), numericBand);
}

/** The sentence that introduces the caps, on screen and in the report. */
export function capsLead(result: {
  band: Band | null;
  numericBand: Band | null;
  capped: boolean;
  caps: readonly VerdictCap[];
}): string | null {
  const worst = result.caps[0]?.band;
  if (!worst || !result.band) return null;
  if (result.capped && result.numericBand) {
    return `The verdict is “${result.band.label}” although the score alone would give “${result.numericBand.label}”, because:`;
  }
  return `Even with a higher score, the verdict could be no better than “${worst.label}”, because:`;
}

/** Past this many reasons, the verdict names them by kind; every one is still listed with its question below it. */
export const CAPS_LISTED_IN_FULL = 5;

/**
 * The reasons the verdict is held down, as short lines: each one in full
 * when there are few, else one line per kind, so a first assessment's
 * verdict reads in seconds and the red flags list carries the detail.
 */
export function summariseCaps(caps: readonly VerdictCap[]): string[] {
  if (caps.length <= CAPS_LISTED_IN_FULL) return caps.map((cap) => cap.message);
  const of = (kind: VerdictCap['kind']) => caps.filter((cap) => cap.kind === kind);
  const lines: string[] = [];
  const blocking = of('blocking-flag').length;
  if (blocking > 0) lines.push(`${plural(blocking, 'answer blocks', 'answers block')} launch (see the red flags).`);
  const unmet = of('must-have-not-met').length;
  if (unmet > 0) lines.push(`${plural(unmet, 'must-have is', 'must-haves are')} not met (see the red flags).`);
  const pending = of('must-have-unanswered').length;
  if (pending > 0) lines.push(`${plural(pending, 'must-have is', 'must-haves are')} still to answer.`);
  for (const cap of [...of('section-below-floor'), ...of('section-not-assessed')]) lines.push(cap.message);
  return lines;
}
