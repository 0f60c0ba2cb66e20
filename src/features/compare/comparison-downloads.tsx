import { useState } from 'react';
import { originOf, type MatchedAnswerSet } from '../../compare/answer-sets.ts';
import type { Comparison } from '../../compare/compare-answer-sets.ts';
import { comparisonCsv } from '../../compare/comparison-csv.ts';
import { downloadFile } from '../../components/download-file.ts';
import type { Questionnaire } from '../../questionnaire/model.ts';
import { messageOf } from '../../questionnaire/wording.ts';
import { localDateIso } from '../../storage/local-date.ts';
import { slugify } from '../../storage/slugify.ts';

interface DownloadsProps {
  questionnaire: Questionnaire;
  sets: readonly MatchedAnswerSet[];
  names: readonly string[];
  comparison: Comparison;
}

function fileName(questionnaire: Questionnaire, extension: string): string {
  return `${slugify(questionnaire.id, 'questionnaire')}-comparison-${localDateIso(new Date())}.${extension}`;
}

type PdfState = { state: 'idle' } | { state: 'working' } | { state: 'made' } | { state: 'failed'; message: string };

/** The comparison as a spreadsheet (CSV) or as a PDF made by the report worker, both made in this browser. */
export function ComparisonDownloads({ questionnaire, sets, names, comparison }: DownloadsProps) {
  const [pdf, setPdf] = useState<PdfState>({ state: 'idle' });
  const makePdf = async () => {
    setPdf({ state: 'working' });
    try {
      const { prepareReport } = await import('../../report/runtime/prepare-report.ts');
      const maker = await prepareReport();
      const bytes = await maker.makeComparison({
        questionnaire,
        respondents: sets.map((set, index) => ({ name: names[index] ?? set.name, answers: set.answers, origin: originOf(set) })),
        generatedAt: new Date(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      downloadFile(fileName(questionnaire, 'pdf'), bytes, 'application/pdf');
      setPdf({ state: 'made' });
    } catch (error) {
      setPdf({ state: 'failed', message: `The PDF could not be made: ${messageOf(error)}` });
    }
  };
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Take the comparison with you</h2>
      <p>
        The spreadsheet has one row per question and respondent, for sorting and filtering. The PDF has the same as this page, for printing
        before the workshop.
      </p>
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadFile(fileName(questionnaire, 'csv'), comparisonCsv(comparison), 'text/csv;charset=utf-8')}
        >
          Download the comparison (CSV)
        </button>
        <button type="button" className="button button-secondary" disabled={pdf.state === 'working'} onClick={() => void makePdf()}>
          Download the comparison (PDF)
        </button>
      </p>
      <div role="status" aria-live="polite">
        {pdf.state === 'working' && <p>Making the PDF…</p>}
        {pdf.state === 'made' && <p className="success-line">The PDF is downloaded.</p>}
      </div>
      {pdf.state === 'failed' && (
        <p className="error-summary" role="alert">
          {pdf.message}
        </p>
      )}
    </section>
  );
}
