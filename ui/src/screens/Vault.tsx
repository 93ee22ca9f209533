// First launch (choose a passphrase, or restore a portable backup) and
// unlock screens. Nothing of the records is shown before the passphrase is
// given.
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, toCommandError } from '../api';
import type { Lang } from '../i18n';
import { NewPassphraseField, PasswordField } from './PasswordField';
import { PortableImport } from './Portable';
import { WaitLine, useRetryWait } from './RetryWait';
import { Backups } from './Security';
import { useT, useBackend } from '../services';

interface VaultProps {
  onOpened: () => void;
}

function ErrorLine({ error }: { error: CommandError | null }) {
  if (!error) return null;
  return (
    <p class="form-error" role="alert" id="vault-error" data-code={error.code}>
      {error.message}
    </p>
  );
}

/**
 * The button's text while the key is derived from the passphrase (Argon2id:
 * a quarter of a second here, a second or more on an old laptop): a bar
 * that moves, so the window never looks frozen. The derivation reports no
 * progress of its own, so the bar does not pretend to measure it.
 */
export function Working({ label }: { label: string }) {
  return (
    <span class="working">
      {label}
      <span class="working-bar" aria-hidden="true" />
    </span>
  );
}

export function SetupScreen({ onOpened }: VaultProps) {
  const t = useT();
  const backend = useBackend();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  // A new laptop may start from a portable backup (a USB key) instead.
  const [importing, setImporting] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await backend.createVault(passphrase, confirmation);
      onOpened();
    } catch (err) {
      setError(toCommandError(err));
      setBusy(false);
    }
  };

  return (
    <main class="vault" id="main">
      <form class="vault-card" id="setup-form" onSubmit={submit} aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup-title')}</h1>
        <p>{t('setup-intro')}</p>
        <p class="warning">{t('setup-warning')}</p>
        <NewPassphraseField id="setup-passphrase" strengthId="setup-strength" label={t('setup-passphrase')} value={passphrase} onValue={setPassphrase} inputRef={first} />
        <PasswordField id="setup-confirm" label={t('setup-confirm')} value={confirmation} onValue={setConfirmation} autocomplete="new-password" />
        <ErrorLine error={error} />
        <button type="submit" class="primary" id="setup-submit" disabled={busy} aria-busy={busy}>
          {busy ? <Working label={t('unlock-working')} /> : t('setup-submit')}
        </button>
      </form>
      <div class="vault-card" id="first-launch-restore">
        <p class="help">{t('first-launch-import-help')}</p>
        <div class="actions">
          <button
            type="button"
            id="first-launch-import"
            aria-expanded={importing}
            aria-controls={importing ? 'portable-import' : undefined}
            onClick={() => setImporting((open) => !open)}
          >
            {t('first-launch-import')}
          </button>
        </div>
        {/* Nothing to replace here: no confirmation. */}
        {importing && <PortableImport heading="h2" focusFirst onRestored={onOpened} />}
      </div>
    </main>
  );
}

/** `problem`: why the database was closed right after the last unlock (its
 * page check found damage), shown until the next try. */
export function UnlockScreen({ lang, onOpened, problem = null }: VaultProps & { lang: Lang; problem?: CommandError | null }) {
  const t = useT();
  const backend = useBackend();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<CommandError | null>(problem);
  const [busy, setBusy] = useState(false);
  // After several wrong passphrases the shell makes the next try wait
  // (nothing is erased): the button stays off until then.
  const wait = useRetryWait();
  const { left } = wait;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || left > 0) return;
    setBusy(true);
    try {
      await backend.unlock(passphrase);
      setPassphrase('');
      onOpened();
    } catch (err) {
      const problem = toCommandError(err);
      setError(problem);
      wait.refused(problem);
      setBusy(false);
      input.current?.select();
    }
  };

  return (
    <main class="vault" id="main">
      <form class="vault-card" id="unlock-form" onSubmit={submit} aria-labelledby="unlock-title">
        <h1 id="unlock-title">{t('unlock-title')}</h1>
        <p>{t('unlock-intro')}</p>
        <PasswordField
          id="unlock-passphrase"
          label={t('unlock-passphrase')}
          value={passphrase}
          onValue={setPassphrase}
          autocomplete="current-password"
          inputRef={input}
          invalid={!!error}
        />
        <ErrorLine error={error} />
        <WaitLine id="unlock-wait" wait={wait} />
        <button type="submit" class="primary" id="unlock-submit" disabled={busy || left > 0} aria-busy={busy} aria-describedby={wait.waited ? 'unlock-wait' : undefined}>
          {busy ? <Working label={t('unlock-working')} /> : t('unlock-submit')}
        </button>
      </form>
      {/* A damaged database cannot be unlocked: the way out is a backup. */}
      {error?.code === 'damaged' && (
        <div class="vault-card">
          <Backups lang={lang} dataDir={null} onRestored={onOpened} />
        </div>
      )}
    </main>
  );
}
