// A labelled passphrase input: setup, unlock, passphrase change and restore
// all ask for one the same way.
import type { Ref } from 'preact';

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
