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

/** Seconds left before `until` (a Date.now() instant), updated as each
 * second passes; 0 once it is over. `start(seconds)` begins a wait. The
 * profile screen counts the PIN's waits the same way. */
export function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState<number | null>(null);
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (until === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const ms = until - Date.now();
      const seconds = Math.max(0, Math.ceil(ms / 1000));
      setLeft(seconds);
      // Next tick when the shown number changes.
      if (seconds > 0) timer = setTimeout(tick, ms - (seconds - 1) * 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [until]);
  const start = (seconds: number) => {
    setLeft(seconds);
    setUntil(Date.now() + seconds * 1000);
  };
  return [left, start];
}

export function UnlockScreen({ t, lang, backend, onOpened }: VaultProps & { lang: Lang }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  // After several wrong passphrases the shell makes the next try wait
  // (nothing is erased): the button stays off until then.
  const [waited, setWaited] = useState(false);
  const [left, startWait] = useCountdown();
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
      const wait = typeof problem.retry_after === 'number' && problem.retry_after > 0 ? Math.ceil(problem.retry_after) : 0;
      setError(problem);
      setWaited(wait > 0);
      if (wait > 0) startWait(wait);
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
        {/* Always in the page, so screen readers follow its changes. */}
        <p class="status-line" id="unlock-wait" aria-live="polite" data-seconds={waited ? left : undefined}>
          {waited ? (left > 0 ? t('unlock-wait-countdown', { seconds: left }) : t('unlock-wait-over')) : null}
        </p>
        <button
          type="submit"
          class="primary"
          id="unlock-submit"
          disabled={busy || left > 0}
          aria-describedby={waited ? 'unlock-wait' : undefined}
        >
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
