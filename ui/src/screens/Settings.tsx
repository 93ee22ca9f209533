import type { Ref } from 'preact';

import type { AppInfo, Backend } from '../api';
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
