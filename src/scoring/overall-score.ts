import type { SectionResult, SectionScore } from './types.ts';

/** Whether a section takes part in the overall score. */
export function takesPart(section: SectionScore): boolean {
  return section.visible && section.score !== null && section.weight > 0;
}

/** Gives each section its share of the overall: weight / Σ weights of the sections taking part. */
export function withShares(sections: readonly SectionScore[]): SectionResult[] {
  const total = sections.filter(takesPart).reduce((sum, section) => sum + section.weight, 0);
  return sections.map((section) => {
    const part = takesPart(section) && total > 0;
    return { ...section, takesPart: part, share: part ? section.weight / total : 0 };
  });
}

/**
 * The overall score: the average of the section scores weighted by section
 * weight, over the sections taking part. Null when none does (every scored
 * question hidden or "Not applicable"): 0 would claim a failure nobody
 * measured, so the result says "not scored" instead.
 */
export function overallScore(sections: readonly SectionScore[]): number | null {
  const parts = sections.filter(takesPart);
  const totalWeight = parts.reduce((sum, section) => sum + section.weight, 0);
  if (totalWeight <= 0) return null;
  // Work on fractions (contribution / possible) rather than the rounded-looking
  // 0–100 section scores, so that all-best answers give exactly 100.
  const weighted = parts.reduce((sum, section) => sum + section.weight * (section.contribution / section.possible), 0);
  return Math.min(100, Math.max(0, 100 * (weighted / totalWeight)));
}
