import { annotateQuestionnaireText } from './annotate-questionnaire-yaml.ts';

// The smallest questionnaire worth starting from: one of each common kind of
// question, bands that cover 0 to 100, one scored question. It passes the
// checker as it is (questionnaire-template.test.ts).
const TEMPLATE = `id: my-questionnaire
version: 1.0.0
title: My questionnaire
description: What this questionnaire helps a team find out, in a sentence or two.
audience: The product team
estimatedMinutes: 10
bands:
  - from: 0
    to: 50
    label: Not ready
    meaning: Important safeguards are missing; deal with the recommended actions first.
  - from: 50
    to: 80
    label: Nearly ready
    meaning: The basics are there; close the remaining gaps before launch.
  - from: 80
    to: 100
    label: Ready
    meaning: Go ahead, and keep checking as the product changes.
changelog:
  - version: 1.0.0
    changes:
      - First version.
sections:
  - id: basics
    title: The basics
    intro: Who is responsible, and what has been checked.
    questions:
      - id: owner
        kind: yes-no
        text: Is one named person responsible for the harms this product could cause?
        help: A name, not a team. They decide when something must stop.
        weight: 2
        action: Name one person who answers for the product's harms.
      - id: testing
        kind: single
        text: How was the product tested with the people it will serve?
        options:
          - value: not-yet
            label: Not yet
            score: 0
            action: Test with people from each group the product serves before launch.
          - value: internal
            label: By our own team
            score: 1
          - value: real-users
            label: With real users from each group
            score: 2
      - id: notes
        kind: text
        text: Anything a reviewer should know?
        required: false
`;

const HEADER = [
  ' A questionnaire template for Oversight.',
  '',
  ' Replace the examples with your own questions, then load the file in Oversight (home page,',
  ' "Your questionnaires"): it is checked there, every problem listed with its line. Each field is',
  ' explained where it first appears; the full format, with every kind of question, is in',
  ' Oversight\'s README ("Writing a questionnaire") and src/questionnaire/schema.ts.',
].join('\n');

export const TEMPLATE_FILE_NAME = 'my-questionnaire.yaml';

/** The template with each field explained in a comment. */
export function questionnaireTemplate(): string {
  return annotateQuestionnaireText(TEMPLATE, HEADER).text;
}
