// Portable backups: the whole database as one file under a passphrase
// chosen for it, to carry on a USB key to another laptop (Paramètres →
// Sécurité), and restoring such a file — there, after a confirmation, or
// at first launch, where a new laptop starts from the USB key.
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, toCommandError } from '../api';
import { readBytes } from '../files';
import { Confirm } from './Confirm';
import { NewPassphraseField, PasswordField } from './PasswordField';
import { useT, useBackend } from '../services';

/** « Créer une sauvegarde portable »: a passphrase typed twice (strong
 * enough, as the database's), then where the file went. */
function PortableExport() {
  const t = useT();
  const backend = useBackend();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [path, setPath] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setPath(null);
    try {
      setPath(await backend.exportPortableBackup(passphrase, confirmation));
      setPassphrase('');
      setConfirmation('');
    } catch (err) {
      setError(toCommandError(err));
    }
    setBusy(false);
  };

  return (
    <form class="stack" id="portable-export" onSubmit={submit} aria-labelledby="portable-export-title">
      <h4 id="portable-export-title">{t('portable-export-title')}</h4>
      <p class="help" id="portable-export-help">
        {t('portable-export-help')}
      </p>
      <NewPassphraseField id="portable-passphrase" strengthId="portable-passphrase-strength" label={t('portable-passphrase')} value={passphrase} onValue={setPassphrase} />
      <PasswordField id="portable-confirm" label={t('portable-confirm')} value={confirmation} onValue={setConfirmation} autocomplete="new-password" />
      {error && (
        <p class="form-error" role="alert" id="portable-export-error" data-code={error.code}>
          {error.message}
        </p>
      )}
      <div role="status" class="status-line" id="portable-export-status">
        {path && (
          <>
            <p>{t('portable-export-saved', { path })}</p>
            <p class="warning">{t('portable-export-carry')}</p>
          </>
        )}
      </div>
      <div class="actions">
        <button type="submit" id="portable-export-submit" disabled={busy}>
          {busy ? t('portable-export-working') : t('portable-export-submit')}
        </button>
      </div>
    </form>
  );
}

/** Not a shell code: « Restaurer » with no file chosen. */
const NO_FILE = 'portable-file-required';

export interface PortableImportProps {
  /** Paramètres: the data in use will be replaced, so ask first. Not at
   * first launch, where there is nothing to replace. */
  confirm?: boolean;
  /** The form's title: under « Sauvegarde portable » in Paramètres (h4),
   * or on its own at first launch (h2). */
  heading: 'h2' | 'h4';
  /** Puts the keyboard on the file field once shown. */
  focusFirst?: boolean;
  /** The backup was restored: the app reads the vault's state again. */
  onRestored?: () => void;
}

/** « Restaurer une sauvegarde portable »: the .permanence file and the
 * passphrase chosen when it was made. */
export function PortableImport({ confirm = false, heading: Heading, focusFirst, onRestored }: PortableImportProps) {
  const t = useT();
  const backend = useBackend();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [done, setDone] = useState(false);
  const fileField = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusFirst) fileField.current?.focus();
  }, []);

  const restore = async () => {
    if (!file || busy) return;
    setBusy(true);
    setError(null);
    try {
      await backend.importPortableBackup(await readBytes(file), passphrase);
      setAsking(false);
      setFile(null);
      setPassphrase('');
      if (fileField.current) fileField.current.value = '';
      setDone(true);
      onRestored?.();
    } catch (err) {
      setAsking(false);
      setError(toCommandError(err));
    }
    setBusy(false);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setError(null);
    setDone(false);
    if (!file) {
      setError({ code: NO_FILE, message: t('portable-import-no-file') });
      fileField.current?.focus();
      return;
    }
    if (confirm) setAsking(true);
    else restore();
  };
  const cancel = () => {
    setAsking(false);
    setTimeout(() => submitRef.current?.focus(), 0);
  };
  // What is confirmed is what is on screen: a change asks again.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setAsking(false);
      setDone(false);
    };

  return (
    <form class="stack" id="portable-import" onSubmit={submit} noValidate aria-labelledby="portable-import-title">
      <Heading id="portable-import-title">{t('portable-import-title')}</Heading>
      <p class="help" id="portable-import-help">
        {t('portable-import-help')}
      </p>
      <div class="field">
        <label for="portable-file">{t('portable-file')}</label>
        <input
          id="portable-file"
          ref={fileField}
          type="file"
          accept=".permanence"
          aria-invalid={error?.code === NO_FILE ? 'true' : undefined}
          onChange={(e) => edit(setFile)((e.target as HTMLInputElement).files?.[0] ?? null)}
        />
      </div>
      <PasswordField id="portable-import-passphrase" label={t('portable-import-passphrase')} value={passphrase} onValue={edit(setPassphrase)} autocomplete="current-password" />
      {error && (
        <p class="form-error" role="alert" id="portable-import-error" data-code={error.code}>
          {error.message}
        </p>
      )}
      <p role="status" class="status-line" id="portable-import-status">
        {/* At first launch nothing was replaced. */}
        {done ? (confirm ? t('portable-import-done') : t('portable-import-done-first')) : null}
      </p>
      <div class="actions">
        <button type="submit" id="portable-import-submit" ref={submitRef} disabled={busy || asking} aria-expanded={confirm ? asking : undefined}>
          {busy && !asking ? t('portable-import-working') : t('portable-import-submit')}
        </button>
      </div>
      {asking && (
        <Confirm
          warningId="portable-import-warning"
          warning={<p>{t('portable-import-warning')}</p>}
          confirmId="portable-import-confirm"
          confirmLabel={busy ? t('portable-import-working') : t('portable-import-confirm')}
          cancelId="portable-import-cancel"
          cancelLabel={t('person-cancel')}
          disabled={busy}
          onConfirm={restore}
          onCancel={cancel}
        />
      )}
    </form>
  );
}

/** Paramètres → Sécurité → « Sauvegarde portable (clé USB) ». */
export function PortableBackup({ onRestored }: { onRestored?: () => void }) {
  const t = useT();
  return (
    <div class="stack" id="portable-backup">
      <h3 id="portable-backup-title">{t('portable-title')}</h3>
      <p class="help" id="portable-backup-help">
        {t('portable-help')}
      </p>
      <PortableExport />
      <PortableImport confirm heading="h4" onRestored={onRestored} />
    </div>
  );
}
