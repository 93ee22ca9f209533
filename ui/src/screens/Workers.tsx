// Paramètres → Profils: the team's worker profiles, and adding one. The
// first profile turns sign-in on for everyone (after unlocking, each
// worker picks their name and types their PIN) and signs its maker in.
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, type FieldProblem, type Worker, toCommandError } from '../api';
import { useT, useBackend } from '../services';

export interface WorkersSectionProps {
  /** The signed-in worker (null before any profile). */
  worker: Worker | null;
  /** A profile was added: the first one signs in (the top bar changes). */
  onChanged?: () => void;
}

type WorkerField = 'name' | 'pin' | 'confirmation';

/** The input of each field the shell may name in `problems`. */
const FIELD_IDS: Record<WorkerField, string> = { name: 'worker-name', pin: 'worker-pin', confirmation: 'worker-confirm' };

interface TextFieldProps {
  id: string;
  label: string;
  help?: string;
  type: 'text' | 'password';
  autocomplete: string;
  value: string;
  problems: FieldProblem[];
  inputRef: Ref<HTMLInputElement>;
  onValue: (value: string) => void;
}

/** A field with its help and, once refused, its problems under it
 * (`<id>-help`, `<id>-problem`). */
function TextField({ id, label, help, type, autocomplete, value, problems, inputRef, onValue }: TextFieldProps) {
  const invalid = problems.length > 0;
  const describedBy = [help && `${id}-help`, invalid && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div class={invalid ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type={type}
        autocomplete={autocomplete}
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => onValue((e.target as HTMLInputElement).value)}
      />
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {invalid && (
        <p class="field-error" id={`${id}-problem`} data-code={problems.map((p) => p.code).join(' ')}>
          {problems.map((p) => p.message).join(' ')}
        </p>
      )}
    </div>
  );
}

export function WorkersSection({ worker, onChanged }: WorkersSectionProps) {
  const t = useT();
  const backend = useBackend();
  const [workers, setWorkers] = useState<Worker[] | null>(null);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<CommandError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const pinField = useRef<HTMLInputElement>(null);
  const confirmField = useRef<HTMLInputElement>(null);
  const refs: Record<WorkerField, typeof nameField> = { name: nameField, pin: pinField, confirmation: confirmField };

  const load = async () => {
    const all = await backend.listWorkers();
    setWorkers(all);
    return all;
  };
  useEffect(() => {
    load().catch((e) => setError(toCommandError(e)));
  }, [backend]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    const first = (workers?.length ?? 0) === 0;
    try {
      const added = await backend.addWorker(name, pin, confirmation);
      setName('');
      setPin('');
      setConfirmation('');
      setDone(t(first ? 'worker-added-first' : 'worker-added', { name: added.name }));
      onChanged?.();
      await load().catch(() => {});
    } catch (err) {
      const problem = toCommandError(err);
      setError(problem);
      const field = problem.problems?.[0]?.field as WorkerField | undefined;
      if (field && field in refs) refs[field].current?.focus();
    }
    setBusy(false);
  };
  const problemsOf = (field: WorkerField) => error?.problems?.filter((p) => p.field === field) ?? [];
  const edit = (set: (v: string) => void) => (value: string) => {
    set(value);
    setDone(null);
  };
  const none = workers !== null && workers.length === 0;

  return (
    <section class="stack" id="settings-workers" aria-labelledby="settings-workers-title">
      <h2 id="settings-workers-title">{t('settings-workers')}</h2>
      {none && (
        <p class="help" id="workers-intro">
          {t('settings-workers-none')}
        </p>
      )}
      {workers && workers.length > 0 && (
        <>
          <p class="help" id="workers-help">
            {t('settings-workers-help')}
          </p>
          <ul class="plain-list" id="workers-list">
            {workers.map((w) => (
              <li key={w.id} data-worker-id={w.id}>
                <bdi>{w.name}</bdi>
                {worker?.id === w.id && <> {t('settings-workers-you')}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      <form class="stack" id="worker-form" onSubmit={submit} noValidate>
        <TextField
          id={FIELD_IDS.name}
          label={t('worker-name')}
          help={t('worker-name-help')}
          type="text"
          autocomplete="off"
          value={name}
          problems={problemsOf('name')}
          inputRef={nameField}
          onValue={edit(setName)}
        />
        <TextField
          id={FIELD_IDS.pin}
          label={t('worker-pin')}
          help={t('worker-pin-help')}
          type="password"
          autocomplete="new-password"
          value={pin}
          problems={problemsOf('pin')}
          inputRef={pinField}
          onValue={edit(setPin)}
        />
        <TextField
          id={FIELD_IDS.confirmation}
          label={t('worker-confirm')}
          type="password"
          autocomplete="new-password"
          value={confirmation}
          problems={problemsOf('confirmation')}
          inputRef={confirmField}
          onValue={edit(setConfirmation)}
        />
        {error &&
          (error.problems?.length ? (
            <p class="form-error" role="alert" id="worker-error" data-code={error.code}>
              {t('person-fix-errors', { count: error.problems.length })}
            </p>
          ) : (
            <p class="form-error" role="alert" id="worker-error" data-code={error.code}>
              {error.message}
            </p>
          ))}
        <p role="status" class="status-line" id="worker-status">
          {done}
        </p>
        <div class="actions">
          <button type="submit" id="worker-add" disabled={busy || workers === null}>
            {t(none ? 'worker-add-first' : 'worker-add')}
          </button>
        </div>
      </form>
    </section>
  );
}
