// First launch (choose a passphrase) and unlock screens. Nothing of the
// records is shown before the passphrase is given.
import { useEffect, useRef, useState } from 'preact/hooks';

import { type Backend, type CommandError, type Strength, toCommandError } from '../api';
import type { Lang, Translate } from '../i18n';
import { PasswordField } from './PasswordField';
import { Backups } from './Security';

interface VaultProps {
  t: Translate;
  backend: Backend;
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

export function SetupScreen({ t, backend, onOpened }: VaultProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [strength, setStrength] = useState<Strength | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    let live = true;
    backend.passphraseStrength(passphrase).then((s) => live && setStrength(s));
    return () => {
      live = false;
    };
  }, [backend, passphrase]);

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
        <div class="field">
          <PasswordField
            id="setup-passphrase"
            label={t('setup-passphrase')}
            value={passphrase}
            onValue={setPassphrase}
            autocomplete="new-password"
            inputRef={first}
            describedBy="setup-strength"
          />
          {strength && (
            <div id="setup-strength" class="strength" data-score={strength.score} aria-live="polite">
              <meter min={0} max={4} value={strength.score} aria-hidden="true" />
              <span>
                {t('passphrase-strength', { score: strength.score })} — {t(`passphrase-hint-${strength.hint}`)}
              </span>
            </div>
          )}
        </div>
        <PasswordField id="setup-confirm" label={t('setup-confirm')} value={confirmation} onValue={setConfirmation} autocomplete="new-password" />
        <ErrorLine error={error} />
        <button type="submit" class="primary" id="setup-submit" disabled={busy}>
          {busy ? t('unlock-working') : t('setup-submit')}
        </button>
      </form>
    </main>
  );
}

export function UnlockScreen({ t, lang, backend, onOpened }: VaultProps & { lang: Lang }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await backend.unlock(passphrase);
      setPassphrase('');
      onOpened();
    } catch (err) {
      setError(toCommandError(err));
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
        <button type="submit" class="primary" id="unlock-submit" disabled={busy}>
          {busy ? t('unlock-working') : t('unlock-submit')}
        </button>
      </form>
      {/* A damaged database cannot be unlocked: the way out is a backup. */}
      {error?.code === 'damaged' && (
        <div class="vault-card">
          <Backups t={t} lang={lang} backend={backend} dataDir={null} onRestored={onOpened} />
        </div>
      )}
    </main>
  );
}
