import { useMemo, useState } from 'react';
import type { Questionnaire } from '../questionnaire/model.ts';
import { messageOf } from '../questionnaire/wording.ts';
import { blankFileName, blankQuestionnaireTexts } from '../report/blank-questionnaire.ts';
import { findUnsupportedCharacters } from '../report/find-unsupported-characters.ts';
import type { Paper } from '../report/report-types.ts';
import { prepareReport } from '../report/runtime/prepare-report.ts';
import { downloadFile } from './download-file.ts';

type Progress = { state: 'idle' } | { state: 'working' } | { state: 'done'; fileName: string } | { state: 'failed'; message: string };

// US and Canadian printers hold Letter; everyone else's hold A4.
function usualPaper(): Paper {
  return typeof navigator !== 'undefined' && /-(US|CA)$/i.test(navigator.language) ? 'letter' : 'a4';
}

/**
 * "Download a blank questionnaire (PDF)": the questionnaire as a form to
 * fill in by hand, drawn by the report worker (or on the page where workers
 * are refused), for a workshop on paper or someone without the app.
 */
export function BlankQuestionnaireDownload({ questionnaire, idPrefix }: { questionnaire: Questionnaire; idPrefix: string }) {
  const [paper, setPaper] = useState<Paper>(usualPaper);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const unsupported = useMemo(() => findUnsupportedCharacters(blankQuestionnaireTexts(questionnaire)), [questionnaire]);
  const statusId = `${idPrefix}-blank-status`;

  async function download() {
    if (progress.state === 'working') return;
    setProgress({ state: 'working' });
    try {
      const maker = await prepareReport();
      const bytes = await maker.makeBlank(questionnaire, { paper, generatedAt: new Date() });
      const fileName = blankFileName(questionnaire);
      downloadFile(fileName, bytes, 'application/pdf');
      setProgress({ state: 'done', fileName });
    } catch (error) {
      setProgress({ state: 'failed', message: messageOf(error) });
    }
  }

  return (
    <div className="blank-download">
      <fieldset className="paper">
        <legend>Paper size for the blank questionnaire</legend>
        {(['a4', 'letter'] as const).map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`${idPrefix}-blank-paper-${value}`}
              name={`${idPrefix}-blank-paper`}
              value={value}
              checked={paper === value}
              onChange={() => setPaper(value)}
            />
            <label htmlFor={`${idPrefix}-blank-paper-${value}`}>{value === 'a4' ? 'A4' : 'US Letter'}</label>
          </div>
        ))}
      </fieldset>
      {unsupported.length > 0 && (
        <p className="muted small">
          Some characters in this questionnaire ({unsupported.map((entry) => entry.char).join(' ')}) cannot be printed and will show as “�”.
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void download()}
          aria-disabled={progress.state === 'working' ? true : undefined}
          aria-describedby={statusId}
        >
          Download a blank questionnaire (PDF)
        </button>
      </p>
      <p id={statusId} role="status" aria-live="polite" className="save-status">
        {progress.state === 'working' && 'Making the blank questionnaire…'}
        {progress.state === 'done' && `Blank questionnaire ready: ${progress.fileName}. Print it to fill it in by hand.`}
      </p>
      {progress.state === 'failed' && (
        <p className="field-error" role="alert">
          The blank questionnaire could not be made: {progress.message.replace(/[.!?]?$/, '.')} Try again; if it keeps failing, reload the page.
        </p>
      )}
    </div>
  );
}
