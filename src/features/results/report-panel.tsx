import { useEffect, useMemo, useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { AssessmentResult } from '../../scoring/types.ts';
import type { Paper } from '../../report/report-types.ts';
import { findUnsupportedCharacters } from '../../report/find-unsupported-characters.ts';
import { reportTexts } from '../../report/report-texts.ts';
import { reportFileName } from '../../report/report-file-name.ts';
import { prepareReport } from '../../report/prepare-report.ts';
import { flushSaves } from '../../components/assessment-repository.ts';
import { downloadFile } from '../../components/download-file.ts';
import { hrefFor } from '../../config/routes.ts';
import { describeCounts } from '../../questionnaire/answer-counts.ts';

type Progress = { state: 'idle' } | { state: 'working' } | { state: 'done'; fileName: string; kilobytes: number } | { state: 'failed'; message: string };

/** The name the benchmark reads (`npm run bench`): click to PDF bytes ready. */
export const REPORT_MEASURE = 'oversight:report';

async function makeReport(input: { assessment: Assessment; questionnaire: Questionnaire; result: AssessmentResult; paper: Paper }) {
  const maker = await prepareReport();
  const generatedAt = new Date();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const bytes = await maker.make({ ...input, generatedAt, timeZone });
  return { bytes, fileName: reportFileName(input.assessment, generatedAt, { kind: 'draft' }, timeZone) };
}

/** Makes and downloads the PDF report, after checking every character can be drawn. */
export function ReportPanel({
  assessment,
  getLatest,
  questionnaire,
  result,
}: {
  assessment: Assessment;
  /** What is on screen now: owners and dates are saved as typed, without re-rendering this page. */
  getLatest: () => Assessment;
  questionnaire: Questionnaire;
  result: AssessmentResult;
}) {
  const [paper, setPaper] = useState<Paper>('a4');
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const unsupported = useMemo(() => findUnsupportedCharacters(reportTexts(assessment, questionnaire)), [assessment, questionnaire]);

  // jsPDF, the fonts and the attachment library are not in the app's first
  // download; they start loading as soon as the results are on screen, so a
  // click only has the drawing left to do.
  useEffect(() => {
    void prepareReport().catch(() => undefined);
  }, []);

  async function onDownload() {
    if (progress.state === 'working') return;
    flushSaves();
    const latest = getLatest();
    if (findUnsupportedCharacters(reportTexts(latest, questionnaire)).length > 0 || unsupported.length > 0) {
      setProgress({ state: 'failed', message: 'some characters cannot be printed; see the list above, then try again' });
      return;
    }
    setProgress({ state: 'working' });
    performance.mark(`${REPORT_MEASURE}:start`);
    try {
      // The answers cannot change on this page, so the result stands; the action plan's owners and dates can.
      const { bytes, fileName } = await makeReport({ assessment: latest, questionnaire, result, paper });
      performance.measure(REPORT_MEASURE, `${REPORT_MEASURE}:start`);
      downloadFile(fileName, bytes, 'application/pdf');
      setProgress({ state: 'done', fileName, kilobytes: Math.round(bytes.length / 1024) });
    } catch (error) {
      setProgress({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section aria-labelledby="report-heading" className="report-panel">
      <h2 id="report-heading">Report</h2>
      <p>
        A PDF with the summary, the action plan, every answer, the method and a sign-off page. The answers travel inside it, so
        anyone can later check it with <a href={hrefFor({ name: 'open-report' })}>Open a report</a>.
      </p>
      {result.isDraft && (
        <p className="notice-panel">
          This is a draft ({describeCounts(result.completeness.counts)}), and the report will say so on every page.
        </p>
      )}
      {unsupported.length > 0 && (
        <div className="warning-panel" role="alert">
          <h3>Some characters cannot be printed in the report</h3>
          <p>The report's fonts cover Latin, Greek and Cyrillic scripts. Replace these characters, then make the report:</p>
          <ul>
            {unsupported.map((entry) => (
              <li key={entry.codePoint}>
                “{entry.char}” ({entry.codePoint}) in {entry.where.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="paper">
        <legend>Paper size</legend>
        {(['a4', 'letter'] as const).map((value) => (
          <div className="choice" key={value}>
            <input type="radio" id={`paper-${value}`} name="paper" value={value} checked={paper === value} onChange={() => setPaper(value)} />
            <label htmlFor={`paper-${value}`}>{value === 'a4' ? 'A4' : 'US Letter'}</label>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={onDownload}
          aria-disabled={unsupported.length > 0 || progress.state === 'working' ? true : undefined}
          aria-describedby="report-progress"
        >
          Download the PDF report
        </button>
      </div>
      <p id="report-progress" role="status" aria-live="polite" className="save-status">
        {progress.state === 'working' && 'Preparing the report…'}
        {progress.state === 'done' && `Report ready: ${progress.fileName} (${progress.kilobytes} KB).`}
      </p>
      {progress.state === 'failed' && (
        <p className="field-error" role="alert">The report could not be made: {progress.message}</p>
      )}
    </section>
  );
}
