// YAML files that live in questions/ but are not questionnaires. Each is read
// by its own tool, and would fail the questionnaire checks if read as one:
// requirements.yaml is the requirements map (`npm run questions:coverage`).
// Named one by one, so that any other YAML file put in questions/ is still
// checked and bundled as a questionnaire rather than silently skipped.
export const NOT_QUESTIONNAIRES: readonly string[] = ['requirements.yaml'];

/** True for a file name in a questions folder that holds a questionnaire. */
export function isQuestionnaireFileName(name: string): boolean {
  return /\.ya?ml$/.test(name) && !NOT_QUESTIONNAIRES.includes(name);
}
