import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { type AppInfo, type Backend, type CommandError, toCommandError } from '../api';
import { SecuritySection } from './Security';
import { AUTONYMS, LANGS, type Lang, type Translate, isLang } from '../i18n';

export interface SettingsProps {
  t: Translate;
  lang: Lang;
  info: AppInfo | null;
  onLanguage: (lang: Lang) => void;
  headingRef: Ref<HTMLHeadingElement>;
  backend: Backend;
}

/** What letters print about the worker's structure: « Courrier rédigé
 * avec l'aide de … » and the town before the date. */
function LetterheadSection({ t, backend }: { t: Translate; backend: Backend }) {
  const [organisation, setOrganisation] = useState('');
  const [place, setPlace] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    backend.getSettings().then(
      (s) => {
        setOrganisation(s.organisation ?? '');
        setPlace(s.place ?? '');
        setLoaded(true);
      },
      (e) => {
        setError(toCommandError(e));
        setLoaded(true);
      },
    );
  }, [backend]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const saved = await backend.setLetterhead(organisation, place);
      setOrganisation(saved.organisation);
      setPlace(saved.place);
      setDone(true);
    } catch (err) {
      setError(toCommandError(err));
    }
    setBusy(false);
  };
  const edit = (set: (v: string) => void) => (e: Event) => {
    set((e.target as HTMLInputElement).value);
    setDone(false);
  };
  return (
    <form class="stack" id="letterhead-form" onSubmit={submit}>
      <h2>{t('settings-letters')}</h2>
      <div class="field wide">
        <label for="letterhead-organisation">{t('settings-organisation')}</label>
        <input id="letterhead-organisation" type="text" maxLength={200} value={organisation} disabled={!loaded} aria-describedby="letterhead-organisation-help" onInput={edit(setOrganisation)} />
        <p class="help" id="letterhead-organisation-help">
          {t('settings-organisation-help')}
        </p>
      </div>
      <div class="field wide">
        <label for="letterhead-place">{t('settings-place')}</label>
        <input id="letterhead-place" type="text" maxLength={100} value={place} disabled={!loaded} onInput={edit(setPlace)} />
      </div>
      {error && (
        <p class="form-error" role="alert" data-code={error.code}>
          {error.message}
        </p>
      )}
      <p role="status" class="status-line" id="letterhead-status">
        {done ? t('settings-letterhead-saved') : null}
      </p>
      <div class="actions">
        <button type="submit" id="letterhead-save" disabled={busy || !loaded}>
          {t('settings-letterhead-save')}
        </button>
      </div>
    </form>
  );
}

export function SettingsScreen({ t, lang, info, onLanguage, headingRef, backend }: SettingsProps) {
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

      <LetterheadSection t={t} backend={backend} />

      <SecuritySection t={t} lang={lang} backend={backend} dataDir={info?.data_dir ?? null} />

      <h2>{t('settings-about')}</h2>
      <p>{t('settings-offline')}</p>
      {info && (
        <ul class="about" id="about">
          <li id="about-version">{t('settings-version', { version: info.version })}</li>
          <li id="about-data-dir">{t('settings-data-dir', { path: info.data_dir })}</li>
          <li id="about-locales">
            {t('settings-locales', { list: info.locales.map((c) => (isLang(c) ? AUTONYMS[c] : c)).join(', ') })}
          </li>
        </ul>
      )}
    </section>
  );
}
