// « Journal des tentatives », in the review of a dossier whose démarche
// keeps one (préfecture, ANEF): every failed attempt with its date, time,
// means and what happened, a screenshot, whether they already span the
// weeks a judge looks for, and the dated PDF annex.
import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { type Attempt, type CommandError, JOURNAL_CHANNELS, type JournalSpan, type JournalView, type ScreenshotSummary, toCommandError } from '../api';
import { frenchDate, todayFrench } from '../dates';
import { MAX_FILE_BYTES, readBytes } from '../files';
import { actionOn, type Translate } from '../i18n';
import { Confirm } from './Confirm';
import { ExportButton } from './ExportButton';
import { useT, useBackend } from '../services';

interface JournalProps {
  dossierId: number;
}

/** « 05/11/2026 à 10:00 » */
function when(t: Translate, a: Attempt): string {
  return t('journal-attempt-when', { date: frenchDate(a.on), time: a.at });
}

/** Whether the attempts already span enough weeks, in words. */
function SpanStatus({ span, minWeeks }: { span: JournalSpan; minWeeks: number }) {
  const t = useT();
  return (
    <p class={span.enough ? 'notice journal-span' : 'notice notice-warning journal-span'} role="status" id="journal-span" data-enough={span.enough ? 'true' : 'false'}>
      {span.enough ? (
        t('journal-span-enough', { count: span.attempts, weeks: span.weeks, first: frenchDate(span.first), last: frenchDate(span.last) })
      ) : (
        <>
          <span class="warning-icon" aria-hidden="true" /> {t('journal-span-short', { weeks: span.weeks, min: minWeeks })}
        </>
      )}
    </p>
  );
}

/** The screenshot of an attempt: a thumbnail, read only once it comes into
 * view, for images; the file's name otherwise (a PDF). */
function Shot({ dossierId, attempt, shot }: { dossierId: number; attempt: Attempt; shot: ScreenshotSummary }) {
  const t = useT();
  const backend = useBackend();
  const image = shot.media_type.startsWith('image/');
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [large, setLarge] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!image) return;
    let live = true;
    const load = () =>
      backend.attemptScreenshot(dossierId, attempt.id).then(
        (u) => live && setUrl(u),
        () => live && setFailed(true),
      );
    const el = box.current;
    if (typeof IntersectionObserver === 'undefined' || !el) {
      load();
      return () => {
        live = false;
      };
    }
    const seen = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          seen.disconnect();
          load();
        }
      },
      { rootMargin: '200px' },
    );
    seen.observe(el);
    return () => {
      live = false;
      seen.disconnect();
    };
  }, [backend, dossierId, attempt.id, image]);

  const name = shot.title || shot.media_type;
  let content: ComponentChild;
  if (!image) {
    content = <span class="attempt-file">{t('journal-shot-file', { name })}</span>;
  } else if (failed) {
    content = <span class="muted">{t('journal-shot-unreadable')}</span>;
  } else if (!url) {
    content = <span class="muted">{t('journal-shot-loading')}</span>;
  } else {
    content = (
      <button type="button" class="shot-button" id={`journal-shot-${attempt.id}`} aria-expanded={large} onClick={() => setLarge(!large)}>
        <img src={url} alt={t('journal-shot-alt', { when: when(t, attempt) })} class={large ? 'journal-shot large' : 'journal-shot'} onError={() => setFailed(true)} />
      </button>
    );
  }
  return (
    <div class="attempt-shot" ref={box} data-media-type={shot.media_type}>
      {content}
      {image && shot.title && (
        <span class="muted shot-name">
          <bdi>{shot.title}</bdi>
        </span>
      )}
    </div>
  );
}

/** One attempt of the list, and its deletion, confirmed in place. */
function AttemptItem({ dossierId, attempt, onDelete }: { dossierId: number; attempt: Attempt; onDelete: (a: Attempt) => Promise<boolean> }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const label = when(t, attempt);
  const cancel = () => {
    setConfirming(false);
    setTimeout(() => deleteRef.current?.focus(), 0);
  };
  const confirm = async () => {
    setBusy(true);
    // Gone from the list when it worked; otherwise the error is shown above.
    if (!(await onDelete(attempt))) setBusy(false);
  };
  return (
    <li class="attempt" id={`journal-attempt-${attempt.id}`} data-attempt={attempt.id}>
      <p class="attempt-head">
        <strong>
          <time dateTime={`${attempt.on}T${attempt.at}`}>{label}</time>
        </strong>
        {' — '}
        <span class="attempt-channel" data-channel={attempt.channel}>
          {t(`journal-channel-${attempt.channel}`)}
        </span>
      </p>
      <p class="attempt-outcome">
        <bdi>{attempt.outcome}</bdi>
      </p>
      {attempt.screenshot && <Shot dossierId={dossierId} attempt={attempt} shot={attempt.screenshot} />}
      <div class="actions">
        <button
          type="button"
          class="small"
          id={`journal-delete-${attempt.id}`}
          ref={deleteRef}
          aria-expanded={confirming}
          aria-label={actionOn(t, t('journal-delete'), label)}
          onClick={() => (confirming ? cancel() : setConfirming(true))}
        >
          {t('journal-delete')}
        </button>
      </div>
      {confirming && (
        <Confirm
          warningId={`journal-delete-warning-${attempt.id}`}
          warning={t('journal-delete-warning', { when: label })}
          confirmId={`journal-delete-confirm-${attempt.id}`}
          confirmLabel={t('journal-delete-confirm')}
          cancelLabel={t('person-cancel')}
          disabled={busy}
          onConfirm={confirm}
          onCancel={cancel}
        />
      )}
    </li>
  );
}

type Field = 'date' | 'time' | 'channel' | 'outcome' | 'screenshot';
const FIELDS: Field[] = ['date', 'time', 'channel', 'outcome', 'screenshot'];

/** « Noter une tentative ». */
function AttemptEntry({ dossierId, onAdded }: JournalProps & { onAdded: (v: JournalView) => void }) {
  const t = useT();
  const backend = useBackend();
  const [date, setDate] = useState(todayFrench());
  const [time, setTime] = useState('');
  const [channel, setChannel] = useState<string>(JOURNAL_CHANNELS[0]);
  const [outcome, setOutcome] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const problem = (field: Field) => error?.problems?.find((p) => p.field === field);
  /** The ids describing a field: its help, then its problem. */
  const described = (field: Field, help: boolean) => [help && `journal-${field}-help`, problem(field) && `journal-${field}-problem`].filter(Boolean).join(' ') || undefined;
  const fieldClass = (field: Field) => (problem(field) ? 'field invalid' : 'field');
  const invalid = (field: Field) => (problem(field) ? ('true' as const) : undefined);
  const problemLine = (field: Field) => {
    const p = problem(field);
    return (
      p && (
        <p class="field-error" id={`journal-${field}-problem`} data-code={p.code}>
          {p.message}
        </p>
      )
    );
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (file && file.size > MAX_FILE_BYTES) {
        throw {
          code: 'invalid',
          message: t('field-error-file-size'),
          problems: [{ field: 'screenshot', code: 'file-size', message: t('field-error-file-size') }],
        };
      }
      const bytes = file ? await readBytes(file) : [];
      const view = await backend.addAttempt(dossierId, {
        date,
        time,
        channel,
        outcome,
        screenshot_name: file?.name ?? '',
        screenshot_type: file ? file.type || 'application/octet-stream' : '',
        screenshot: bytes,
      });
      // Cleared for the next attempt; the day is often the same.
      setTime('');
      setChannel(JOURNAL_CHANNELS[0]);
      setOutcome('');
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      onAdded(view);
    } catch (err) {
      const ce = toCommandError(err);
      setError(ce);
      const first = FIELDS.find((f) => ce.problems?.some((p) => p.field === f));
      if (first) document.getElementById(`journal-${first}`)?.focus();
    }
    setBusy(false);
  };

  const count = error?.problems?.length ?? 0;
  return (
    <form id="journal-form" class="stack journal-form" onSubmit={submit} noValidate aria-labelledby="journal-form-title">
      <h3 id="journal-form-title">{t('journal-form-title')}</h3>
      {error && (
        <p class="form-error" role="alert" id="journal-form-error" data-code={error.code}>
          {count ? t('person-fix-errors', { count }) : error.message}
        </p>
      )}
      <div class="journal-when">
        <div class={fieldClass('date')}>
          <label for="journal-date">{t('journal-date')}</label>
          <input
            id="journal-date"
            type="text"
            inputMode="numeric"
            class="date-input"
            autocomplete="off"
            value={date}
            aria-invalid={invalid('date')}
            aria-describedby={described('date', true)}
            onInput={(e) => setDate((e.target as HTMLInputElement).value)}
          />
          <p class="help" id="journal-date-help">
            {t('person-date-help')}
          </p>
          {problemLine('date')}
        </div>
        <div class={fieldClass('time')}>
          <label for="journal-time">{t('journal-time')}</label>
          <input
            id="journal-time"
            type="text"
            inputMode="numeric"
            class="time-input"
            autocomplete="off"
            value={time}
            aria-invalid={invalid('time')}
            aria-describedby={described('time', true)}
            onInput={(e) => setTime((e.target as HTMLInputElement).value)}
          />
          <p class="help" id="journal-time-help">
            {t('journal-time-help')}
          </p>
          {problemLine('time')}
        </div>
      </div>
      <div class={fieldClass('channel')}>
        <label for="journal-channel">{t('journal-channel')}</label>
        <select
          id="journal-channel"
          value={channel}
          aria-invalid={invalid('channel')}
          aria-describedby={described('channel', false)}
          onChange={(e) => setChannel((e.target as HTMLSelectElement).value)}
        >
          {JOURNAL_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`journal-channel-${c}`)}
            </option>
          ))}
        </select>
        {problemLine('channel')}
      </div>
      <div class={`${fieldClass('outcome')} wide`}>
        <label for="journal-outcome">{t('journal-outcome')}</label>
        <textarea
          id="journal-outcome"
          rows={3}
          value={outcome}
          aria-required="true"
          aria-invalid={invalid('outcome')}
          aria-describedby={described('outcome', true)}
          onInput={(e) => setOutcome((e.target as HTMLTextAreaElement).value)}
        />
        <p class="help" id="journal-outcome-help">
          {t('journal-outcome-help')}
        </p>
        {problemLine('outcome')}
      </div>
      <div class={fieldClass('screenshot')}>
        <label for="journal-screenshot">{t('journal-screenshot')}</label>
        <input
          id="journal-screenshot"
          type="file"
          ref={fileRef}
          accept="image/*,application/pdf"
          aria-invalid={invalid('screenshot')}
          aria-describedby={described('screenshot', true)}
          onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
        />
        <p class="help" id="journal-screenshot-help">
          {t('journal-screenshot-help')}
        </p>
        {problemLine('screenshot')}
      </div>
      <div class="actions">
        <button type="submit" class="primary" id="journal-add" disabled={busy}>
          {t('journal-add')}
        </button>
      </div>
    </form>
  );
}

export function JournalSection({ dossierId }: JournalProps) {
  const t = useT();
  const backend = useBackend();
  const [journal, setJournal] = useState<JournalView | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const listTitle = useRef<HTMLHeadingElement>(null);
  const sectionTitle = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    backend.getJournal(dossierId).then(
      (v) => live && setJournal(v),
      (e) => live && setError(toCommandError(e)),
    );
    return () => {
      live = false;
    };
  }, [backend, dossierId]);

  const remove = async (a: Attempt): Promise<boolean> => {
    try {
      const view = await backend.deleteAttempt(dossierId, a.id);
      setJournal(view);
      setError(null);
      setNotice(t('journal-deleted'));
      // The item and its buttons are gone: keep the keyboard in the list.
      setTimeout(() => (listTitle.current ?? sectionTitle.current)?.focus(), 0);
      return true;
    } catch (e) {
      setError(toCommandError(e));
      return false;
    }
  };

  return (
    <section class="journal" id="review-journal" aria-labelledby="review-journal-title">
      <h2 id="review-journal-title" tabIndex={-1} ref={sectionTitle}>
        {t('journal-title')}
      </h2>
      <p class="help" id="journal-help">
        {t('journal-help')}
      </p>
      {error && (
        <p class="form-error" role="alert" id="journal-error">
          {error.message}
        </p>
      )}
      {journal && <SpanStatus span={journal.span} minWeeks={journal.min_weeks} />}
      <p role="status" class="sr-status" id="journal-notice">
        {notice}
      </p>
      {journal && journal.attempts.length > 0 && (
        <>
          <h3 id="journal-list-title" tabIndex={-1} ref={listTitle}>
            {t('journal-attempts-title')}
          </h3>
          <ol class="attempt-list" id="journal-list" aria-labelledby="journal-list-title">
            {journal.attempts.map((a) => (
              <AttemptItem key={a.id} dossierId={dossierId} attempt={a} onDelete={remove} />
            ))}
          </ol>
        </>
      )}
      {journal && (
        <AttemptEntry
          dossierId={dossierId}
          onAdded={(v) => {
            setJournal(v);
            setError(null);
            setNotice(t('journal-added'));
          }}
        />
      )}
      {journal && (
        <div class="journal-annex">
          <p class="help" id="journal-annex-help">
            {t('journal-annex-help')}
          </p>
          <ExportButton id="journal-annex" label={t('journal-annex')} save={() => backend.saveJournalAnnex(dossierId)} />
        </div>
      )}
    </section>
  );
}
