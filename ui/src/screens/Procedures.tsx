// The catalogue of démarches: search, filter by theme, and the reasons
// when a démarche's files are broken.
import type { Ref } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';

import { type CatalogueItem, type CommandError, toCommandError } from '../api';
import { useT, useBackend } from '../services';

const THEMES = ['sejour', 'caf', 'sante', 'banque', 'ecole', 'handicap', 'emploi', 'droits'] as const;

/** Accent- and case-insensitive text for matching. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function ProceduresScreen({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = useT();
  const backend = useBackend();
  const [items, setItems] = useState<CatalogueItem[] | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [query, setQuery] = useState('');
  const [theme, setTheme] = useState('');

  useEffect(() => {
    backend.listProcedures().then(setItems, (e) => setError(toCommandError(e)));
  }, [backend]);

  const shown = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return (items ?? []).filter((item) => {
      if (theme && item.theme !== theme) return false;
      // Plain words too: « banque », « école », « CAF », « handicap »…
      const text = fold([t(`${item.id}-title`), t(`${item.id}-summary`), t(`${item.id}-audience`), t(`${item.id}-keywords`), item.theme ? t(`theme-${item.theme}`) : ''].join(' '));
      return words.every((w) => text.includes(w));
    });
  }, [items, query, theme, t]);

  return (
    <section class="screen" id="screen-procedures" aria-labelledby="title-procedures">
      <h1 id="title-procedures" tabIndex={-1} ref={headingRef}>
        {t('procedures-title')}
      </h1>
      {error && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
      {items && items.length === 0 ? (
        <div class="empty-state">
          <p class="empty-title">{t('procedures-empty')}</p>
          <p class="empty-hint">{t('procedures-empty-hint')}</p>
        </div>
      ) : (
        <>
          <div class="filters">
            <div class="field">
              <label for="procedures-search">{t('procedures-search-label')}</label>
              <input id="procedures-search" type="search" value={query} autocomplete="off" onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
            </div>
            <div class="field">
              <label for="procedures-theme">{t('procedures-theme')}</label>
              <select id="procedures-theme" value={theme} onChange={(e) => setTheme((e.target as HTMLSelectElement).value)}>
                <option value="">{t('procedures-theme-all')}</option>
                {THEMES.map((th) => (
                  <option key={th} value={th}>
                    {t(`theme-${th}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {items && shown.length === 0 && <p class="muted">{t('procedures-no-match')}</p>}
          <ul class="catalogue" id="procedures-list">
            {shown.map((item) => (
              <li key={item.id} class={item.available ? 'procedure-card' : 'procedure-card unavailable'} data-id={item.id}>
                <h2>{item.available ? t(`${item.id}-title`) : item.id}</h2>
                {item.available ? (
                  <>
                    <p class="theme-tag">{t(`theme-${item.theme}`)}</p>
                    <p>{t(`${item.id}-summary`)}</p>
                    <p class="muted">{t('procedures-for-whom', { audience: t(`${item.id}-audience`) })}</p>
                  </>
                ) : (
                  <details>
                    <summary>{t('procedures-unavailable', { count: item.problems.length })}</summary>
                    <ul>
                      {item.problems.map((p) => (
                        <li key={p}>
                          <code dir="ltr">{p}</code>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
