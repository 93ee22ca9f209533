// The persons list with instant search.
import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { type CommandError, type PersonSummary, toCommandError } from '../api';
import { takeFlash } from '../flash';
import { personPath } from '../router';
import { useT, useBackend } from '../services';

interface PeopleProps {
  headingRef: Ref<HTMLHeadingElement>;
}

export function PeopleScreen({ headingRef }: PeopleProps) {
  const t = useT();
  const backend = useBackend();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PersonSummary[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  // Coming from an erased person's page: say it is done.
  const [erased] = useState(() => takeFlash() === 'person-erased');

  useEffect(() => {
    backend.searchPersons('').then(
      (all) => setTotal(all.length),
      (e) => setError(toCommandError(e)),
    );
  }, [backend]);

  useEffect(() => {
    let live = true;
    backend.searchPersons(query).then(
      (r) => live && setResults(r),
      (e) => live && setError(toCommandError(e)),
    );
    return () => {
      live = false;
    };
  }, [backend, query]);

  return (
    <section class="screen" id="screen-people" aria-labelledby="title-people">
      <div class="screen-head">
        <h1 id="title-people" tabIndex={-1} ref={headingRef}>
          {t('people-title')}
        </h1>
        <a class="button primary" id="person-new" href={personPath.create}>
          {t('people-new')}
        </a>
      </div>
      {erased && (
        <p class="notice" role="status" id="erase-notice">
          {t('people-erased')}
        </p>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
      {total === 0 ? (
        <div class="empty-state">
          <p class="empty-title">{t('people-empty')}</p>
          <p class="empty-hint">{t('people-empty-hint')}</p>
        </div>
      ) : (
        <>
          <div class="field search">
            <label for="people-search">{t('people-search-label')}</label>
            <input
              id="people-search"
              type="search"
              value={query}
              autocomplete="off"
              spellcheck={false}
              aria-describedby="people-search-help"
              aria-controls="people-results"
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            />
            <p class="help" id="people-search-help">
              {t('people-search-help')}
            </p>
          </div>
          <p class="result-count" aria-live="polite" id="people-count">
            {results && (results.length === 0 && query ? t('people-no-match') : t('people-results', { count: results.length }))}
          </p>
          <ul class="person-list" id="people-results">
            {results?.map((p) => (
              <li key={p.id}>
                <a href={personPath.view(p.id)} class="person-link">
                  {/* bdi: a name with bidi controls cannot reorder its neighbours. */}
                  <bdi class="person-name">
                    {p.family_name.toUpperCase()} {p.given_names}
                  </bdi>
                  {p.alt_names.length > 0 && (
                    <span class="person-alt">
                      {p.alt_names.map((n, i) => (
                        <bdi key={i} class="alt">
                          {n}
                        </bdi>
                      ))}
                    </span>
                  )}
                  {p.birth_date && <span class="person-birth">{p.birth_date.split('-').reverse().join('/')}</span>}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
