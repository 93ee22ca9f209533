// The person's rights over their data, on their page: who consulted or
// changed the record (« Journal d'accès »), a copy of everything to hand
// them, and erasure (« Protection des données »).
import { useRef, useState } from 'preact/hooks';

import { type CommandError, type DossierSummary, type ErasurePreview, type PersonForm, fold, toCommandError } from '../api';
import { todayFrench } from '../dates';
import { flash } from '../flash';
import { personPath } from '../router';
import { AuditJournal, known } from './AuditJournal';
import { Confirm } from './Confirm';
import { ExportButton } from './ExportButton';
import { useT, useBackend } from '../services';

interface PersonPartProps {
  personId: number;
}

/** « Journal d'accès »: the person's entries, read only when asked for. */
export function AccessJournal({ personId, name, dossiers }: PersonPartProps & { name: string; dossiers: DossierSummary[] }) {
  const t = useT();
  const backend = useBackend();
  return (
    <AuditJournal
      id="person-audit"
      prefix="person-audit"
      title={t('person-audit-title')}
      caption={() => t('person-audit-caption', { name, date: todayFrench() })}
      load={() => backend.personAudit(personId)}
      dossiers={dossiers}
    />
  );
}

/** Names as typed to confirm: accents, case and spacing do not count. */
const sameName = (a: string, b: string) => fold(a).replace(/\s+/g, ' ').trim() === fold(b).replace(/\s+/g, ' ').trim();

/** What erasing will remove, in words. */
function ErasureWarning({ preview }: { preview: ErasurePreview }) {
  const t = useT();
  const c = preview.counts;
  return (
    <>
      <p>{t('person-erase-intro', { name: preview.display_name })}</p>
      <ul id="person-erase-list">
        {preview.procedures.length === 0 && <li>{t('person-erase-no-dossier')}</li>}
        {preview.procedures.map((p, i) => (
          <li key={`${p}-${i}`} data-procedure={p}>
            {t('person-erase-dossier', { title: known(t, `${p}-title`) ?? p })}
          </li>
        ))}
        <li data-count="documents">{t('person-erase-documents', { count: c.documents })}</li>
        <li data-count="letters">{t('person-erase-letters', { count: c.letters })}</li>
        <li data-count="events">{t('person-erase-events', { count: c.events })}</li>
        <li data-count="deadlines">{t('person-erase-deadlines', { count: c.deadlines })}</li>
        <li data-count="drafts">{t('person-erase-drafts', { count: c.drafts })}</li>
      </ul>
      <p id="person-erase-backups">{t('person-erase-backups', { count: preview.backups_kept })}</p>
      <p id="person-erase-exports">{t('person-erase-exports')}</p>
      <p>{t('person-erase-audit')}</p>
    </>
  );
}

/** « Protection des données »: everything held about the person, to hand
 * them, and erasure after a warning saying exactly what goes and what
 * stays (backups until rotated out, files already exported). */
export function DataProtection({ personId, form }: PersonPartProps & { form: PersonForm }) {
  const t = useT();
  const backend = useBackend();
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const eraseRef = useRef<HTMLButtonElement>(null);
  // The name to type: the family name, or the given names when the record
  // has no family name.
  const expected = form.family_name.trim() || form.given_names.trim();

  const cancel = () => {
    setPreview(null);
    setTyped('');
    setTimeout(() => eraseRef.current?.focus(), 0);
  };
  const ask = async () => {
    if (preview) return cancel();
    setError(null);
    setBusy(true);
    try {
      setPreview(await backend.erasurePreview(personId));
      setTyped('');
    } catch (e) {
      setError(toCommandError(e));
    }
    setBusy(false);
  };
  const erase = async () => {
    if (!sameName(typed, expected)) return;
    setBusy(true);
    setError(null);
    try {
      await backend.erasePerson(personId);
      flash('person-erased');
      window.location.hash = personPath.list;
    } catch (e) {
      setError(toCommandError(e));
      setBusy(false);
    }
  };

  return (
    <section class="person-privacy" id="person-privacy" aria-labelledby="person-privacy-title">
      <h2 id="person-privacy-title">{t('person-privacy-title')}</h2>
      <div class="stack">
        <p class="help" id="person-export-help">
          {t('person-export-help')}
        </p>
        <ExportButton id="person-export" label={t('person-export')} save={() => backend.exportPerson(personId)} />
      </div>
      <div class="stack person-erase">
        <p class="help" id="person-erase-help">
          {t('person-erase-help')}
        </p>
        <div class="actions">
          <button type="button" class="danger" id="person-erase" ref={eraseRef} aria-expanded={preview !== null} disabled={busy && !preview} onClick={ask}>
            {t('person-erase')}
          </button>
        </div>
        {error && (
          <p class="form-error" role="alert" id="person-erase-error" data-code={error.code}>
            {error.message}
          </p>
        )}
        {preview && (
          <Confirm
            warningId="person-erase-warning"
            warning={<ErasureWarning preview={preview} />}
            confirmId="person-erase-confirm"
            confirmLabel={t('person-erase-confirm')}
            cancelId="person-erase-cancel"
            cancelLabel={t('person-cancel')}
            disabled={busy || !sameName(typed, expected)}
            onConfirm={erase}
            onCancel={cancel}
          >
            <div class="field">
              <label for="person-erase-name">{t('person-erase-type-name', { name: expected })}</label>
              <input id="person-erase-name" type="text" autocomplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
            </div>
          </Confirm>
        )}
      </div>
    </section>
  );
}
