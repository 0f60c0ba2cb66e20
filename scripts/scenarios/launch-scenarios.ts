import type { Scenario } from './scenario.ts';

const POLICE_LFR = {
  'deployer-type': 'public-authority',
  'processes-biometric-data': 'yes',
  'biometric-mode': 'identification',
  'public-surveillance': 'yes',
  'consequential-decisions': 'yes',
} as const;

const RETAIL_REPEAT_VISITORS = {
  'deployer-type': 'private-company',
  'processes-biometric-data': 'yes',
  'biometric-mode': 'identification',
  'public-surveillance': 'yes',
  'consequential-decisions': 'partly',
} as const;

/** A first assessment, mostly "in progress": every must-have falls short, none of the main ones blocks. */
const TYPICAL_FLAGS = [
  'accountable-owner',
  'impact-assessment',
  'rights-impact-assessment',
  'bias-testing',
  'complaint-redress',
  'individual-rights',
  'human-review-decisions',
  'residual-risk-acceptance',
  'trust-harm-metrics',
  'pause-triggers',
  'rollback-capability',
];

const RETAIL_TYPICAL_FLAGS = [
  ...TYPICAL_FLAGS,
  'lawful-basis-dpia',
  'match-threshold',
  'accuracy-at-threshold',
  'watchlist-criteria',
  'watchlist-deletion',
  'human-review-of-matches',
  'non-match-deletion',
];

/**
 * The situations a careful reviewer tries the verdict with: the cases that
 * gamed version 1.0.0, each kind of deployer, and the quick check beside the
 * full review for the same facts. docs/scoring.md is generated from this list.
 */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'Everything in place',
    story: 'A product with no biometrics, every safeguard in place and independently checked.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: {},
    expected: { band: 'Ready for launch', score: [100, 100], flags: [] },
  },
  {
    name: 'Gamed in 1.0.0: strong answers hide three missing safeguards',
    story:
      'Excellent everywhere except: no written impact assessment, no testing of whether it works worse for some groups, no human review of consequential decisions (1.0.0 said “Ready for launch”, 85.2).',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: {
      'consequential-decisions': 'yes',
      'impact-assessment': 'none',
      'rights-impact-assessment': 'none',
      'bias-testing': 'not-started',
      'human-review-decisions': 'not-started',
    },
    expected: {
      band: 'Not ready',
      score: [85, 92],
      flags: ['impact-assessment', 'rights-impact-assessment', 'bias-testing', 'human-review-decisions'],
      caps: ['blocking-flag', 'must-have-not-met'],
    },
  },
  {
    name: 'Only the data protection impact assessment missing',
    story: 'Everything else is excellent, but the DPIA is only a draft.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: { 'impact-assessment': 'draft' },
    expected: { band: 'Launch with conditions', score: [95, 99], flags: ['impact-assessment'], caps: ['must-have-not-met'] },
  },
  {
    name: 'Planned is not done',
    story: 'Every must-have in place except the acceptance of remaining risks, which is only planned.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: { 'residual-risk-acceptance': 'planned' },
    expected: { band: 'Launch with conditions', score: [95, 99], flags: ['residual-risk-acceptance'], caps: ['must-have-not-met'] },
  },
  {
    name: 'Owner named, without authority',
    story: 'A named person answers for harms but cannot delay or change the launch.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: { 'accountable-owner': 'named-no-authority' },
    expected: { band: 'Launch with conditions', score: [95, 99], flags: ['accountable-owner'], caps: ['must-have-not-met'] },
  },
  {
    name: 'A prohibited practice',
    story: 'A workplace product that reads employees’ emotions, otherwise run by the book.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: { 'prohibited-practices': ['emotion-at-work-or-school'] },
    expected: { band: 'Not ready', score: [97, 99], flags: ['prohibited-practices'], caps: ['blocking-flag'] },
  },
  {
    name: 'A takeaway hidden by an average',
    story: 'Community engagement meets its must-haves and nothing more; the other three takeaways are excellent.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: {
      'community-representatives': 'not-started',
      'groups-consulted': ['none'],
      'consultation-timing': 'after-build',
      'feedback-changed-design': 'no',
      'complaint-redress': 'process-with-redress',
      'individual-rights': 'all',
      'people-told-ai': 'no',
      'accessible-channels': 'no',
      'plain-language-explanation': 'not-started',
      'ongoing-dialogue': 'not-started',
      'publish-consultation': 'no',
      'participation-support': 'no',
    },
    expected: { band: 'Launch with conditions', score: [80, 85], flags: [], caps: ['section-below-floor'] },
  },
  {
    name: 'Awkward questions marked “Not applicable”',
    story:
      'Strong answers, with “Not applicable” claimed for the impact assessment, group testing and human review (1.0.0 let this lift a score to 100); the form never offers it there, and a file that says so counts them as still to answer.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: {
      'impact-assessment': 'n/a',
      'bias-testing': 'n/a',
      'human-review-decisions': 'n/a',
      'feedback-changed-design': 'n/a',
      'oversight-training': 'n/a',
    },
    expected: { band: 'Launch with conditions', score: [80, 92], flags: [], caps: ['must-have-unanswered'] },
  },
  {
    name: 'A typical first assessment',
    story: 'Most things planned or in progress, nothing independently checked yet.',
    questionnaire: 'launch-ethics',
    baseline: 'typical',
    answers: { 'prohibited-practices': ['none'] },
    expected: { band: 'Not ready', score: [40, 60], flags: TYPICAL_FLAGS, caps: ['must-have-not-met'] },
  },
  {
    name: 'No personal data at all',
    story:
      'A tool that forecasts crop yields from weather data: no personal data, no decisions about people, the same output for everyone.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: {
      'consequential-decisions': 'no',
      'impact-assessment': 'no-personal-data',
      'bias-testing': 'same-for-everyone',
      'individual-rights': 'no-data-no-decisions',
      'human-review-decisions': 'no-consequential-decisions',
    },
    expected: { band: 'Ready for launch', score: [100, 100], flags: [] },
  },
  {
    name: 'Live facial recognition that keeps non-matches',
    story:
      'A police force’s live facial recognition, run by the book except that the faces of people who did not match are kept (1.0.0: 84.4).',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: { ...POLICE_LFR, 'non-match-deletion': 'kept' },
    expected: { band: 'Not ready', score: [95, 99], flags: ['non-match-deletion'], caps: ['blocking-flag'] },
  },
  {
    name: 'Public-authority live facial recognition, by the book',
    story:
      'Police live facial recognition with written authority, approved watchlists deleted after each deployment, two-person verification, advance notice.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: POLICE_LFR,
    expected: { band: 'Ready for launch', score: [100, 100], flags: [] },
  },
  {
    name: 'Public-authority live facial recognition, one officer verifies',
    story: 'As above, but a single officer confirms a match before acting (the EU AI Act asks for two people).',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: { ...POLICE_LFR, 'human-review-of-matches': 'yes' },
    expected: { band: 'Launch with conditions', score: [95, 99], flags: ['human-review-of-matches'], caps: ['must-have-not-met'] },
  },
  {
    name: 'Retail: recognising repeat visitors',
    story:
      'A shop chain recognises returning visitors in its stores (a private company, one-to-many, a publicly accessible space); no police questions are asked of it, and its staff act on one person’s check.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: { ...RETAIL_REPEAT_VISITORS, 'human-review-of-matches': 'yes', 'watchlist-deletion': 'reviewed-sometimes' },
    expected: {
      band: 'Launch with conditions',
      score: [90, 99],
      flags: ['watchlist-deletion', 'human-review-of-matches'],
      caps: ['must-have-not-met'],
    },
  },
  {
    name: 'Retail: a first assessment',
    story: 'The same shop chain on its first sitting: most things planned or in progress.',
    questionnaire: 'launch-ethics',
    baseline: 'typical',
    answers: { ...RETAIL_REPEAT_VISITORS, 'prohibited-practices': ['none'] },
    expected: { band: 'Not ready', score: [40, 60], flags: RETAIL_TYPICAL_FLAGS, caps: ['blocking-flag', 'must-have-not-met'] },
  },
  {
    name: 'Staff entry by face (one-to-one, consenting)',
    story: 'A private company verifies consenting staff at its own doors, with a card as the alternative; private premises.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: {
      'deployer-type': 'private-company',
      'processes-biometric-data': 'yes',
      'biometric-mode': 'verification',
      'public-surveillance': 'no',
    },
    expected: { band: 'Ready for launch', score: [100, 100], flags: [] },
  },
  {
    name: 'Quick check: everything in place',
    story: 'The quick check, every safeguard in place.',
    questionnaire: 'quick-check',
    baseline: 'best',
    answers: {},
    expected: { band: 'Green', score: [100, 100], flags: [] },
  },
  {
    name: 'Quick check: no impact assessment',
    story: 'The quick check for a product with everything else in place but no impact assessment (1.0.0 said Green, 79.4).',
    questionnaire: 'quick-check',
    baseline: 'best',
    answers: { 'impact-assessment': 'none', 'rights-impact-assessment': 'none' },
    expected: {
      band: 'Amber',
      score: [75, 90],
      flags: ['impact-assessment', 'rights-impact-assessment'],
      caps: ['must-have-not-met'],
    },
  },
  {
    name: 'Full review: no impact assessment',
    story: 'The same facts answered on the full review: it agrees with the quick check.',
    questionnaire: 'launch-ethics',
    baseline: 'best',
    answers: { 'impact-assessment': 'none', 'rights-impact-assessment': 'none' },
    expected: {
      band: 'Launch with conditions',
      score: [85, 95],
      flags: ['impact-assessment', 'rights-impact-assessment'],
      caps: ['must-have-not-met'],
    },
  },
];
