// The worker's choice of enclosures, in the dossier's review: optional
// documents of the checklist ticked, other documents added by name (the
// spouse's income declaration, the PMI prescription…). The letters list
// them under « Pièces jointes »; required ones are always there.
import { useState } from 'preact/hooks';

import { type CommandError, type InterviewView, enclosureChoice, toCommandError } from '../api';
import { actionOn } from '../i18n';
import { useT, useBackend } from '../services';

interface EnclosuresProps {
  view: InterviewView;
  onView: (v: InterviewView) => void;
}

export function EnclosuresSection({ view, onView }: EnclosuresProps) {
  const t = useT();
  const backend = useBackend();
  const p = view.procedure_id;
  const choice = enclosureChoice(view.answers);
  const optional = view.checklist.filter((item) => !item.required);
  const [name, setName] = useState('');
  const [error, setError] = useState<CommandError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (ticked: string[], added: string[]) => {
    setBusy(true);
    setError(null);
    try {
      onView(await backend.setEnclosures(view.dossier_id, ticked, added));
      setNotice(t('enclosures-saved'));
      return true;
    } catch (e) {
      setError(toCommandError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string, on: boolean) => save(on ? [...choice.ticked, id] : choice.ticked.filter((x) => x !== id), choice.added);
  const add = async (e: Event) => {
    e.preventDefault();
    const typed = name.trim();
    if (!typed) return;
    const already = choice.added.some((a) => a.toLocaleLowerCase('fr') === typed.toLocaleLowerCase('fr'));
    if (already || (await save(choice.ticked, [...choice.added, typed]))) setName('');
  };

  return (
    <section class="enclosures" id="enclosures" aria-labelledby="enclosures-title">
      <h2 id="enclosures-title">{t('enclosures-title')}</h2>
      <p class="help">{t('enclosures-help')}</p>
      {optional.length > 0 && (
        <fieldset id="enclosures-optional" disabled={busy}>
          <legend>{t('enclosures-optional')}</legend>
          {optional.map((item) => (
            <label class="check" key={item.id} data-document={item.id}>
              <input type="checkbox" checked={choice.ticked.includes(item.id)} onChange={(e) => toggle(item.id, (e.target as HTMLInputElement).checked)} />
              <span>{t(`${p}-doc-${item.id}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {choice.added.length > 0 && (
        <>
          <h3>{t('enclosures-added')}</h3>
          <ul id="enclosures-added">
            {choice.added.map((a) => (
              <li key={a}>
                <bdi>{a}</bdi>{' '}
                <button
                  type="button"
                  class="small"
                  disabled={busy}
                  onClick={() =>
                    save(
                      choice.ticked,
                      choice.added.filter((x) => x !== a),
                    )
                  }
                  aria-label={actionOn(t, t('enclosures-remove'), a)}
                >
                  {t('enclosures-remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form class="inline-form" id="enclosures-add-form" onSubmit={add}>
        <div class={error ? 'field invalid' : 'field'}>
          <label for="enclosure-name">{t('enclosures-add-label')}</label>
          <input
            id="enclosure-name"
            type="text"
            maxLength={200}
            value={name}
            autocomplete="off"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'enclosures-error' : undefined}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
          {error && (
            <p class="field-error" id="enclosures-error" role="alert" data-code={error.code}>
              {error.problems?.[0]?.message ?? error.message}
            </p>
          )}
        </div>
        <button type="submit" disabled={busy || name.trim() === ''}>
          {t('enclosures-add')}
        </button>
      </form>
      <p role="status" class="sr-status" id="enclosures-status">
        {notice}
      </p>
    </section>
  );
}
