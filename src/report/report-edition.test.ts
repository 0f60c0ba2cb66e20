import { beforeAll, describe, expect, it } from 'vitest';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import type { Assessment } from '../storage/assessment.ts';
import { chooseEdition, editionFacts, editionLabel, finalReportEntry } from './report-edition.ts';
import { changesSince, evidenceRegister, missingEvidence, scopeOf } from './report-record.ts';
import type { ReportInput } from './report-types.ts';
import { typicalInput } from './fixtures.test-support.ts';

const DECLARATION = { name: 'Ada Lovelace', role: 'Head of product', date: '2026-11-26', affirmed: true as const };
const complete = { completeness: { missing: [] } } as unknown as Parameters<typeof chooseEdition>[1];

describe('chooseEdition', () => {
  const declared = { declaration: DECLARATION, finalReports: [] };

  it('makes a draft whenever asked, whatever is missing', () => {
    expect(chooseEdition({ declaration: { name: '', role: '', date: '', affirmed: false }, finalReports: [] }, complete, 'draft')).toEqual({
      ok: true,
      edition: { status: 'draft' },
    });
  });

  it('makes a final report revision 1, then one more than the last final report', () => {
    expect(chooseEdition(declared, complete, 'final')).toEqual({
      ok: true,
      edition: { status: 'final', revision: 1, declaration: DECLARATION, previous: null },
    });
    const previous = finalReportEntry(
      { answers: {}, actionPlan: {} },
      { score: 50, band: null },
      2,
      new Date('2026-11-01T00:00:00Z'),
      'f'.repeat(64),
    );
    const next = chooseEdition({ ...declared, finalReports: [previous] }, complete, 'final');
    expect(next).toMatchObject({ ok: true, edition: { revision: 3, previous } });
  });

  it('refuses a final report with questions unanswered or an incomplete declaration, saying every problem', async () => {
    const { result } = await typicalInput();
    const missing = result.completeness.missing.length;
    expect(missing).toBeGreaterThan(0);
    const choice = chooseEdition(
      { declaration: { name: ' ', role: 'CTO', date: '2026-02-30', affirmed: false }, finalReports: [] },
      result,
      'final',
    );
    expect(choice).toEqual({
      ok: false,
      problems: [
        { field: 'answers', message: `${missing} questions are still to answer: a final report needs every question answered.` },
        { field: 'name', message: 'Enter the name of the person making the declaration' },
        { field: 'date', message: 'Enter a real date' },
        { field: 'affirmed', message: 'Confirm that the answers are true to the best of your knowledge' },
      ],
    });
  });

  it('labels each edition', () => {
    expect(editionLabel({ status: 'draft' }, complete)).toBe('Draft');
    expect(editionLabel({ status: 'final', revision: 3, declaration: DECLARATION, previous: null }, complete)).toBe('Final — revision 3');
  });

  it('states no declaration or revision for a draft, even one being typed', () => {
    expect(editionFacts(declared, 'draft')).toEqual({ status: 'draft', revision: null, declaration: null, previous: null });
    expect(editionFacts(declared, 'final')).toEqual({ status: 'final', revision: 1, declaration: DECLARATION, previous: null });
  });
});

describe('what a report records beside the answers', () => {
  let input: ReportInput;
  beforeAll(async () => {
    input = await typicalInput({ limitations: 'Covers the pilot in three shops; the national roll-out needs its own assessment.' });
  });

  it('lists every note given as evidence, by question, and the evidence asked for but missing', () => {
    const register = evidenceRegister(input.questionnaire, input.assessment.answers);
    expect(register.map((entry) => entry.number)).toEqual(['2.1', '2.5', '2.7', '6.6']);
    expect(register[1]).toMatchObject({ evidence: 'Harms register v3, reviewed monthly: see https://example.org/harms-register.' });
    // "reviewer-power" has a note but is hidden by the answer to independent-review: not in the register.
    expect(register.some((entry) => entry.evidence.includes('review plans changed'))).toBe(false);
    expect(
      missingEvidence(input.questionnaire, input.assessment.answers).every((number) => !register.some((entry) => entry.number === number)),
    ).toBe(true);
  });

  it('says what the assessment covers and leaves out, with the team’s own limitations', () => {
    const scope = scopeOf(input.questionnaire, input.assessment, input.result);
    expect(scope.covers[0]).toMatch(
      /^Pre-launch ethics and oversight review \(launch-ethics, version 2\.0\.0\), sections 2 Ethics from the start; /,
    );
    expect(scope.leavesOut).toContain('1 question answered “Not applicable” (listed below, with the reasons).');
    expect(scope.leavesOut.at(-1)).toBe('Covers the pilot in three shops; the national roll-out needs its own assessment.');
  });
});

describe('changesSince', () => {
  it('lists changed answers, score and band before and after, and actions closed by their state or by a better answer', async () => {
    const input = await typicalInput();
    const before = input.assessment;
    const previous = finalReportEntry(before, input.result, 1, new Date('2026-11-01T10:00:00Z'), 'a'.repeat(64));
    const bias = input.questionnaire.sections.flatMap((section) => section.questions).find((question) => question.id === 'bias-testing');
    const best = [...(bias?.options ?? [])].sort((a, b) => b.score - a.score)[0]?.value ?? '';
    // A better answer to a standalone action's question closes that action; a changed answer in a group leaves the group open.
    const answers = { ...before.answers, 'bias-testing': { value: best }, 'team-guidance': { value: 'yes' } };
    const now: Assessment = {
      ...before,
      answers,
      actionPlan: { ...before.actionPlan, 'independent-review': { owner: 'Board', due: '', state: 'done', reason: '' } },
    };
    const result = scoreAssessment(input.questionnaire, answers);
    const changes = changesSince(previous, input.questionnaire, now, result);
    expect(changes.answers.map((change) => [change.number, change.before, change.after])).toEqual([
      ['2.9', 'Testing under way, results not yet complete', 'Done and checked by someone outside the product team'],
      ['2.15', 'No', 'Yes'],
    ]);
    expect(changes.score.before).toBe(input.result.score);
    expect(changes.score.after).toBe(result.score);
    expect(changes.score.after).toBeGreaterThan(changes.score.before ?? 0);
    const closed = changes.actionsClosed.map((action) => action.how);
    expect(closed).toContain('marked done');
    expect(changes.actionsClosed).toEqual([
      { label: expect.stringContaining('independent'), how: 'marked done' },
      { label: expect.stringContaining('2.9'), how: 'the answer now meets it' },
    ]);
  });

  it('finds nothing changed when nothing did', async () => {
    const input = await typicalInput();
    const previous = finalReportEntry(input.assessment, input.result, 1, new Date('2026-11-01T10:00:00Z'), 'a'.repeat(64));
    const changes = changesSince(previous, input.questionnaire, input.assessment, input.result);
    expect(changes.answers).toEqual([]);
    expect(changes.actionsClosed).toEqual([]);
  });
});
