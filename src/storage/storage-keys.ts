// Kept apart from the store, with no imports, so the boot entry can read a
// saved assessment's questionnaire id without pulling in the storage code.

/** Every saved assessment lives under this prefix followed by its id. */
export const ASSESSMENT_KEY_PREFIX = 'oversight:v1:assessment:';

export function assessmentKey(id: string): string {
  return `${ASSESSMENT_KEY_PREFIX}${id}`;
}

/** Every questionnaire a person loaded lives under this prefix followed by `<id>@<version>`. */
export const QUESTIONNAIRE_KEY_PREFIX = 'oversight:v1:questionnaire:';

// Ids are lowercase letters, digits and hyphens and versions digits and dots
// (the questionnaire schema), so "@" can never be part of either.
export function questionnaireKey(id: string, version: string): string {
  return `${QUESTIONNAIRE_KEY_PREFIX}${id}@${version}`;
}
/** What the facilitator loaded on the compare page (src/compare/comparison-session.ts), kept across a reload. */
export const COMPARISON_SESSION_KEY = 'oversight:v1:comparison';
