// Paramètres → Équipe: several laptops keep one caseload through a shared
// folder (USB key, network share, Syncthing or Nextcloud folder). Starting
// or joining a team, « Échanger maintenant », the other laptops with a
// warning for the silent ones, and the values changed on two laptops, to
// choose from.
import { useEffect, useState } from 'preact/hooks';

import { type CommandError, type ConflictView, type DuplicateSide, type DuplicateView, type ExchangeView, type TeamView, toCommandError } from '../api';
import { frenchDate } from '../dates';
import { known } from './AuditJournal';
import { NewPassphraseField, PasswordField } from './PasswordField';
import { Working } from './Vault';
import { useT, useBackend } from '../services';

function ErrorLine({ id, error }: { id: string; error: CommandError | null }) {
  if (!error) return null;
  return (
    <p class="form-error" role="alert" id={id} data-code={error.code}>
      {error.message}
    </p>
  );
}

function TextField({
  id,
  label,
  help,
  value,
  onValue,
  suggestions = [],
}: {
  id: string;
  label: string;
  help: string;
  value: string;
  onValue: (v: string) => void;
  suggestions?: string[];
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="text" value={value} aria-describedby={`${id}-help`} onInput={(e) => onValue((e.target as HTMLInputElement).value)} />
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      {suggestions.length > 0 && (
        <ul class="plain-list suggestions" id={`${id}-suggestions`} aria-label={label}>
          {suggestions.map((s) => (
            <li key={s}>
              <button type="button" class="small" onClick={() => onValue(s)}>
                <bdi>{s}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** « Créer une équipe » or « Rejoindre une équipe ». */
function TeamForm({ mode, onDone }: { mode: 'create' | 'join'; onDone: (team: TeamView) => void }) {
  const t = useT();
  const backend = useBackend();
  const [folder, setFolder] = useState('');
  const [label, setLabel] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const id = `team-${mode}`;
  useEffect(() => {
    backend.teamFolders().then(setSuggestions, () => setSuggestions([]));
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const team = mode === 'create' ? await backend.createTeam(folder, passphrase, confirmation, label) : await backend.joinTeam(folder, passphrase, label);
      setPassphrase('');
      setConfirmation('');
      onDone(team);
    } catch (err) {
      setError(toCommandError(err));
    }
    setBusy(false);
  };

  return (
    <form class="stack" id={id} onSubmit={submit} aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h3 id={`${id}-title`}>{t(`${id}-title`)}</h3>
      <p class="help">{t(`${id}-help`)}</p>
      <TextField id={`${id}-folder`} label={t('team-folder')} help={t('team-folder-help')} value={folder} onValue={setFolder} suggestions={suggestions} />
      <TextField id={`${id}-label`} label={t('team-label')} help={t('team-label-help')} value={label} onValue={setLabel} />
      {mode === 'create' ? (
        <>
          <NewPassphraseField id={`${id}-passphrase`} strengthId={`${id}-passphrase-strength`} label={t('team-passphrase')} value={passphrase} onValue={setPassphrase} />
          <PasswordField id={`${id}-confirm`} label={t('team-passphrase-confirm')} value={confirmation} onValue={setConfirmation} autocomplete="new-password" />
        </>
      ) : (
        <PasswordField id={`${id}-passphrase`} label={t('team-passphrase')} value={passphrase} onValue={setPassphrase} autocomplete="current-password" />
      )}
      <p class="help">{t('team-passphrase-help')}</p>
      <ErrorLine id={`${id}-error`} error={error} />
      <div class="actions">
        <button type="submit" id={`${id}-submit`} disabled={busy}>
          {busy ? <Working label={t(mode === 'create' ? 'team-create' : 'team-join')} /> : t(mode === 'create' ? 'team-create' : 'team-join')}
        </button>
      </div>
    </form>
  );
}

/** The label of a conflicting field: the person form's own label when
 * there is one. */
function fieldLabel(t: ReturnType<typeof useT>, c: ConflictView): string {
  // A dossier's answer: the question, as the interview asks it.
  const answer = /^answers\/(.+)$/.exec(c.field);
  if (answer && c.procedure_id) {
    const question = known(t, `${c.procedure_id}-q-${answer[1]}`) ?? answer[1];
    return t('team-field-answer', { question, demarche: known(t, `${c.procedure_id}-title`) ?? c.procedure_id });
  }
  const key = c.table === 'persons' ? `person-${c.field.replace(/_/g, '-')}` : `team-field-${c.table}-${c.field}`;
  return known(t, key) ?? t('team-field-unknown', { field: c.field });
}

function Conflicts({ conflicts, onChosen }: { conflicts: ConflictView[]; onChosen: (list: ConflictView[]) => void }) {
  const t = useT();
  const backend = useBackend();
  const [error, setError] = useState<CommandError | null>(null);
  const choose = async (id: string, takeOther: boolean) => {
    setError(null);
    try {
      onChosen(await backend.resolveConflict(id, takeOther));
    } catch (err) {
      setError(toCommandError(err));
    }
  };
  const open = conflicts.filter((c) => !c.resolved);
  return (
    <section id="team-conflicts" aria-labelledby="team-conflicts-title">
      <h3 id="team-conflicts-title">{t('team-conflicts-title')}</h3>
      <p class="help">{t('team-conflicts-help')}</p>
      <ErrorLine id="team-conflicts-error" error={error} />
      {open.length === 0 ? (
        <p class="muted" id="team-conflicts-none">
          {t('team-conflicts-none')}
        </p>
      ) : (
        <ul class="plain-list">
          {open.map((c) => (
            <li key={c.id} class="team-conflict" data-conflict={c.id} data-field={c.field}>
              <p>
                <strong>{t('team-conflict-record', { name: c.person_name || '—', field: fieldLabel(t, c) })}</strong>
              </p>
              <p class="team-conflict-kept">{t('team-conflict-kept', { value: c.kept, by: c.kept_by })}</p>
              <p class="team-conflict-other">{t('team-conflict-other', { value: c.other, by: c.other_by })}</p>
              <div class="actions">
                <button type="button" class="team-keep" onClick={() => choose(c.id, false)}>
                  {t('team-conflict-keep')}
                </button>
                <button type="button" class="team-take-other" onClick={() => choose(c.id, true)}>
                  {t('team-conflict-take-other', { value: c.other })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Two records of what may be the same person, created on two laptops:
 * merged only when a worker says so, into the one they choose. */
function Duplicates({ pairs, onChanged }: { pairs: DuplicateView[]; onChanged: (list: DuplicateView[]) => void }) {
  const t = useT();
  const backend = useBackend();
  const [error, setError] = useState<CommandError | null>(null);
  const act = async (run: () => Promise<DuplicateView[]>) => {
    setError(null);
    try {
      onChanged(await run());
    } catch (err) {
      setError(toCommandError(err));
    }
  };
  const side = (s: DuplicateSide) => t('team-duplicate-side', { name: s.display_name, born: s.birth_date ? frenchDate(s.birth_date) : '—', dossiers: s.dossiers });
  return (
    <section id="team-duplicates" aria-labelledby="team-duplicates-title">
      <h3 id="team-duplicates-title">{t('team-duplicates-title')}</h3>
      <p class="help">{t('team-duplicates-help')}</p>
      <ErrorLine id="team-duplicates-error" error={error} />
      {pairs.length === 0 ? (
        <p class="muted" id="team-duplicates-none">
          {t('team-duplicates-none')}
        </p>
      ) : (
        <ul class="plain-list">
          {pairs.map((d) => (
            <li key={`${d.a.id}-${d.b.id}`} class="team-duplicate" data-pair={`${d.a.id}-${d.b.id}`}>
              <ul>
                <li>
                  <a href={`#/personnes/${d.a.id}`}>{side(d.a)}</a>
                </li>
                <li>
                  <a href={`#/personnes/${d.b.id}`}>{side(d.b)}</a>
                </li>
              </ul>
              <div class="actions">
                <button type="button" class="team-merge-into-a" onClick={() => act(() => backend.mergePersons(d.a.id, d.b.id))}>
                  {t('team-merge-into', { name: d.a.display_name, dossiers: d.a.dossiers })}
                </button>
                <button type="button" class="team-merge-into-b" onClick={() => act(() => backend.mergePersons(d.b.id, d.a.id))}>
                  {t('team-merge-into', { name: d.b.display_name, dossiers: d.b.dossiers })}
                </button>
                <button type="button" class="team-not-same" onClick={() => act(() => backend.notDuplicates(d.a.id, d.b.id))}>
                  {t('team-not-same')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TeamSection() {
  const t = useT();
  const backend = useBackend();
  const [team, setTeam] = useState<TeamView | null | undefined>(undefined);
  const [conflicts, setConflicts] = useState<ConflictView[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateView[]>([]);
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ExchangeView | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const reload = async () => {
    try {
      const status = await backend.teamStatus();
      setTeam(status);
      setConflicts(status ? await backend.teamConflicts() : []);
      setDuplicates(status && !status.must_join ? await backend.teamDuplicates() : []);
    } catch (err) {
      setError(toCommandError(err));
    }
  };
  useEffect(() => {
    reload();
  }, []);

  const exchange = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await backend.teamExchange());
      await reload();
    } catch (err) {
      setError(toCommandError(err));
    }
    setBusy(false);
  };

  const joined = (key: string) => async (view: TeamView) => {
    setMessage(t(key));
    setTeam(view);
    setConflicts(await backend.teamConflicts());
  };

  return (
    <section id="team" aria-labelledby="team-title">
      <h2 id="team-title">{t('team-title')}</h2>
      <p class="help">{t('team-help')}</p>
      <div role="status" class="status-line" id="team-status">
        {message && <p>{message}</p>}
      </div>
      {team === null && (
        <>
          <p id="team-none">{t('team-none')}</p>
          <TeamForm mode="create" onDone={joined('team-created')} />
          <TeamForm mode="join" onDone={joined('team-joined')} />
        </>
      )}
      {team && (
        <>
          <ul class="plain-list" id="team-self">
            <li id="team-this-laptop">{t('team-this-laptop', { label: team.label })}</li>
            <li id="team-folder-is">{t('team-folder-is', { folder: team.folder })}</li>
            <li id="team-pending">{t('team-pending', { count: team.pending })}</li>
          </ul>
          {team.must_join ? (
            <>
              <p class="warning" id="team-must-join">
                {t('team-must-join')}
              </p>
              <TeamForm mode="join" onDone={joined('team-joined')} />
            </>
          ) : (
            <div class="stack">
              <div class="actions">
                <button type="button" id="team-exchange" onClick={exchange} disabled={busy} aria-busy={busy} aria-describedby="team-exchange-help">
                  {busy ? <Working label={t('team-exchange')} /> : t('team-exchange')}
                </button>
              </div>
              <p class="help" id="team-exchange-help">
                {t('team-exchange-help')}
              </p>
            </div>
          )}
          <ErrorLine id="team-error" error={error} />
          <div role="status" class="status-line" id="team-exchanged">
            {done && <p>{t('team-exchanged', { written: done.changes_written, applied: done.changes_applied })}</p>}
            {done && done.new_conflicts > 0 && <p class="warning">{t('team-exchanged-conflicts', { count: done.new_conflicts })}</p>}
          </div>
          <h3 id="team-peers-title">{t('team-peers-title')}</h3>
          {team.peers.length === 0 ? (
            <p class="muted" id="team-peers-none">
              {t('team-peers-none')}
            </p>
          ) : (
            <ul class="plain-list" id="team-peers">
              {team.peers.map((p) => (
                <li key={p.installation} data-peer={p.label} class={p.silent ? 'team-peer-silent' : undefined}>
                  {p.last_written_on ? t('team-peer-last', { label: p.label, date: frenchDate(p.last_written_on) }) : t('team-peer-never', { label: p.label })}
                  {p.silent && (
                    <p class="warning" role="note">
                      {t('team-peer-silent', { label: p.label, days: p.days ?? 0 })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <Conflicts conflicts={conflicts} onChosen={setConflicts} />
          <Duplicates pairs={duplicates} onChanged={setDuplicates} />
        </>
      )}
      {team === undefined && <ErrorLine id="team-error" error={error} />}
    </section>
  );
}
