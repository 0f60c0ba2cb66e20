import { useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { AssessmentResult } from '../../scoring/types.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { Paper, ReportInput } from '../../report/report-types.ts';
import { findUnsupportedCharacters } from '../../report/find-unsupported-characters.ts';
import { reportTexts } from '../../report/report-texts.ts';
import { reportFileName } from '../../report/report-file-name.ts';
import { prepareReport } from '../../report/runtime/prepare-report.ts';
import {
  chooseEdition,
  finalReportEntry,
  type EditionProblem,
  type ReportEdition,
  type ReportStatus,
} from '../../report/report-edition.ts';
import { fingerprintRecord, reportFingerprint } from '../../report/report-fingerprint.ts';
import { flushSaves } from '../../state/assessment-repository.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { downloadFile } from '../../components/download-file.ts';
import { messageOf } from '../../questionnaire/wording.ts';

export type Progress =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; fileName: string; kilobytes: number; revision: number | null }
  | { state: 'failed'; message: string };

/** The name the benchmark reads (`npm run bench`): click to PDF bytes ready. */
export const REPORT_MEASURE = 'oversight:report';

interface Made {
  bytes: Uint8Array;
  fileName: string;
  /** Exactly what the report was made from, for the record a final report leaves. */
  report: ReportInput;
}

async function makeReport(
  input: { assessment: Assessment; questionnaire: Questionnaire; result: AssessmentResult; paper: Paper },
  edition: ReportEdition,
): Promise<Made> {
  const maker = await prepareReport();
  const generatedAt = new Date();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const report: ReportInput = { ...input, status: edition.status, generatedAt, timeZone };
  const bytes = await maker.make(report);
  const kind = edition.status === 'final' ? { kind: 'final' as const, revision: edition.revision } : { kind: 'draft' as const };
  return { bytes, fileName: reportFileName(input.assessment, generatedAt, kind, timeZone), report };
}

/**
 * Making and downloading a report: checks the characters, and for a final
 * report the answers and the declaration (every problem at once); records a
 * final report's revision for the next one's "changes since".
 */
export function useReportDownload(options: {
  getLatest: () => Assessment;
  questionnaire: Questionnaire;
  result: AssessmentResult;
  update: UpdateAssessment;
  status: ReportStatus;
  paper: Paper;
  unsupportedOnScreen: boolean;
}) {
  const { getLatest, questionnaire, result, update, status, paper, unsupportedOnScreen } = options;
  const [problems, setProblems] = useState<{ list: EditionProblem[]; attempt: number }>({ list: [], attempt: 0 });
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });

  async function download() {
    if (progress.state === 'working') return;
    flushSaves();
    const latest = getLatest();
    if (findUnsupportedCharacters(reportTexts(latest, questionnaire)).length > 0 || unsupportedOnScreen) {
      setProgress({ state: 'failed', message: 'some characters cannot be printed; see the list above, then try again' });
      return;
    }
    const choice = chooseEdition(latest, result, status);
    setProblems((previous) => ({ list: choice.ok ? [] : choice.problems, attempt: previous.attempt + 1 }));
    if (!choice.ok) {
      setProgress({ state: 'idle' });
      return;
    }
    setProgress({ state: 'working' });
    performance.mark(`${REPORT_MEASURE}:start`);
    try {
      // The answers cannot change on this page, so the result stands; the action plan's owners and dates can.
      const made = await makeReport({ assessment: latest, questionnaire, result, paper }, choice.edition);
      performance.measure(REPORT_MEASURE, `${REPORT_MEASURE}:start`);
      downloadFile(made.fileName, made.bytes, 'application/pdf');
      const revision = choice.edition.status === 'final' ? choice.edition.revision : null;
      if (revision !== null) {
        const fingerprint = await reportFingerprint(fingerprintRecord(made.report));
        // Each final report is declared afresh: the box is cleared for the next revision.
        update((current) => ({
          ...current,
          declaration: { ...current.declaration, affirmed: false },
          finalReports: [...current.finalReports, finalReportEntry(latest, result, revision, made.report.generatedAt, fingerprint)],
        }));
        flushSaves();
      }
      setProgress({ state: 'done', fileName: made.fileName, kilobytes: Math.round(made.bytes.length / 1024), revision });
    } catch (error) {
      setProgress({ state: 'failed', message: messageOf(error) });
    }
  }

  return { problems, progress, download };
}
