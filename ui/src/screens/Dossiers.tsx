// Every dossier, open ones first: the way back into an interview.
import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { type CommandError, type DossierListItem, toCommandError } from '../api';
import { frenchDate } from '../dates';
import { dossierPath } from '../router';
import { useT, useBackend } from '../services';

export function DossiersScreen({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = useT();
  const backend = useBackend();
  const [items, setItems] = useState<DossierListItem[] | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  useEffect(() => {
    backend.listDossiers().then(setItems, (e) => setError(toCommandError(e)));
  }, [backend]);
  return (
    <section class="screen" id="screen-dossiers" aria-labelledby="title-dossiers">
      <h1 id="title-dossiers" tabIndex={-1} ref={headingRef}>
        {t('dossiers-title')}
      </h1>
      {error && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
      {items && items.length === 0 && (
        <div class="empty-state">
          <p class="empty-title">{t('dossiers-empty')}</p>
          <p class="empty-hint">{t('dossiers-empty-hint')}</p>
        </div>
      )}
      {items && items.length > 0 && (
        <ul class="person-list" id="dossiers-list">
          {items.map((d) => (
            <li key={d.id}>
              <a class="person-link" href={dossierPath(d.id)}>
                <bdi class="person-name">
                  {d.family_name.toUpperCase()} {d.given_names}
                </bdi>
                <span>{t(`${d.procedure_id}-title`)}</span>
                <span class="person-alt">
                  {t(`dossier-status-${d.status}`)} · {frenchDate(d.opened_on)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
