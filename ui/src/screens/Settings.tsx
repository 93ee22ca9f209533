import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { type AppInfo, type Backend, type CommandError, type RecentAudit, type Settings, type Worker, ZONES, toCommandError } from '../api';
import { todayFrench } from '../dates';
import { lockShortcutLabel } from '../lock';
import { AuditJournal } from './AuditJournal';
import { RetentionReviewSection } from './RetentionReview';
import { SecuritySection } from './Security';
import { TeamSection } from './Team';
import { WorkersSection } from './Workers';
import { actionOn, AUTONYMS, isLang, type Lang, LANGS, type Translate } from '../i18n';
import { useT, useBackend } from '../services';

export interface SettingsProps {
  lang: Lang;
  info: AppInfo | null;
  onLanguage: (lang: Lang) => void;
  /** The lock delay changed: the idle lock reads it again. */
  onPrivacySaved?: () => void;
  /** The signed-in worker (null before any profile). */
  worker?: Worker | null;
  /** A profile was added (the first one signs its maker in). */
  onWorkersChanged?: () => void;
  /** A portable backup replaced the data: the app reads the vault's state
   * again (the backup's profiles may ask to sign in). */
  onDataReplaced?: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** What each section of saved settings does alike: fills its fields from
 * the saved settings once, then marks them loaded (also after an error, so
 * the form is usable); saves with its button off meanwhile, then says
 * « Enregistré » or what went wrong. */
function useSettingsForm(backend: Backend, fill: (s: Settings) => void) {
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    backend.getSettings().then(
      (s) => {
        fill(s);
        setLoaded(true);
      },
      (e) => {
        setError(toCommandError(e));
        setLoaded(true);
      },
    );
    // Loaded once per backend: the fill and setters do not change meanwhile.
  }, [backend]);
  return {
    loaded,
    busy,
    error,
    done,
    /** A new try: nothing said yet. */
    start() {
      setError(null);
      setDone(false);
    },
    /** Saves (`action` shows in the fields what the backend kept). */
    async save(action: () => Promise<void>) {
      setBusy(true);
      try {
        await action();
        setDone(true);
      } catch (err) {
        setError(toCommandError(err));
      }
      setBusy(false);
    },
    /** A field changed: « Enregistré » no longer holds. */
    edit<T>(set: (value: T) => void) {
      return (value: T) => {
        set(value);
        setDone(false);
      };
    },
  };
}

type SettingsForm = ReturnType<typeof useSettingsForm>;

const inputValue = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

interface SaveRowProps {
  form: SettingsForm;
  /** `<id>-status` says it was saved, `<id>-save` is the button. */
  id: string;
  saved: string;
  label: string;
  /** The button's name for screen readers when the label alone is
   * ambiguous (« Enregistrer : Échéances »). */
  name?: string;
  /** The error is said next to a field instead. */
  errorShownElsewhere?: boolean;
}

/** The end of a settings form: what went wrong, « Enregistré », the button. */
function SaveRow({ form, id, saved, label, name, errorShownElsewhere }: SaveRowProps) {
  const { error, done, busy, loaded } = form;
  return (
    <>
      {error && !errorShownElsewhere && (
        <p class="form-error" role="alert" data-code={error.code}>
          {error.message}
        </p>
      )}
      <p role="status" class="status-line" id={`${id}-status`}>
        {done ? saved : null}
      </p>
      <div class="actions">
        <button type="submit" id={`${id}-save`} disabled={busy || !loaded} aria-label={name}>
          {label}
        </button>
      </div>
    </>
  );
}

/** What letters print about the worker's structure: « Courrier rédigé
 * avec l'aide de … » and the town before the date. */
function LetterheadSection() {
  const t = useT();
  const backend = useBackend();
  const [organisation, setOrganisation] = useState('');
  const [place, setPlace] = useState('');
  const form = useSettingsForm(backend, (s) => {
    setOrganisation(s.organisation ?? '');
    setPlace(s.place ?? '');
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    form.start();
    await form.save(async () => {
      const saved = await backend.setLetterhead(organisation, place);
      setOrganisation(saved.organisation);
      setPlace(saved.place);
    });
  };
  return (
    <form class="stack" id="letterhead-form" onSubmit={submit}>
      <h2>{t('settings-letters')}</h2>
      <div class="field wide">
        <label for="letterhead-organisation">{t('settings-organisation')}</label>
        <input
          id="letterhead-organisation"
          type="text"
          maxLength={200}
          value={organisation}
          disabled={!form.loaded}
          aria-describedby="letterhead-organisation-help"
          onInput={(e) => form.edit(setOrganisation)(inputValue(e))}
        />
        <p class="help" id="letterhead-organisation-help">
          {t('settings-organisation-help')}
        </p>
      </div>
      <div class="field wide">
        <label for="letterhead-place">{t('settings-place')}</label>
        <input id="letterhead-place" type="text" maxLength={100} value={place} disabled={!form.loaded} onInput={(e) => form.edit(setPlace)(inputValue(e))} />
      </div>
      <SaveRow form={form} id="letterhead" saved={t('settings-letterhead-saved')} label={t('settings-letterhead-save')} />
    </form>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  help: string;
  min: number;
  max: number;
  value: string;
  /** What is wrong with the value typed, shown under the field. */
  problem: string | null;
  disabled: boolean;
  inputRef: Ref<HTMLInputElement>;
  onValue: (value: string) => void;
}

/** A whole number of days, minutes or months, with its help and, once
 * refused, its problem (`<id>-help`, `<id>-problem`). */
function NumberField({ id, label, help, min, max, value, problem, disabled, inputRef, onValue }: NumberFieldProps) {
  return (
    <div class={problem ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        class="days-input"
        value={value}
        disabled={disabled}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-help ${id}-problem` : `${id}-help`}
        onInput={(e) => onValue((e.target as HTMLInputElement).value)}
      />
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      {problem && (
        <p class="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The nine holiday calendars, by their French names. */
function zoneNames(t: Translate): Record<(typeof ZONES)[number], string> {
  return {
    metropole: t('zone-metropole'),
    'alsace-moselle': t('zone-alsace-moselle'),
    guadeloupe: t('zone-guadeloupe'),
    martinique: t('zone-martinique'),
    guyane: t('zone-guyane'),
    reunion: t('zone-reunion'),
    mayotte: t('zone-mayotte'),
    'saint-barthelemy': t('zone-saint-barthelemy'),
    'saint-martin': t('zone-saint-martin'),
  };
}

/** How deadlines are counted here (the territory's public holidays) and
 * how early the desktop reminder comes. */
function DeadlineSettingsSection() {
  const t = useT();
  const backend = useBackend();
  const [zone, setZone] = useState('metropole');
  const [days, setDays] = useState('7');
  const [daysProblem, setDaysProblem] = useState<string | null>(null);
  const daysField = useRef<HTMLInputElement>(null);
  const form = useSettingsForm(backend, (s) => {
    setZone(s.zone ?? 'metropole');
    setDays(String(s.reminder_days ?? 7));
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    form.start();
    const n = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || n < 1 || n > 90) {
      setDaysProblem(t('settings-reminder-days-invalid'));
      daysField.current?.focus();
      return;
    }
    setDaysProblem(null);
    await form.save(async () => {
      const saved = await backend.setDeadlineSettings(zone, n);
      setZone(saved.zone);
      setDays(String(saved.reminder_days));
    });
  };
  const names = zoneNames(t);
  const zoneProblem = form.error?.problems?.find((p) => p.field === 'zone');
  return (
    <form class="stack" id="deadline-settings-form" onSubmit={submit} noValidate>
      <h2>{t('settings-deadlines')}</h2>
      <div class={zoneProblem ? 'field wide invalid' : 'field wide'}>
        <label for="deadline-zone">{t('settings-zone')}</label>
        <select
          id="deadline-zone"
          value={zone}
          disabled={!form.loaded}
          aria-invalid={zoneProblem ? 'true' : undefined}
          aria-describedby={zoneProblem ? 'deadline-zone-problem' : 'deadline-zone-help'}
          onChange={(e) => form.edit(setZone)(inputValue(e))}
        >
          {ZONES.map((z) => (
            <option key={z} value={z}>
              {names[z]}
            </option>
          ))}
        </select>
        <p class="help" id="deadline-zone-help">
          {t('settings-zone-help')}
        </p>
        {zoneProblem && (
          <p class="field-error" id="deadline-zone-problem" role="alert">
            {zoneProblem.message}
          </p>
        )}
      </div>
      <NumberField
        id="reminder-days"
        label={t('settings-reminder-days')}
        help={t('settings-reminder-days-help')}
        min={1}
        max={90}
        value={days}
        problem={daysProblem}
        disabled={!form.loaded}
        inputRef={daysField}
        onValue={form.edit(setDays)}
      />
      <SaveRow
        form={form}
        id="deadline-settings"
        saved={t('settings-deadlines-saved')}
        label={t('settings-deadlines-save')}
        name={actionOn(t, t('settings-deadlines-save'), t('settings-deadlines'))}
        errorShownElsewhere={!!zoneProblem}
      />
    </form>
  );
}

/** A whole number typed in `text` within min..=max, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const s = text.trim();
  if (!/^\d{1,6}$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** A shared laptop: after how long without input it locks itself, and
 * when closed dossiers are offered for deletion. */
function PrivacySection({ onSaved }: { onSaved?: () => void }) {
  const t = useT();
  const backend = useBackend();
  const [minutes, setMinutes] = useState('10');
  const [months, setMonths] = useState('24');
  const [minutesProblem, setMinutesProblem] = useState<string | null>(null);
  const [monthsProblem, setMonthsProblem] = useState<string | null>(null);
  // Bumped at each save: the closed dossiers to review are listed again.
  const [saves, setSaves] = useState(0);
  const minutesField = useRef<HTMLInputElement>(null);
  const monthsField = useRef<HTMLInputElement>(null);
  const form = useSettingsForm(backend, (s) => {
    setMinutes(String(s.lock_after_minutes ?? 10));
    setMonths(String(s.retention_months ?? 24));
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    form.start();
    const lockAfter = wholeNumber(minutes, 1, 240);
    const retention = wholeNumber(months, 1, 120);
    setMinutesProblem(lockAfter === null ? t('settings-lock-after-invalid') : null);
    setMonthsProblem(retention === null ? t('settings-retention-invalid') : null);
    if (lockAfter === null || retention === null) {
      (lockAfter === null ? minutesField : monthsField).current?.focus();
      return;
    }
    await form.save(async () => {
      const saved = await backend.setPrivacySettings(lockAfter, retention);
      setMinutes(String(saved.lock_after_minutes));
      setMonths(String(saved.retention_months));
      setSaves((n) => n + 1);
      onSaved?.();
    });
  };
  return (
    <>
      <form class="stack" id="settings-privacy" onSubmit={submit} noValidate aria-labelledby="settings-privacy-title">
        <h2 id="settings-privacy-title">{t('settings-privacy')}</h2>
        <p class="help" id="privacy-help">
          {t('settings-privacy-help')}
        </p>
        <NumberField
          id="lock-after-minutes"
          label={t('settings-lock-after')}
          help={t('settings-lock-after-help', { keys: lockShortcutLabel() })}
          min={1}
          max={240}
          value={minutes}
          problem={minutesProblem}
          disabled={!form.loaded}
          inputRef={minutesField}
          onValue={form.edit(setMinutes)}
        />
        <NumberField
          id="retention-months"
          label={t('settings-retention')}
          help={t('settings-retention-help')}
          min={1}
          max={120}
          value={months}
          problem={monthsProblem}
          disabled={!form.loaded}
          inputRef={monthsField}
          onValue={form.edit(setMonths)}
        />
        <SaveRow
          form={form}
          id="privacy"
          saved={t('settings-privacy-saved')}
          label={t('settings-privacy-save')}
          name={actionOn(t, t('settings-privacy-save'), t('settings-privacy'))}
        />
      </form>
      <RetentionReviewSection revision={saves} />
    </>
  );
}

/** The whole audit journal: how many entries and whether its chain of
 * hashes still holds (read on arrival), then, when asked for, its latest
 * entries with the person's record they are about (by number: the person
 * may have been erased), printable as the person's journal is. */
function AuditLogSection() {
  const t = useT();
  const backend = useBackend();
  const [summary, setSummary] = useState<Omit<RecentAudit, 'entries'> | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const read = async () => {
    const r = await backend.recentAudit();
    setSummary({ total: r.total, intact: r.intact });
    setError(null);
    return r;
  };
  useEffect(() => {
    read().catch((e) => setError(toCommandError(e)));
  }, [backend]);
  const total = summary?.total ?? 0;
  return (
    <AuditJournal
      id="settings-audit"
      prefix="audit"
      title={t('settings-audit')}
      caption={(entries) =>
        entries.length < total ? t('settings-audit-caption-partial', { shown: entries.length, total, date: todayFrench() }) : t('settings-audit-caption', { date: todayFrench() })
      }
      load={async () => (await read()).entries}
      withPerson
    >
      {error && (
        <p class="form-error" role="alert" id="audit-status-error" data-code={error.code}>
          {error.message}
        </p>
      )}
      {summary &&
        (summary.intact ? (
          <p class="status-line" id="audit-status" data-intact="true">
            {t('settings-audit-count', { total })} {t('settings-audit-intact')}
          </p>
        ) : (
          <p class="notice notice-error" role="alert" id="audit-status" data-intact="false">
            {t('settings-audit-count', { total })} <strong>{t('settings-audit-altered', { command: 'permanence audit verify' })}</strong>
          </p>
        ))}
    </AuditJournal>
  );
}

export function SettingsScreen({ lang, info, onLanguage, onPrivacySaved, worker = null, onWorkersChanged, onDataReplaced, headingRef }: SettingsProps) {
  const t = useT();
  // Bumped when a portable backup replaced the data: the sections showing
  // records (closed dossiers, profiles, audit journal) read them again.
  const [restores, setRestores] = useState(0);
  const dataReplaced = () => {
    setRestores((n) => n + 1);
    onDataReplaced?.();
  };
  return (
    <section class="screen" id="screen-settings" aria-labelledby="title-settings">
      <h1 id="title-settings" tabIndex={-1} ref={headingRef}>
        {t('settings-title')}
      </h1>

      <div class="field">
        <label for="language">{t('settings-language')}</label>
        <select
          id="language"
          value={lang}
          aria-describedby="language-help"
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            if (isLang(value)) onLanguage(value);
          }}
        >
          {LANGS.map((code) => (
            <option key={code} value={code} lang={code}>
              {AUTONYMS[code]}
            </option>
          ))}
        </select>
        <p class="help" id="language-help">
          {t('settings-language-help')}
        </p>
      </div>

      <LetterheadSection />

      <DeadlineSettingsSection />

      <PrivacySection key={`privacy-${restores}`} onSaved={onPrivacySaved} />

      <WorkersSection key={`workers-${restores}`} worker={worker} onChanged={onWorkersChanged} />

      <AuditLogSection key={`audit-${restores}`} />

      <SecuritySection lang={lang} dataDir={info?.data_dir ?? null} onDataReplaced={dataReplaced} />

      <TeamSection key={`team-${restores}`} />

      <h2>{t('settings-about')}</h2>
      <p>{t('settings-offline')}</p>
      {info && (
        <ul class="about" id="about">
          <li id="about-version">{t('settings-version', { version: info.version })}</li>
          <li id="about-data-dir">{t('settings-data-dir', { path: info.data_dir })}</li>
          <li id="about-locales">{t('settings-locales', { list: info.locales.map((c) => (isLang(c) ? AUTONYMS[c] : c)).join(', ') })}</li>
        </ul>
      )}
    </section>
  );
}
