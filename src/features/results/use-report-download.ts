import { useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { AssessmentResult } from '../../scoring/types.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { Paper } from '../../report/report-types.ts';
import { findUnsupportedCharacters } from '../../report/find-unsupported-characters.ts';
import { reportTexts } from '../../report/report-texts.ts';
import { reportFileName } from '../../report/report-file-name.ts';
import { prepareReport } from '../../report/runtime/prepare-report.ts';
import { chooseEdition, finalReportEntry, type EditionProblem, type ReportStatus } from '../../report/report-edition.ts';
import { fingerprintRecord, reportFingerprint } from '../../report/report-fingerprint.ts';
import { flushSaves } from '../../state/assessment-repository.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { downloadFile } from '../../components/download-file.ts';

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
  generatedAt: Date;
  fingerprint: string;
}

async function makeReport(input: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  result: AssessmentResult;
  paper: Paper;
  status: ReportStatus;
}): Promise<Made> {
  const maker = await prepareReport();
  const generatedAt = new Date();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const full = { ...input, generatedAt, timeZone };
  const bytes = await maker.make(full);
  const revision = (input.assessment.finalReports.at(-1)?.revision ?? 0) + 1;
  const kind = input.status === 'final' ? { kind: 'final' as const, revision } : { kind: 'draft' as const };
  return {
    bytes,
    fileName: reportFileName(input.assessment, generatedAt, kind, timeZone),
    generatedAt,
    fingerprint: await reportFingerprint(fingerprintRecord(full)),
  };
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
      const made = await makeReport({ assessment: latest, questionnaire, result, paper, status });
      performance.measure(REPORT_MEASURE, `${REPORT_MEASURE}:start`);
      downloadFile(made.fileName, made.bytes, 'application/pdf');
      const revision = choice.edition.status === 'final' ? choice.edition.revision : null;
      if (revision !== null) {
        // Each final report is declared afresh: the box is cleared for the next revision.
        update((current) => ({
          ...current,
          declaration: { ...current.declaration, affirmed: false },
          finalReports: [...current.finalReports, finalReportEntry(latest, result, revision, made.generatedAt, made.fingerprint)],
        }));
        flushSaves();
      }
      setProgress({ state: 'done', fileName: made.fileName, kilobytes: Math.round(made.bytes.length / 1024), revision });
    } catch (error) {
      setProgress({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return { problems, progress, download };
}
