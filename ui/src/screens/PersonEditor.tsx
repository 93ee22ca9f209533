// The form that creates or edits a person's record, with its draft kept
// as it is typed (restored when the form reopens).
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, EMPTY_FORM, type PersonForm, toCommandError } from '../api';
import { personPath } from '../router';
import type { PersonProps } from './Person';
import { useT, useBackend } from '../services';

type FieldName = keyof PersonForm;

interface FieldSpec {
  name: FieldName;
  label: string;
  help?: string;
  multiline?: boolean;
  type?: string;
  autocomplete?: string;
}

const SECTIONS: { title: string; fields: FieldSpec[] }[] = [
  {
    title: 'person-section-identity',
    fields: [
      { name: 'family_name', label: 'person-family-name', autocomplete: 'off' },
      { name: 'given_names', label: 'person-given-names', autocomplete: 'off' },
      { name: 'alt_names', label: 'person-alt-names', help: 'person-alt-names-help', multiline: true },
      { name: 'birth_date', label: 'person-birth-date', help: 'person-date-help' },
      { name: 'birth_place', label: 'person-birth-place' },
      { name: 'nationality', label: 'person-nationality' },
      { name: 'languages', label: 'person-languages', help: 'person-languages-help' },
    ],
  },
  {
    title: 'person-section-contact',
    fields: [
      { name: 'phone', label: 'person-phone', type: 'tel' },
      { name: 'email', label: 'person-email', type: 'email' },
      { name: 'address', label: 'person-address', multiline: true },
    ],
  },
  {
    title: 'person-section-domiciliation',
    fields: [
      { name: 'domiciliation_organisation', label: 'person-domiciliation-organisation' },
      { name: 'domiciliation_address', label: 'person-domiciliation-address', multiline: true },
      { name: 'domiciliation_expires_on', label: 'person-domiciliation-expires', help: 'person-date-help' },
      { name: 'notes', label: 'person-notes', multiline: true },
    ],
  },
];

/** Draft autosave delay after the last keystroke. */
export const DRAFT_DELAY_MS = 400;

export function PersonEditor({ headingRef, id }: PersonProps & { id: number | null }) {
  const t = useT();
  const backend = useBackend();
  const [form, setForm] = useState<PersonForm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [saving, setSaving] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<PersonForm | null>(null);
  const dirty = useRef(false);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const draft = await backend.personDraft(id);
      if (draft) {
        if (live) {
          setForm(draft);
          setNotice(t('person-draft-restored'));
        }
        return;
      }
      const base = id === null ? { ...EMPTY_FORM } : (await backend.getPerson(id)).form;
      if (live) setForm(base);
    };
    load().catch((e) => live && setError(toCommandError(e)));
    return () => {
      live = false;
    };
  }, [backend, id]);

  // Whatever was typed is saved as a draft: on a pause, and when leaving
  // the screen or closing the window.
  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (dirty.current && latest.current) {
      dirty.current = false;
      backend.savePersonDraft(id, latest.current).catch(() => {});
    }
  };
  useEffect(() => {
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [backend, id]);

  const update = (name: FieldName, value: string) => {
    setForm((f) => {
      const next = { ...(f ?? EMPTY_FORM), [name]: value };
      latest.current = next;
      return next;
    });
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, DRAFT_DELAY_MS);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form) return;
    if (timer.current) clearTimeout(timer.current);
    dirty.current = false;
    setSaving(true);
    try {
      const saved = await backend.savePerson(id, form);
      window.location.hash = personPath.view(saved.person.id);
    } catch (err) {
      const ce = toCommandError(err);
      setError(ce);
      setSaving(false);
      const first = ce.problems?.[0]?.field;
      if (first) document.getElementById(`field-${first}`)?.focus();
    }
  };

  const cancel = async () => {
    if (timer.current) clearTimeout(timer.current);
    dirty.current = false;
    await backend.discardPersonDraft(id).catch(() => {});
    window.location.hash = id === null ? personPath.list : personPath.view(id);
  };

  const problemOf = (name: FieldName) => error?.problems?.find((p) => p.field === name);

  return (
    <section class="screen" id="screen-person-edit" aria-labelledby="person-edit-title">
      <h1 id="person-edit-title" tabIndex={-1} ref={headingRef}>
        {t(id === null ? 'person-new-title' : 'person-edit-title')}
      </h1>
      {notice && (
        <p class="notice" role="status" id="draft-notice">
          {notice}
        </p>
      )}
      {error && (
        <div class="notice notice-error" role="alert" id="form-errors" data-code={error.code}>
          {error.problems?.length ? t('person-fix-errors', { count: error.problems.length }) : error.message}
        </div>
      )}
      {form && (
        <form id="person-form" onSubmit={submit} noValidate>
          {SECTIONS.map((section) => (
            <fieldset key={section.title}>
              <legend>{t(section.title)}</legend>
              {section.fields.map((spec) => {
                const problem = problemOf(spec.name);
                const describedBy = [spec.help && `help-${spec.name}`, problem && `problem-${spec.name}`].filter(Boolean).join(' ');
                const common = {
                  id: `field-${spec.name}`,
                  name: spec.name,
                  value: form[spec.name],
                  'aria-invalid': problem ? ('true' as const) : undefined,
                  'aria-describedby': describedBy || undefined,
                  onInput: (e: Event) => update(spec.name, (e.target as HTMLInputElement).value),
                };
                return (
                  <div class={problem ? 'field invalid' : 'field'} key={spec.name}>
                    <label for={`field-${spec.name}`}>{t(spec.label)}</label>
                    {spec.multiline ? <textarea rows={3} {...common} /> : <input type={spec.type ?? 'text'} autocomplete={spec.autocomplete} {...common} />}
                    {spec.help && (
                      <p class="help" id={`help-${spec.name}`}>
                        {t(spec.help)}
                      </p>
                    )}
                    {problem && (
                      <p class="field-error" id={`problem-${spec.name}`}>
                        {problem.message}
                      </p>
                    )}
                  </div>
                );
              })}
            </fieldset>
          ))}
          <div class="actions">
            <button type="submit" class="primary" id="person-save" disabled={saving}>
              {t('person-save')}
            </button>
            <button type="button" id="person-cancel" onClick={cancel}>
              {t('person-cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
