// « Qui travaille ? »: after the team's passphrase opened the database,
// each worker picks their name and types their own PIN. Nothing of the
// records is fetched or shown before that: only the profiles' names.
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, type Worker, toCommandError } from '../api';
import { WaitLine, useRetryWait } from './RetryWait';
import { useT, useBackend } from '../services';

export interface ProfileScreenProps {
  /** A worker signed in: the app reads the vault's state again. */
  onSignedIn: () => void;
  /** « Verrouiller », as in the top bar (Ctrl+L works here too). */
  onLock: () => void;
  /** The lock shortcut as shown (Ctrl+L or Cmd+L). */
  shortcut: string;
}

/** Not a shell code: the worker pressed « Entrer » without a name. */
const NO_CHOICE = 'profile-required';

export function ProfileScreen({ onSignedIn, onLock, shortcut }: ProfileScreenProps) {
  const t = useT();
  const backend = useBackend();
  const [workers, setWorkers] = useState<Worker[] | null>(null);
  const [choice, setChoice] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  // Wrong PINs in a row make the next try wait, as for the passphrase
  // (nothing is erased): the button stays off until then.
  const wait = useRetryWait();
  const { left } = wait;
  const pinField = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    let live = true;
    backend.listWorkers().then(
      (all) => {
        if (!live) return;
        setWorkers(all);
        // Alone on the list: nothing to choose.
        if (all.length === 1) setChoice(all[0].id);
      },
      (e) => live && setError(toCommandError(e)),
    );
    return () => {
      live = false;
    };
  }, [backend]);

  // The first thing to do has the focus: the name, or the PIN when there
  // is only one name.
  useEffect(() => {
    if (!workers) return;
    if (workers.length === 1) pinField.current?.focus();
    else list.current?.querySelector('input')?.focus();
  }, [workers]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || left > 0) return;
    const worker = workers?.find((w) => w.id === choice);
    if (!worker) {
      setError({ code: NO_CHOICE, message: t('profile-error-choose') });
      list.current?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    try {
      await backend.signIn(worker.name, pin);
      setPin('');
      onSignedIn();
    } catch (err) {
      const problem = toCommandError(err);
      setError(problem);
      wait.refused(problem);
      setBusy(false);
      pinField.current?.select();
    }
  };

  // The shell's `unlock-wait` speaks of the passphrase: here it is the PIN.
  const message = error?.code === 'unlock-wait' && typeof error.retry_after === 'number' ? t('profile-error-pin-wait', { seconds: Math.ceil(error.retry_after) }) : error?.message;
  const pinInvalid = !!error && error.code !== NO_CHOICE;

  return (
    <main class="vault" id="main">
      <section class="vault-card" id="profile-screen" aria-labelledby="profile-title">
        <h1 id="profile-title">{t('profile-title')}</h1>
        <p>{t('profile-intro')}</p>
        {workers === null && !error && <p class="loading">{t('loading')}</p>}
        <form class="stack" id="profile-form" onSubmit={submit} noValidate>
          {workers && (
            <fieldset class="choices profile-list" id="profile-list" ref={list} aria-invalid={error?.code === NO_CHOICE ? 'true' : undefined}>
              <legend>{t('profile-list')}</legend>
              {workers.map((w) => (
                <label class="choice" key={w.id} for={`profile-${w.id}`}>
                  <input
                    type="radio"
                    name="profile"
                    id={`profile-${w.id}`}
                    value={String(w.id)}
                    data-name={w.name}
                    checked={choice === w.id}
                    onChange={() => {
                      setChoice(w.id);
                      if (error?.code === NO_CHOICE) setError(null);
                    }}
                  />
                  <bdi>{w.name}</bdi>
                </label>
              ))}
            </fieldset>
          )}
          <div class={pinInvalid ? 'field invalid' : 'field'}>
            <label for="profile-pin">{t('profile-pin')}</label>
            {/* Any characters: a PIN may hold letters, so no numeric keypad. */}
            <input
              id="profile-pin"
              ref={pinField}
              type="password"
              autocomplete="off"
              value={pin}
              aria-invalid={pinInvalid ? 'true' : undefined}
              aria-describedby={error ? 'profile-error' : undefined}
              onInput={(e) => setPin((e.target as HTMLInputElement).value)}
            />
          </div>
          {error && (
            <p class="form-error" role="alert" id="profile-error" data-code={error.code}>
              {message}
            </p>
          )}
          <WaitLine id="profile-wait" wait={wait} />
          <div class="actions">
            <button type="submit" class="primary" id="profile-submit" disabled={busy || left > 0 || workers === null} aria-describedby={wait.waited ? 'profile-wait' : undefined}>
              {busy ? t('unlock-working') : t('profile-submit')}
            </button>
            <button type="button" id="lock" onClick={onLock} title={t('lock-shortcut-hint', { keys: shortcut })} aria-keyshortcuts="Control+L Meta+L">
              {t('lock-button')}
              <kbd aria-hidden="true">{shortcut}</kbd>
            </button>
          </div>
        </form>
      </section>
    </main>
  );
}
