import { useEffect, useMemo, useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { AssessmentResult } from '../../scoring/types.ts';
import type { Paper } from '../../report/report-types.ts';
import { findUnsupportedCharacters } from '../../report/find-unsupported-characters.ts';
import { reportTexts } from '../../report/report-texts.ts';
import { prepareReport } from '../../report/runtime/prepare-report.ts';
import type { EditionProblem, ReportStatus } from '../../report/report-edition.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { hrefFor } from '../../config/routes.ts';
import { describeCounts } from '../../questionnaire/answer-counts.ts';
import { declarationWithDefaults, EditionFields } from './edition-fields.tsx';
import { LimitationsField } from './limitations-field.tsx';
import { PublicSummaryPanel } from './public-summary-panel.tsx';
import { useReportDownload, type Progress } from './use-report-download.ts';

function summaryErrors(problems: readonly EditionProblem[]) {
  return problems.map((problem) => ({
    fieldId: problem.field === 'answers' ? 'report-unanswered' : `declaration-${problem.field}`,
    message: problem.message,
  }));
}

function fieldProblems(problems: readonly EditionProblem[]): Partial<Record<EditionProblem['field'], string>> {
  return Object.fromEntries(problems.map((problem) => [problem.field, problem.message]));
}

function UnsupportedCharacters({ unsupported }: { unsupported: ReturnType<typeof findUnsupportedCharacters> }) {
  return (
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
  );
}

function PaperChoice({ paper, onPaper }: { paper: Paper; onPaper: (paper: Paper) => void }) {
  return (
    <fieldset className="paper">
      <legend>Paper size</legend>
      {(['a4', 'letter'] as const).map((value) => (
        <div className="choice" key={value}>
          <input type="radio" id={`paper-${value}`} name="paper" value={value} checked={paper === value} onChange={() => onPaper(value)} />
          <label htmlFor={`paper-${value}`}>{value === 'a4' ? 'A4' : 'US Letter'}</label>
        </div>
      ))}
    </fieldset>
  );
}

function ProgressLine({ progress }: { progress: Progress }) {
  return (
    <>
      <p id="report-progress" role="status" aria-live="polite" className="save-status">
        {progress.state === 'working' && 'Preparing the report…'}
        {progress.state === 'done' &&
          `Report ready: ${progress.fileName} (${progress.kilobytes} KB).` +
            (progress.revision === null
              ? ''
              : ` Final revision ${progress.revision} is recorded: the next final report will be revision ${progress.revision + 1} and list what changed since this one.`)}
      </p>
      {progress.state === 'failed' && (
        <p className="field-error" role="alert">
          The report could not be made: {progress.message}
        </p>
      )}
    </>
  );
}

/**
 * Makes and downloads the PDF report, a draft or the next final revision,
 * after checking every character can be drawn and, for a final report,
 * that every question is answered and the declaration complete.
 */
export function ReportPanel({
  assessment,
  getLatest,
  questionnaire,
  result,
  update,
}: {
  assessment: Assessment;
  /** What is on screen now: owners and dates are saved as typed, without re-rendering this page. */
  getLatest: () => Assessment;
  questionnaire: Questionnaire;
  result: AssessmentResult;
  update: UpdateAssessment;
}) {
  const [paper, setPaper] = useState<Paper>('a4');
  const [status, setStatus] = useState<ReportStatus>('draft');
  const unsupported = useMemo(() => findUnsupportedCharacters(reportTexts(assessment, questionnaire)), [assessment, questionnaire]);
  const { problems, progress, download } = useReportDownload({
    getLatest,
    questionnaire,
    result,
    update,
    status,
    paper,
    unsupportedOnScreen: unsupported.length > 0,
  });

  // jsPDF, the fonts and the attachment library are not in the app's first
  // download; they start loading as soon as the results are on screen, so a
  // click only has the drawing left to do.
  useEffect(() => {
    void prepareReport().catch(() => undefined);
  }, []);

  const chooseStatus = (next: ReportStatus) => {
    // The declaration starts from the assessor named in "About this assessment" and today, saved at once,
    // so what the fields show is exactly what will be declared.
    if (next === 'final') update((latest) => ({ ...latest, declaration: declarationWithDefaults(latest, new Date()) }));
    setStatus(next);
  };

  return (
    <section aria-labelledby="report-heading" className="report-panel">
      <h2 id="report-heading">Report</h2>
      <p>
        A PDF with the summary, the scope and evidence, the action plan, every answer, the method, the declaration and a sign-off page. The
        answers travel inside it, so anyone can later check it with <a href={hrefFor({ name: 'open-report' })}>Open a report</a>.
      </p>
      <ErrorSummary errors={summaryErrors(problems.list)} attempt={problems.attempt} />
      {result.isDraft && (
        <p className="notice-panel">
          This is a draft ({describeCounts(result.completeness.counts)}), and the report will say so on every page.{' '}
          <a id="report-unanswered" href={hrefFor({ name: 'check', assessmentId: assessment.id })}>
            Finish the answers
          </a>{' '}
          to make a final report.
        </p>
      )}
      {unsupported.length > 0 && <UnsupportedCharacters unsupported={unsupported} />}
      <LimitationsField assessment={assessment} update={update} />
      <EditionFields
        assessment={assessment}
        status={status}
        onStatus={chooseStatus}
        update={update}
        problems={fieldProblems(problems.list)}
      />
      <PaperChoice paper={paper} onPaper={setPaper} />
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={download}
          aria-disabled={unsupported.length > 0 || progress.state === 'working' ? true : undefined}
          aria-describedby="report-progress"
        >
          {status === 'final' ? 'Download the final report' : 'Download the PDF report'}
        </button>
      </div>
      <ProgressLine progress={progress} />
      <PublicSummaryPanel getLatest={getLatest} questionnaire={questionnaire} result={result} paper={paper} />
    </section>
  );
}
