// Paramètres → Sécurité: change the passphrase, see and restore backups,
// carry the data to another laptop (portable backup).
import { useEffect, useState } from 'preact/hooks';

import { type BackupInfo, type BackupStatus, type CommandError, toCommandError } from '../api';
import type { Lang } from '../i18n';
import { PasswordField } from './PasswordField';
import { PortableBackup } from './Portable';
import { useT, useBackend } from '../services';

interface SecurityProps {
  lang: Lang;
  dataDir: string | null;
}

/** `20261125T170000Z` → local date and time in the worker's language. */
export function stampToLocal(stamp: string, lang: Lang): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) return stamp;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.toLocaleString(lang === 'ar' ? 'ar-u-nu-latn' : lang, { dateStyle: 'short', timeStyle: 'short' });
}

function size(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MiB` : `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

function Result({ error, done }: { error: CommandError | null; done: string | null }) {
  if (error)
    return (
      <p class="form-error" role="alert" data-code={error.code}>
        {error.message}
      </p>
    );
  if (done)
    return (
      <p class="notice" role="status">
        {done}
      </p>
    );
  return null;
}

function ChangePassphrase() {
  const t = useT();
  const backend = useBackend();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await backend.changePassphrase(current, next, confirmation);
      setCurrent('');
      setNext('');
      setConfirmation('');
      setDone(t('passphrase-changed'));
    } catch (err) {
      setError(toCommandError(err));
    }
    setBusy(false);
  };
  return (
    <form id="change-passphrase" onSubmit={submit} class="stack">
      <h3>{t('settings-change-passphrase')}</h3>
      <PasswordField id="passphrase-current" label={t('passphrase-current')} value={current} onValue={setCurrent} autocomplete="current-password" />
      <PasswordField id="passphrase-new" label={t('passphrase-new')} value={next} onValue={setNext} autocomplete="new-password" />
      <PasswordField id="passphrase-new-confirm" label={t('passphrase-new-confirm')} value={confirmation} onValue={setConfirmation} autocomplete="new-password" />
      <Result error={error} done={done} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('unlock-working') : t('passphrase-change-submit')}
        </button>
      </div>
    </form>
  );
}

/** The backups list with restore; also offered on the unlock screen when
 * the database is damaged (`onRestored` then opens the app). */
export function Backups({ lang, dataDir, onRestored }: SecurityProps & { onRestored?: () => void }) {
  const t = useT();
  const backend = useBackend();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  const refresh = () => backend.backupStatus().then(setStatus, (e) => setError(toCommandError(e)));
  useEffect(() => {
    refresh();
  }, [backend]);

  const run = async (action: () => Promise<unknown>, message: string, after?: () => void) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(message);
      setRestoring(null);
      setPassphrase('');
      after?.();
    } catch (err) {
      setError(toCommandError(err));
    }
    setBusy(false);
    refresh();
  };

  return (
    <div class="stack" id="backups">
      <h3>{t('backups-title')}</h3>
      <p class="help">{t('backups-explain', { count: 7, path: dataDir ? `${dataDir}/backups` : 'backups' })}</p>
      {status?.last_error && (
        <p class="form-error" role="alert">
          {t('backups-last-error', { message: status.last_error.message })}
        </p>
      )}
      <div class="actions">
        <button type="button" id="backup-now" disabled={busy} onClick={() => run(() => backend.backupNow(), t('backups-done'))}>
          {t('backups-now')}
        </button>
      </div>
      <Result error={error} done={done} />
      {status && status.backups.length === 0 && <p class="muted">{t('backups-none')}</p>}
      <ul class="backup-list" id="backup-list">
        {status?.backups.map((b) => (
          <li key={b.file_name}>
            <span>
              {stampToLocal(b.stamp, lang)} — {size(b.size)}
            </span>
            <button type="button" class="small" onClick={() => setRestoring(b)} aria-expanded={restoring?.file_name === b.file_name}>
              {t('backups-restore')}
            </button>
            {restoring?.file_name === b.file_name && (
              <form
                class="restore stack"
                onSubmit={(e) => {
                  e.preventDefault();
                  run(() => backend.restoreBackup(b.file_name, passphrase), t('backups-restored'), onRestored);
                }}
              >
                <p class="warning">{t('backups-restore-warning', { date: stampToLocal(b.stamp, lang) })}</p>
                <PasswordField id="restore-passphrase" label={t('backups-restore-passphrase')} value={passphrase} onValue={setPassphrase} autocomplete="current-password" />
                <div class="actions">
                  <button type="submit" class="primary" disabled={busy}>
                    {t('backups-restore-confirm')}
                  </button>
                  <button type="button" onClick={() => setRestoring(null)}>
                    {t('person-cancel')}
                  </button>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `onDataReplaced`: a portable backup replaced the data (the app reads
 * the vault's state again: its profiles may ask to sign in). */
export function SecuritySection({ onDataReplaced, ...props }: SecurityProps & { onDataReplaced?: () => void }) {
  const t = useT();
  return (
    <section aria-labelledby="settings-security">
      <h2 id="settings-security">{t('settings-security')}</h2>
      <ChangePassphrase />
      <Backups {...props} />
      <PortableBackup onRestored={onDataReplaced} />
    </section>
  );
}
