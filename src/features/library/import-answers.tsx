import { useState } from 'react';
import { MAX_ANSWERS_FILE_BYTES, parseAnswersBytes } from '../../storage/answers-file.ts';
import { tooLargeMessage } from '../../questionnaire/decode-text.ts';
import { importAnswersFile, type ImportOutcome } from '../../state/import-assessment.ts';
import { hrefFor } from '../../config/routes.ts';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'failed'; fileName: string; errors: string[] }
  | Extract<ImportOutcome, { kind: 'imported' }>;

async function importBytes(bytes: Uint8Array, fileName: string): Promise<Outcome> {
  const parsed = parseAnswersBytes(bytes);
  if (!parsed.ok) return { kind: 'failed', fileName, errors: parsed.errors };
  const outcome = await importAnswersFile(parsed.file);
  return outcome.kind === 'failed' ? { ...outcome, fileName } : outcome;
}

// Whatever goes wrong, the person gets an answer: an exception here used to
// leave "Reading the file…" on screen for ever.
async function importSafely(bytes: Uint8Array, fileName: string): Promise<Outcome> {
  try {
    return await importBytes(bytes, fileName);
  } catch {
    return { kind: 'failed', fileName, errors: ['Oversight could not read this file. Nothing was changed.'] };
  }
}

/** Import answers from a file made by "Export answers"; never overwrites anything. */
export function ImportAnswers({ onImported }: { onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Continue from a file</h2>
      <div className="field">
        <label htmlFor="import-file">Import answers</label>
        <p className="hint" id="import-hint">
          Choose a .json file made with “Export answers”. It is added as a new assessment; nothing here is overwritten.
        </p>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            // Judged by its size before a byte is read: a huge file would freeze the page first.
            const tooLarge = tooLargeMessage(file.size, MAX_ANSWERS_FILE_BYTES, 'an answers file');
            if (tooLarge) {
              setOutcome({ kind: 'failed', fileName: file.name, errors: [`This file ${tooLarge}.`] });
              input.value = '';
              return;
            }
            setOutcome({ kind: 'working' });
            let bytes: Uint8Array;
            try {
              bytes = new Uint8Array(await file.arrayBuffer());
            } catch {
              setOutcome({ kind: 'failed', fileName: file.name, errors: ['The file could not be read.'] });
              return;
            }
            const result = await importSafely(bytes, file.name);
            setOutcome(result);
            input.value = '';
            if (result.kind === 'imported') onImported();
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcome.kind === 'working' && <p>Reading the file…</p>}
        {outcome.kind === 'imported' && (
          <div className="success-panel">
            <p>
              <strong>Imported “{outcome.project}”.</strong>{' '}
              {outcome.copy &&
                'An assessment with the same id already exists here, so this one was added as a copy; the existing one is unchanged. '}
              <a href={hrefFor({ name: 'tasks', assessmentId: outcome.id })}>Open the imported assessment</a>
            </p>
            {outcome.otherVersion && (
              <p>These answers were made with version {outcome.otherVersion} of the questionnaire; they now use the current version.</p>
            )}
            {outcome.dropped.length > 0 && (
              <>
                <p>Left out because the current questionnaire no longer has them:</p>
                <ul>
                  {outcome.dropped.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      {outcome.kind === 'failed' && (
        <div className="error-summary" role="alert" aria-labelledby="import-error-title">
          <h3 id="import-error-title">“{outcome.fileName}” could not be imported</h3>
          <ul>
            {outcome.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          <p>Nothing was changed.</p>
        </div>
      )}
    </section>
  );
}
