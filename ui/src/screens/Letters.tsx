// The dossier's letters, in its review: which ones fit the answers, the
// copies already printed, and what became of them (posted, AR back).
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, type DueState, type FrozenLetter, type LetterItem, type Waiting, toCommandError } from '../api';
import { frenchDate, todayFrench } from '../dates';
import { actionOn, type Translate } from '../i18n';
import { letterPath } from '../router';
import { useT, useBackend } from '../services';

interface LettersProps {
  dossierId: number;
  procedureId: string;
  /** Changes when the answers or the letters' events change: which
   * letters fit, and from when, is asked for again. */
  revision?: string;
  /** A copy was marked sent or its AR received: the dossier's deadlines
   * start from these dates. */
  onChanged?: (f: FrozenLetter) => void;
}

/** What became of a printed copy, in words. */
export function letterStatus(t: Translate, f: FrozenLetter): string {
  const parts = [];
  if (f.status === 'printed') parts.push(t('letter-status-printed'));
  if (f.sent_on) parts.push(t('letter-status-sent', { date: frenchDate(f.sent_on) }));
  if (f.tracking_number) parts.push(t('letter-status-tracking', { number: f.tracking_number }));
  if (f.received_on) parts.push(t('letter-status-received', { date: frenchDate(f.received_on) }));
  return parts.join(' · ');
}

/** The problem to show next to a date field: the field's own message
 * when the shell names it, else the error's. */
function dateProblem(error: CommandError): string {
  return error.problems?.find((p) => p.field === 'date')?.message ?? error.message;
}

type Marking = 'sent' | 'received';

/** The small inline form of « Marquer comme envoyé » and « AR reçu ». */
function MarkForm({ letter, marking, onDone, onCancel }: { letter: FrozenLetter; marking: Marking; onDone: (f: FrozenLetter) => void; onCancel: () => void }) {
  const t = useT();
  const backend = useBackend();
  const [day, setDay] = useState(todayFrench());
  const [tracking, setTracking] = useState(letter.tracking_number ?? '');
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const dayId = `${marking}-on-${letter.id}`;
  const trackingId = `tracking-${letter.id}`;
  const problemId = `${dayId}-problem`;

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(marking === 'sent' ? await backend.markLetterSent(letter.id, day, tracking) : await backend.markLetterReceived(letter.id, day));
    } catch (err) {
      setError(toCommandError(err));
      setBusy(false);
      first.current?.focus();
    }
  };
  return (
    <form class="inline-form mark-form" id={`${marking}-form-${letter.id}`} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div class={error ? 'field invalid' : 'field'}>
        <label for={dayId}>{t(marking === 'sent' ? 'letters-sent-on' : 'letters-received-on')}</label>
        <input
          id={dayId}
          ref={first}
          type="text"
          inputMode="numeric"
          class="date-input"
          value={day}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? problemId : `${dayId}-help`}
          onInput={(e) => setDay((e.target as HTMLInputElement).value)}
        />
        <p class="help" id={`${dayId}-help`}>
          {t('person-date-help')}
        </p>
        {error && (
          <p class="field-error" id={problemId} role="alert" data-code={error.code}>
            {dateProblem(error)}
          </p>
        )}
      </div>
      {marking === 'sent' && (
        <div class="field">
          <label for={trackingId}>{t('letters-tracking')}</label>
          <input id={trackingId} type="text" value={tracking} autocomplete="off" onInput={(e) => setTracking((e.target as HTMLInputElement).value)} />
        </div>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('letters-save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('letters-cancel')}
        </button>
      </div>
    </form>
  );
}

/** One printed copy: when, what became of it, and what can be done. */
function FrozenCopy({ letter, letterName, onChanged }: { letter: FrozenLetter; letterName: string; onChanged: (f: FrozenLetter) => void }) {
  const t = useT();
  const [marking, setMarking] = useState<Marking | null>(null);
  const status = useRef<HTMLSpanElement>(null);
  const date = frenchDate(letter.frozen_at);
  const copyName = `${letterName}, ${t('letters-copy', { date })}`;
  return (
    <li class="frozen-copy" data-frozen={letter.id} data-status={letter.status}>
      <p class="frozen-line">
        <span>{t('letters-copy', { date })}</span>{' '}
        <span class={`badge badge-letter-${letter.status}`} tabIndex={-1} ref={status} id={`letter-status-${letter.id}`}>
          {letterStatus(t, letter)}
        </span>
      </p>
      <div class="actions">
        <a class="button small" href={letterPath(letter.dossier_id, letter.letter_id, letter.id)} aria-label={actionOn(t, t('letters-view'), copyName)}>
          {t('letters-view')}
        </a>
        {letter.status === 'printed' && (
          <button
            type="button"
            class="small"
            aria-expanded={marking === 'sent'}
            onClick={() => setMarking(marking === 'sent' ? null : 'sent')}
            aria-label={actionOn(t, t('letters-mark-sent'), copyName)}
          >
            {t('letters-mark-sent')}
          </button>
        )}
        {letter.status === 'sent' && (
          <button
            type="button"
            class="small"
            aria-expanded={marking === 'received'}
            onClick={() => setMarking(marking === 'received' ? null : 'received')}
            aria-label={actionOn(t, t('letters-mark-received'), copyName)}
          >
            {t('letters-mark-received')}
          </button>
        )}
      </div>
      {marking && (
        <MarkForm
          letter={letter}
          marking={marking}
          onCancel={() => setMarking(null)}
          onDone={(f) => {
            setMarking(null);
            onChanged(f);
            // The button just used may be gone: keep the keyboard here.
            setTimeout(() => status.current?.focus(), 0);
          }}
        />
      )}
    </li>
  );
}

/** Where the deadline to post a letter stands: the five states the
 * person's sheet tells, in the worker's words. */
export function DueLine({ due, id, atCourt = false }: { due: DueState; id: string; atCourt?: boolean }) {
  const t = useT();
  const text = (() => {
    switch (due.state) {
      case 'enforceable':
        // A court counts the day the requête reaches its greffe.
        return t(atCourt ? 'letters-due-enforceable-court' : 'letters-due-enforceable', { date: frenchDate(due.due) });
      case 'not-enforceable':
        return t('letters-due-not-enforceable', { advised: frenchDate(due.advised), ceiling: frenchDate(due.ceiling) });
      case 'past':
        return t(atCourt ? 'letters-due-past-court' : 'letters-due-past', { date: frenchDate(due.due) });
      case 'suspended':
        return t('letters-due-suspended', { since: frenchDate(due.since), days: due.days_left, safe: frenchDate(due.safe) });
      case 'nothing-notified':
        return t('letters-due-none');
    }
  })();
  return (
    <p class={due.state === 'past' ? 'letter-due overdue' : 'letter-due'} id={id} data-state={due.state}>
      {text}
    </p>
  );
}

/** A letter that must wait for a silence to run: from when, and why. */
export function WaitingNote({ procedureId, waiting, id }: { procedureId: string; waiting: Waiting; id: string }) {
  const t = useT();
  return (
    <p class="notice letter-note letter-waiting" id={id} data-from={waiting.from ?? ''}>
      <strong>{waiting.from ? t('letters-waiting-from', { date: frenchDate(waiting.from) }) : t('letters-waiting-unknown')}</strong>{' '}
      {waiting.estimate && t('letters-waiting-estimate', { date: frenchDate(waiting.estimate) })} <span class="muted">{t(`${procedureId}-deadline-${waiting.rule}`)}</span>
    </p>
  );
}

export function LettersSection({ dossierId, procedureId, revision, onChanged }: LettersProps) {
  const t = useT();
  const backend = useBackend();
  const [items, setItems] = useState<LetterItem[] | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    backend.listLetters(dossierId).then(setItems, (e) => setError(toCommandError(e)));
  }, [backend, dossierId, revision]);

  const changed = (f: FrozenLetter) => {
    setItems((list) => list?.map((l) => ({ ...l, frozen: l.frozen.map((x) => (x.id === f.id ? f : x)) })) ?? null);
    setNotice(t(f.status === 'received' ? 'letters-received-saved' : 'letters-sent-saved'));
    onChanged?.(f);
  };

  if (!items && !error) return null;
  return (
    <section class="letters" id="letters" aria-labelledby="letters-title">
      <h2 id="letters-title">{t('letters-title')}</h2>
      {error && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
      {items && items.length === 0 && <p class="muted">{t('letters-none')}</p>}
      <p role="status" class="sr-status">
        {notice}
      </p>
      <ul class="letter-list">
        {items?.map((item) => {
          const name = t(`${procedureId}-letter-${item.letter_id}`);
          return (
            <li key={item.letter_id} class={item.offered ? 'letter-item' : 'letter-item not-offered'} data-letter={item.letter_id}>
              <div class="letter-head">
                <h3>{name}</h3>
                {item.offered && item.waiting ? (
                  <WaitingNote procedureId={procedureId} waiting={item.waiting} id={`letter-waiting-${item.letter_id}`} />
                ) : item.offered ? (
                  <a class="button primary" href={letterPath(dossierId, item.letter_id)} aria-label={actionOn(t, t('letters-prepare'), name)}>
                    {t('letters-prepare')}
                  </a>
                ) : (
                  <p class="muted letter-note">{t('letters-not-offered')}</p>
                )}
              </div>
              {item.offered && item.due && <DueLine due={item.due} atCourt={item.due_at_court} id={`letter-due-${item.letter_id}`} />}
              {item.frozen.length > 0 && (
                <ul class="frozen-list" aria-label={t('letters-copies', { name })}>
                  {item.frozen.map((f) => (
                    <FrozenCopy key={f.id} letter={f} letterName={name} onChanged={changed} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
