import { useState } from 'react';
import type { Questionnaire } from '../questionnaire/model.ts';
import { messageOf } from '../questionnaire/wording.ts';
import { blankFileName, blankQuestionnaireTexts } from '../report/blank-file-name.ts';
import type { Paper } from '../report/report-types.ts';
import { downloadFile } from './download-file.ts';

type Progress =
  | { state: 'idle' }
  | { state: 'working' }
  /** `unprintable`: characters the fonts lack, printed as "�". */
  | { state: 'done'; fileName: string; unprintable: string[] }
  | { state: 'failed'; message: string };

// Loaded on the click, not with the page: the report runtime and the fonts' coverage table are not small.
async function makeBlank(questionnaire: Questionnaire, paper: Paper): Promise<{ bytes: Uint8Array; unprintable: string[] }> {
  const [{ prepareReport }, { findUnsupportedCharacters }] = await Promise.all([
    import('../report/runtime/prepare-report.ts'),
    import('../report/find-unsupported-characters.ts'),
  ]);
  const unprintable = findUnsupportedCharacters(blankQuestionnaireTexts(questionnaire)).map((entry) => entry.char);
  const maker = await prepareReport();
  return { bytes: await maker.makeBlank(questionnaire, { paper, generatedAt: new Date() }), unprintable };
}

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
  const statusId = `${idPrefix}-blank-status`;

  async function download() {
    if (progress.state === 'working') return;
    setProgress({ state: 'working' });
    try {
      const { bytes, unprintable } = await makeBlank(questionnaire, paper);
      const fileName = blankFileName(questionnaire);
      downloadFile(fileName, bytes, 'application/pdf');
      setProgress({ state: 'done', fileName, unprintable });
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
        {progress.state === 'done' &&
          `Blank questionnaire ready: ${progress.fileName}. Print it to fill it in by hand.` +
            (progress.unprintable.length > 0
              ? ` Some characters of this questionnaire (${progress.unprintable.join(' ')}) are not in the PDF's fonts and print as “�”.`
              : '')}
      </p>
      {progress.state === 'failed' && (
        <p className="field-error" role="alert">
          The blank questionnaire could not be made: {progress.message.replace(/[.!?]?$/, '.')} Try again; if it keeps failing, reload the
          page.
        </p>
      )}
    </div>
  );
}
