import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../questionnaire/hash.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import type { Assessment } from '../storage/assessment.ts';
import { fingerprintRecord, reportFingerprint, type FingerprintRecord } from './report-fingerprint.ts';
import type { ReportInput } from './report-types.ts';
import { typicalInput } from './fixtures.test-support.ts';

describe('reportFingerprint', () => {
  let input: ReportInput;
  let record: FingerprintRecord;
  let base: string;

  beforeAll(async () => {
    input = await typicalInput();
    record = fingerprintRecord(input);
    base = await reportFingerprint(record);
  });

  const withAssessment = async (change: (assessment: Assessment) => Assessment) => {
    const assessment = change(input.assessment);
    return reportFingerprint(fingerprintRecord({ ...input, assessment, result: scoreAssessment(input.questionnaire, assessment.answers) }));
  };

  it('is SHA-256 over the canonical JSON of everything the report prints, whatever the key order', async () => {
    expect(base).toBe(await sha256Hex(canonicalJson({ kind: 'oversight-report-fingerprint/3', ...record })));
    const reordered = { ...record, context: Object.fromEntries(Object.entries(record.context).reverse()) as FingerprintRecord['context'] };
    expect(await reportFingerprint(reordered)).toBe(base);
    expect(record.questionnaire).toEqual({ id: 'launch-ethics', version: '2.0.0', contentHash: input.questionnaire.contentHash });
    expect(record.result.band).toBe('Not ready');
    expect(record.result.redFlags.filter((flag) => flag.severity === 'blocking').map((flag) => flag.questionId)).toEqual([
      'accountable-owner',
      'independent-review',
    ]);
  });

  it('changes with any answer, note or "Not applicable" reason', async () => {
    const answers = input.assessment.answers;
    const changed = await Promise.all([
      withAssessment((a) => ({ ...a, answers: { ...answers, 'accountable-owner': { value: 'yes' } } })),
      withAssessment((a) => ({ ...a, answers: { ...answers, 'accountable-owner': { value: 'no', notes: 'Changed.' } } })),
      withAssessment((a) => ({
        ...a,
        answers: { ...answers, 'feedback-changed-design': { notApplicable: true, justification: 'Another reason.' } },
      })),
    ]);
    for (const fingerprint of changed) expect(fingerprint).not.toBe(base);
  });

  it('changes with the context and with an action’s owner, due date, state or reason', async () => {
    const plan = input.assessment.actionPlan;
    const owner = plan['accountable-owner']!;
    const changed = await Promise.all([
      withAssessment((a) => ({ ...a, context: { ...a.context, organisation: 'Other Ltd' } })),
      withAssessment((a) => ({ ...a, actionPlan: { ...plan, 'accountable-owner': { ...owner, owner: 'Someone else' } } })),
      withAssessment((a) => ({ ...a, actionPlan: { ...plan, 'accountable-owner': { ...owner, due: '2027-01-01' } } })),
      withAssessment((a) => ({ ...a, actionPlan: { ...plan, 'accountable-owner': { ...owner, state: 'done' } } })),
      withAssessment((a) => ({
        ...a,
        actionPlan: { ...plan, 'accountable-owner': { ...owner, state: 'not-needed', reason: 'Covered.' } },
      })),
    ]);
    for (const fingerprint of changed) expect(fingerprint).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('changes with draft or final, the declaration, the revision and the limitations', async () => {
    const declaration = { name: 'Ada Lovelace', role: 'Head of product', date: '2026-11-26', affirmed: true };
    const declared = { ...input.assessment, declaration };
    const final = (assessment: Assessment) => reportFingerprint(fingerprintRecord({ ...input, assessment, status: 'final' }));
    const previous = {
      revision: 1,
      generatedAt: '2026-11-01T10:00:00.000Z',
      fingerprint: 'a'.repeat(64),
      score: 40,
      band: 'Not ready',
      answers: {},
      actionPlan: {},
    };
    const changed = await Promise.all([
      final(declared),
      final({ ...declared, declaration: { ...declaration, role: 'Chief executive' } }),
      final({ ...declared, finalReports: [previous] }),
      final({ ...declared, finalReports: [{ ...previous, score: 41 }] }),
      withAssessment((a) => ({ ...a, limitations: 'The pilot in one shop only.' })),
    ]);
    for (const fingerprint of changed) expect(fingerprint).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
    // A draft does not print the declaration being typed, so it does not change with it.
    expect(await withAssessment(() => declared)).toBe(base);
  });

  it('changes with the printed results, the questionnaire and the time the report was made', async () => {
    const changed = await Promise.all([
      reportFingerprint({ ...record, result: { ...record.result, score: (record.result.score ?? 0) + 1 } }),
      reportFingerprint({ ...record, result: { ...record.result, band: 'Ready' } }),
      reportFingerprint({ ...record, result: { ...record.result, redFlags: [] } }),
      reportFingerprint({ ...record, questionnaire: { ...record.questionnaire, version: '1.0.1' } }),
      reportFingerprint({ ...record, questionnaire: { ...record.questionnaire, contentHash: 'f'.repeat(64) } }),
      reportFingerprint({ ...record, generatedAt: '2026-11-27T10:05:00.000Z' }),
      reportFingerprint({ ...record, timeZone: 'UTC' }),
    ]);
    for (const fingerprint of changed) expect(fingerprint).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
