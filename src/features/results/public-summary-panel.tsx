import { useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { AssessmentResult } from '../../scoring/types.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { Paper } from '../../report/report-types.ts';
import { prepareReport } from '../../report/runtime/prepare-report.ts';
import { reportFileName } from '../../report/report-file-name.ts';
import { flushSaves } from '../../state/assessment-repository.ts';
import { downloadFile } from '../../components/download-file.ts';
import { messageOf } from '../../questionnaire/wording.ts';

type Progress = { state: 'idle' } | { state: 'working' } | { state: 'done'; fileName: string } | { state: 'failed'; message: string };

/** The one-page summary a team can publish: no notes, owners or dates; names only if the team ticks the box. */
export function PublicSummaryPanel({
  getLatest,
  questionnaire,
  result,
  paper,
}: {
  getLatest: () => Assessment;
  questionnaire: Questionnaire;
  result: AssessmentResult;
  paper: Paper;
}) {
  const [includeNames, setIncludeNames] = useState(false);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });

  async function onDownload() {
    if (progress.state === 'working') return;
    flushSaves();
    const assessment = getLatest();
    setProgress({ state: 'working' });
    try {
      const maker = await prepareReport();
      const generatedAt = new Date();
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const bytes = await maker.makeSummary({ assessment, questionnaire, result, paper, generatedAt, timeZone }, { includeNames });
      const fileName = reportFileName(assessment, generatedAt, { kind: 'public-summary' }, timeZone);
      downloadFile(fileName, bytes, 'application/pdf');
      setProgress({ state: 'done', fileName });
    } catch (error) {
      setProgress({ state: 'failed', message: messageOf(error) });
    }
  }

  return (
    <section aria-labelledby="public-summary-heading">
      <h3 id="public-summary-heading">Public summary</h3>
      <p>
        One page for customers or a transparency page: the verdict, what was assessed, the must-have safeguards in place and how many
        actions are open in each area. It leaves out notes, reasons, owners and dates.
      </p>
      <div className="choice">
        <input type="checkbox" id="summary-names" checked={includeNames} onChange={(event) => setIncludeNames(event.target.checked)} />
        <label htmlFor="summary-names">Name the assessor and their role</label>
      </div>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onDownload} aria-describedby="summary-progress">
          Download the public summary
        </button>
      </div>
      <p id="summary-progress" role="status" aria-live="polite" className="save-status">
        {progress.state === 'working' && 'Preparing the summary…'}
        {progress.state === 'done' && `Summary ready: ${progress.fileName}.`}
      </p>
      {progress.state === 'failed' && (
        <p className="field-error" role="alert">
          The summary could not be made: {progress.message}
        </p>
      )}
    </section>
  );
}
