import { useEffect, useState } from 'react';
import { downloadFile } from '../../components/download-file.ts';
import { backUpSigningKey, restoreSigningKey } from '../../report/signing/key-backup.ts';
import { loadSigningKey, removeSigningKey, saveSigningKey } from '../../report/signing/key-store.ts';
import { generateSigningKey, publicKeyFile, type SigningKey } from '../../report/signing/signing-key.ts';
import { messageOf } from '../../questionnaire/wording.ts';

type Message = { kind: 'done' | 'error'; text: string } | null;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'organisation';

function KeyActions({ keyPair, onDeleted, say }: { keyPair: SigningKey; onDeleted: () => void; say: (message: Message) => void }) {
  const [password, setPassword] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <>
      <p>
        Reports made in this browser are signed for <strong>{keyPair.organisation}</strong> (key {keyPair.keyId.slice(0, 16)}…, made{' '}
        {keyPair.createdAt.slice(0, 10)}). Give the public key file to whoever needs to check your reports.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadFile(
              `${slug(keyPair.organisation)}-public-key.json`,
              `${JSON.stringify(publicKeyFile(keyPair), null, 2)}\n`,
              'application/json',
            )
          }
        >
          Download the public key
        </button>
      </div>
      <div className="field">
        <label htmlFor="backup-password">Password for the backup</label>
        <p className="hint" id="backup-password-hint">
          At least 12 characters. Without it the backup cannot be opened, by you or anyone.
        </p>
        <input
          id="backup-password"
          aria-describedby="backup-password-hint"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            if (password.length < 12) return say({ kind: 'error', text: 'Enter a password of at least 12 characters for the backup.' });
            try {
              const backup = await backUpSigningKey(keyPair, password);
              downloadFile(
                `${slug(keyPair.organisation)}-signing-key-backup.json`,
                `${JSON.stringify(backup, null, 2)}\n`,
                'application/json',
              );
              say({ kind: 'done', text: 'Backup downloaded. Keep it and its password apart, somewhere safe.' });
            } catch (error) {
              say({ kind: 'error', text: `The backup could not be made: ${messageOf(error)}` });
            }
          }}
        >
          Download a backup of the signing key
        </button>
        {!confirmDelete ? (
          <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
            Delete the signing key
          </button>
        ) : (
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              removeSigningKey();
              onDeleted();
              say({ kind: 'done', text: 'The signing key was deleted from this browser. Reports made here are no longer signed.' });
            }}
          >
            Yes, delete the signing key
          </button>
        )}
      </div>
    </>
  );
}

function Restore({ onRestored, say }: { onRestored: (key: SigningKey) => void; say: (message: Message) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  return (
    <>
      <div className="field">
        <label htmlFor="restore-file">Restore from a backup</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor="restore-password">Password of the backup</label>
        <input
          id="restore-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            if (!file) return say({ kind: 'error', text: 'Choose the backup file first.' });
            let restored: Awaited<ReturnType<typeof restoreSigningKey>>;
            try {
              restored = await restoreSigningKey(await file.text(), password);
            } catch (error) {
              return say({ kind: 'error', text: `The backup could not be read: ${messageOf(error)}` });
            }
            if (!restored.ok) return say({ kind: 'error', text: restored.message });
            if (!saveSigningKey(restored.key))
              return say({ kind: 'error', text: 'This browser refused to store the key (private mode or storage full).' });
            onRestored(restored.key);
            say({ kind: 'done', text: `Restored the signing key of ${restored.key.organisation}.` });
          }}
        >
          Restore the signing key
        </button>
      </div>
    </>
  );
}

/**
 * The organisation's signing key: optional. With a key in this browser,
 * every report made here is signed; the public key file lets others check.
 */
export function SigningKeyPanel() {
  const [keyPair, setKeyPair] = useState<SigningKey | null | 'loading'>('loading');
  const [organisation, setOrganisation] = useState('');
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => {
    let live = true;
    loadSigningKey().then(
      (loaded) => live && setKeyPair(loaded),
      (error: unknown) => {
        if (!live) return;
        setKeyPair(null);
        setMessage({ kind: 'error', text: `The signing key in this browser could not be read: ${messageOf(error)}` });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="signing-key">
      <h2 id="signing-key">Your organisation’s signing key (optional)</h2>
      <p>
        A team can sign its reports so that others can tell they came from it. The key is made and kept in this browser; anyone who can use
        this browser profile can sign with it. Others check a signature with the public key file you give them.
      </p>
      {keyPair === 'loading' && <p role="status">Looking for a signing key…</p>}
      {keyPair !== 'loading' && keyPair !== null && <KeyActions keyPair={keyPair} onDeleted={() => setKeyPair(null)} say={setMessage} />}
      {keyPair === null && (
        <>
          <div className="field">
            <label htmlFor="signing-organisation">Organisation name</label>
            <input
              id="signing-organisation"
              type="text"
              value={organisation}
              onChange={(event) => setOrganisation(event.currentTarget.value)}
            />
          </div>
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={async () => {
                if (!organisation.trim()) return setMessage({ kind: 'error', text: 'Enter the name of your organisation.' });
                let made: SigningKey;
                try {
                  made = await generateSigningKey(organisation);
                } catch (error) {
                  return setMessage({ kind: 'error', text: `The signing key could not be made: ${messageOf(error)}` });
                }
                if (!saveSigningKey(made))
                  return setMessage({ kind: 'error', text: 'This browser refused to store the key (private mode or storage full).' });
                setKeyPair(made);
                setMessage({
                  kind: 'done',
                  text: `Signing key made for ${made.organisation}. Download a backup now: if this browser’s data is cleared, the key is gone.`,
                });
              }}
            >
              Create a signing key
            </button>
          </div>
          <Restore onRestored={setKeyPair} say={setMessage} />
        </>
      )}
      <div role="status" aria-live="polite">
        {message?.kind === 'done' && <p className="success-panel">{message.text}</p>}
      </div>
      {message?.kind === 'error' && (
        <p className="field-error" role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}
