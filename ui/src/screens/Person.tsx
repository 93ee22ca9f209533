// One person: their record, its documents and démarches (the form to
// create or edit it is PersonEditor.tsx).
import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { type CatalogueItem, type CommandError, DOCUMENT_KINDS, type Expiry, type PersonView, toCommandError } from '../api';
import { frenchDate } from '../dates';
import { MAX_FILE_BYTES, readBytes } from '../files';
import type { Translate } from '../i18n';
import { dossierPath, personPath } from '../router';
import { AccessJournal, DataProtection } from './PersonPrivacy';
import { useT, useBackend } from '../services';

export interface PersonProps {
  headingRef: Ref<HTMLHeadingElement>;
}

export function PersonPage({ headingRef, id }: PersonProps & { id: number }) {
  const t = useT();
  const backend = useBackend();
  const [view, setView] = useState<PersonView | null>(null);
  const [error, setError] = useState<CommandError | null>(null);

  useEffect(() => {
    backend.getPerson(id).then(setView, (e) => setError(toCommandError(e)));
  }, [backend, id]);

  if (error) {
    return (
      <section class="screen" id="screen-person">
        <h1 tabIndex={-1} ref={headingRef}>
          {t('error-title')}
        </h1>
        <p role="alert">{error.message}</p>
        <a href={personPath.list}>{t('person-back')}</a>
      </section>
    );
  }
  if (!view) return <p class="loading">{t('loading')}</p>;
  const f = view.form;
  // Fields changed on two laptops of the team, not chosen yet: the value
  // shown is the more recent one, marked.
  const conflicted = new Set(view.conflicted_fields.map((f) => `person-${f.replace(/_/g, '-')}`));
  const rows: [string, string][] = [
    ['person-alt-names', f.alt_names.split('\n').join(' · ')],
    ['person-birth-date', f.birth_date],
    ['person-birth-place', f.birth_place],
    ['person-nationality', f.nationality],
    ['person-languages', f.languages],
    ['person-phone', f.phone],
    ['person-email', f.email],
    ['person-address', f.address],
    ['person-domiciliation-organisation', f.domiciliation_organisation],
    ['person-domiciliation-address', f.domiciliation_address],
    ['person-domiciliation-expires', f.domiciliation_expires_on],
    ['person-notes', f.notes],
  ];
  return (
    <section class="screen" id="screen-person" aria-labelledby="person-title">
      <p>
        <a href={personPath.list}>← {t('person-back')}</a>
      </p>
      <div class="screen-head">
        <h1 id="person-title" tabIndex={-1} ref={headingRef}>
          <bdi>{view.display_name}</bdi>
        </h1>
        <a class="button" id="person-edit" href={personPath.edit(id)}>
          {t('person-edit')}
        </a>
      </div>
      <Authors view={view} />
      {conflicted.size > 0 && (
        <p class="notice" role="note" id="person-conflicts">
          {t('person-conflicts')} <a href="#/parametres">{t('person-conflicts-where')}</a>
        </p>
      )}
      <dl class="record" id="person-record">
        {rows
          .filter(([label, value]) => value.trim() !== '' || conflicted.has(label))
          .map(([label, value]) => (
            <div key={label} class={conflicted.has(label) ? 'record-row record-conflict' : 'record-row'} data-field={label}>
              <dt>{t(label)}</dt>
              <dd>
                <bdi>{value}</bdi>
                {conflicted.has(label) && <span class="badge badge-conflict">{t('person-field-conflict')}</span>}
              </dd>
            </div>
          ))}
      </dl>
      {view.domiciliation_expiry.state === 'soon' || view.domiciliation_expiry.state === 'expired' ? (
        <p class="notice notice-error" role="status" id="domiciliation-warning">
          {t('domiciliation-expiry-warning', { status: expiryText(t, view.domiciliation_expiry, f.domiciliation_expires_on) })}
        </p>
      ) : null}
      <h2>{t('person-section-dossiers')}</h2>
      {view.dossiers.length === 0 ? (
        <p class="muted">{t('person-dossiers-empty')}</p>
      ) : (
        <ul class="plain-list" id="person-dossiers">
          {view.dossiers.map((d) => (
            <li key={d.id}>
              <a href={dossierPath(d.id)}>{t(`${d.procedure_id}-title`)}</a> —{' '}
              {d.status === 'closed' && d.closed_on ? t('dossier-closed-on', { date: frenchDate(d.closed_on) }) : t(`dossier-status-${d.status}`)} — {frenchDate(d.opened_on)}
            </li>
          ))}
        </ul>
      )}
      <StartDemarche personId={id} />
      <h2>{t('person-section-documents')}</h2>
      {view.documents.length === 0 ? (
        <p class="muted">{t('person-documents-empty')}</p>
      ) : (
        <ul class="plain-list" id="person-documents">
          {view.documents.map((d) => (
            <li key={d.id} class={`expiry-${d.expiry.state}`}>
              <strong>{t(`document-kind-${d.kind}`)}</strong>
              {d.title && (
                <>
                  {' — '}
                  <bdi>{d.title}</bdi>
                </>
              )}
              {d.expiry.state !== 'none' && <span class={`badge badge-${d.expiry.state}`}>{expiryText(t, d.expiry, frenchDate(d.expires_on ?? ''))}</span>}
            </li>
          ))}
        </ul>
      )}
      <AddDocument personId={id} onAdded={setView} />
      <h2>{t('person-section-events')}</h2>
      {view.events.length === 0 ? (
        <p class="muted">{t('person-events-empty')}</p>
      ) : (
        <ul class="plain-list" id="person-events">
          {view.events.map((e) => (
            <li key={e.id}>
              {frenchDate(e.occurred_on)} — {t(`event-kind-${e.kind}`)}
              {e.tracking_number && (
                <>
                  {' — '}
                  <bdi>{e.tracking_number}</bdi>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <AccessJournal personId={id} name={view.display_name} dossiers={view.dossiers} />
      <DataProtection personId={id} form={f} />
    </section>
  );
}

/** « Créée par X — modifiée par Y », when the record knows who (not
 * before profiles existed). */
function Authors({ view }: { view: PersonView }) {
  const t = useT();
  const created = view.authors?.created_by?.trim() || null;
  const updated = view.authors?.updated_by?.trim() || null;
  if (!created && !updated) return null;
  let text: string;
  if (created && updated) text = t('person-authors-both', { created, updated });
  else if (created) text = t('person-authors-created', { created });
  else text = t('person-authors-updated', { updated: updated ?? '' });
  return (
    <p class="muted person-authors" id="person-authors">
      {text}
    </p>
  );
}

function expiryText(t: Translate, e: Expiry, date: string): string {
  switch (e.state) {
    case 'expired':
      return t('expiry-expired', { days: e.days_ago });
    case 'soon':
      return e.days_left === 0 ? t('expiry-today') : t('expiry-soon', { days: e.days_left });
    case 'valid':
      return t('expiry-until', { date });
    default:
      return '';
  }
}

function StartDemarche({ personId }: { personId: number }) {
  const t = useT();
  const backend = useBackend();
  // null while the catalogue loads: the form is drawn at once, disabled,
  // so nothing below it moves when the list arrives (a click aimed at
  // « Effacer » must not land on another button).
  const [items, setItems] = useState<CatalogueItem[] | null>(null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<CommandError | null>(null);
  useEffect(() => {
    backend.listProcedures().then(
      (all) => {
        // In the order of their names, as the worker reads them.
        const usable = all.filter((i) => i.available).sort((a, b) => t(`${a.id}-title`).localeCompare(t(`${b.id}-title`)));
        setItems(usable);
        setChoice(usable[0]?.id ?? '');
      },
      (e) => {
        setItems([]);
        setError(toCommandError(e));
      },
    );
  }, [backend, t]);
  if (items !== null && items.length === 0 && !error) return null;
  const start = async (e: Event) => {
    e.preventDefault();
    try {
      const view = await backend.startDemarche(personId, choice);
      window.location.hash = dossierPath(view.dossier_id);
    } catch (err) {
      setError(toCommandError(err));
    }
  };
  return (
    <form id="start-demarche" class="inline-form" onSubmit={start}>
      <div class="field">
        <label for="demarche-choice">{t('person-choose-demarche')}</label>
        <select id="demarche-choice" value={choice} disabled={items === null} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}>
          {items === null && <option value="">{t('loading')}</option>}
          {(items ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {t(`${i.id}-title`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="primary" id="demarche-start" disabled={!choice}>
        {t('person-start-demarche')}
      </button>
      {error && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
    </form>
  );
}

function AddDocument({ personId, onAdded }: { personId: number; onAdded: (v: PersonView) => void }) {
  const t = useT();
  const backend = useBackend();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<string>(DOCUMENT_KINDS[0]);
  const [title, setTitle] = useState('');
  const [expires, setExpires] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" id="document-add" onClick={() => setOpen(true)}>
          {t('documents-add')}
        </button>
      </p>
    );
  }
  const problem = (field: string) => error?.problems?.find((p) => p.field === field)?.message;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const bytes = file && file.size <= MAX_FILE_BYTES ? await readBytes(file) : [];
      const view = await backend.addDocument(personId, { kind, title, media_type: file?.type || 'application/octet-stream', bytes, expires_on: expires });
      onAdded(view);
      setOpen(false);
      setError(null);
      setTitle('');
      setExpires('');
      setFile(null);
    } catch (err) {
      setError(toCommandError(err));
    }
    setBusy(false);
  };
  return (
    <form id="document-form" class="stack document-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="document-kind">{t('document-kind')}</label>
        <select id="document-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`document-kind-${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="document-title">{t('document-title')}</label>
        <input id="document-title" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </div>
      <div class={problem('expires_on') ? 'field invalid' : 'field'}>
        <label for="document-expires">{t('document-expires')}</label>
        <input
          id="document-expires"
          value={expires}
          aria-describedby="document-expires-help"
          aria-invalid={problem('expires_on') ? 'true' : undefined}
          onInput={(e) => setExpires((e.target as HTMLInputElement).value)}
        />
        <p class="help" id="document-expires-help">
          {t('person-date-help')}
        </p>
        {problem('expires_on') && <p class="field-error">{problem('expires_on')}</p>}
      </div>
      <div class={problem('file') ? 'field invalid' : 'field'}>
        <label for="document-file">{t('document-file')}</label>
        <input id="document-file" type="file" accept="image/*,application/pdf" onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
        {problem('file') && <p class="field-error">{problem('file')}</p>}
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} id="document-save">
          {t('person-save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('person-cancel')}
        </button>
      </div>
    </form>
  );
}
