import { useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { RoundsComparison } from '../../compare/rounds-compare.ts';
import { roundsCsv } from '../../compare/rounds-csv.ts';
import { reportFileName } from '../../report/report-file-name.ts';
import { prepareReport } from '../../report/runtime/prepare-report.ts';
import { downloadFile } from '../../components/download-file.ts';
import { messageOf } from '../../questionnaire/wording.ts';

type Progress = { state: 'idle' | 'working' } | { state: 'done'; fileName: string } | { state: 'failed'; message: string };

/** The comparison as a spreadsheet (one row per question and round) or as a PDF made like the report. */
export function RoundsDownloads({
  questionnaire,
  assessments,
  comparison,
}: {
  questionnaire: Questionnaire;
  assessments: readonly Assessment[];
  comparison: RoundsComparison;
}) {
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const latest = comparison.rounds.at(-1)?.assessment;
  if (!latest) return null;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const onCsv = () => {
    const fileName = reportFileName(latest, new Date(), { kind: 'rounds' }, timeZone).replace(/\.pdf$/, '.csv');
    downloadFile(fileName, roundsCsv(questionnaire, comparison), 'text/csv;charset=utf-8');
    setProgress({ state: 'done', fileName });
  };

  async function onPdf() {
    if (progress.state === 'working' || !latest) return;
    setProgress({ state: 'working' });
    try {
      const maker = await prepareReport();
      const generatedAt = new Date();
      const bytes = await maker.makeRounds({ questionnaire, assessments: [...assessments], generatedAt, timeZone });
      const fileName = reportFileName(latest, generatedAt, { kind: 'rounds' }, timeZone);
      downloadFile(fileName, bytes, 'application/pdf');
      setProgress({ state: 'done', fileName });
    } catch (error) {
      setProgress({ state: 'failed', message: messageOf(error) });
    }
  }

  return (
    <section aria-labelledby="rounds-downloads">
      <h2 id="rounds-downloads">Download the comparison</h2>
      <p>
        As a spreadsheet, with one row for each question in each round: the answer, whether it changed, the points and the scores. Or as a
        PDF to file with the reports.
      </p>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onCsv} aria-describedby="rounds-progress">
          Download as a spreadsheet (CSV)
        </button>
        <button type="button" className="button button-secondary" onClick={() => void onPdf()} aria-describedby="rounds-progress">
          Download as a PDF
        </button>
      </div>
      <p id="rounds-progress" role="status" aria-live="polite" className="save-status">
        {progress.state === 'working' && 'Preparing the PDF…'}
        {progress.state === 'done' && `Ready: ${progress.fileName}.`}
      </p>
      {progress.state === 'failed' && (
        <p className="field-error" role="alert">
          The PDF could not be made: {progress.message}
        </p>
      )}
    </section>
  );
}
