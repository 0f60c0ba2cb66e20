import { useState } from 'react';
import { downloadFile } from '../../components/download-file.ts';
import { messageOf } from '../../questionnaire/wording.ts';

const YAML_TYPE = 'application/yaml';

// The copy and the template are written with the YAML package: it arrives,
// in its own chunk, only when a person asks for one.
async function downloadCopy(id: string): Promise<void> {
  const [{ loadBundledSource }, { questionnaireCopy }] = await Promise.all([
    import('../../questionnaire/bundled-sources.ts'),
    import('../../questionnaire/questionnaire-copy.ts'),
  ]);
  const source = await loadBundledSource(id);
  if (source === null) throw new Error(`there is no questionnaire “${id}” in this copy of Oversight`);
  const copy = questionnaireCopy(source);
  downloadFile(copy.fileName, copy.text, YAML_TYPE);
}

async function downloadTemplate(): Promise<void> {
  const { questionnaireTemplate, TEMPLATE_FILE_NAME } = await import('../../questionnaire/questionnaire-template.ts');
  downloadFile(TEMPLATE_FILE_NAME, questionnaireTemplate(), YAML_TYPE);
}

function DownloadButton({ label, hidden, run }: { label: string; hidden?: string; run: () => Promise<void> }) {
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setFailure(null);
          run().catch((error: unknown) =>
            setFailure(`The file could not be made: ${messageOf(error)}. Check the connection, then try again.`),
          );
        }}
      >
        {label}
        {hidden && <span className="visually-hidden"> {hidden}</span>}
      </button>
      {failure && (
        <span className="field-error block" role="alert">
          {failure}
        </span>
      )}
    </>
  );
}

/** A bundled questionnaire as an editable YAML file under a new id, each field explained. */
export function CopyDownload({ id, title }: { id: string; title: string }) {
  return <DownloadButton label="Download an editable copy" hidden={`of ${title}`} run={() => downloadCopy(id)} />;
}

/** The smallest questionnaire that passes the checks, each field explained. */
export function TemplateDownload() {
  return <DownloadButton label="Download a blank template" run={downloadTemplate} />;
}
