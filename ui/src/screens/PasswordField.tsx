// A labelled passphrase input: setup, unlock, passphrase change and restore
// all ask for one the same way. A passphrase being chosen (the database's
// at first launch, a portable backup's) comes with the shell's opinion of
// its strength.
import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import type { Strength } from '../api';
import { useT, useBackend } from '../services';

export interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  autocomplete: 'new-password' | 'current-password';
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
  invalid?: boolean;
}

export function PasswordField({ id, label, value, onValue, autocomplete, inputRef, describedBy, invalid }: PasswordFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="password"
        autocomplete={autocomplete}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(e) => onValue((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}

export interface NewPassphraseFieldProps {
  id: string;
  /** Id of the strength feedback, which describes the field. */
  strengthId: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A passphrase being chosen, with its strength (score out of 4 and a
 * hint) read again from the shell as it is typed. */
export function NewPassphraseField({ id, strengthId, label, value, onValue, inputRef }: NewPassphraseFieldProps) {
  const t = useT();
  const backend = useBackend();
  const [strength, setStrength] = useState<Strength | null>(null);
  useEffect(() => {
    let live = true;
    backend.passphraseStrength(value).then((s) => live && setStrength(s));
    return () => {
      live = false;
    };
  }, [backend, value]);
  return (
    <div class="field">
      <PasswordField id={id} label={label} value={value} onValue={onValue} autocomplete="new-password" inputRef={inputRef} describedBy={strengthId} />
      {strength && (
        <div id={strengthId} class="strength" data-score={strength.score} aria-live="polite">
          <meter min={0} max={4} value={strength.score} aria-hidden="true" />
          <span>
            {t('passphrase-strength', { score: strength.score })} — {t(`passphrase-hint-${strength.hint}`)}
          </span>
        </div>
      )}
    </div>
  );
}
