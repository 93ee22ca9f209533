// Échéances: first the letters to post now although no deadline runs (a
// refusal never notified in writing: there is no date to list them under,
// and leaving them out would hide the most urgent dossiers), then every open
// dossier's deadlines, overdue first, then this week, the next 30 days and
// later. Printed, it is the week's list for a
// permanence held away from this computer.
import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { type ActNowItem, type CommandError, type Dashboard, type DueItem, toCommandError } from '../api';
import { actionOn } from '../i18n';
import { dossierPath } from '../router';
import { DeadlineBadges, Explanation, deadlineDay, deadlineLabel } from './DeadlineParts';
import { ExportButton } from './ExportButton';
import { useT, useBackend } from '../services';

type Group = 'overdue' | 'this_week' | 'next_30_days' | 'later';

/** Each group: its id in the page, its title and what it says when empty. */
const GROUPS: readonly { group: Group; id: string; label: string; empty: string }[] = [
  { group: 'overdue', id: 'deadlines-overdue', label: 'deadlines-overdue', empty: 'deadlines-none-overdue' },
  { group: 'this_week', id: 'deadlines-this-week', label: 'deadlines-this-week', empty: 'deadlines-none-this-week' },
  { group: 'next_30_days', id: 'deadlines-next-30-days', label: 'deadlines-next-30-days', empty: 'deadlines-none-next-30-days' },
  { group: 'later', id: 'deadlines-later', label: 'deadlines-later', empty: 'deadlines-none-later' },
];

function DueLine({ item, overdue }: { item: DueItem; overdue: boolean }) {
  const t = useT();
  const name = `${item.family_name.toUpperCase()} ${item.given_names}`.trim();
  const procedure = t(`${item.procedure_id}-title`);
  return (
    <li class={overdue ? 'due-item overdue' : 'due-item'} data-dossier={item.dossier_id} data-rule={item.rule_id} data-provisional={item.provisional ? 'true' : 'false'}>
      <p class="due-head">
        <time class="due-date" dateTime={item.due_on}>
          {deadlineDay(t, item.due_on)}
        </time>
        <bdi class="person-name">{name}</bdi>
        <span class="due-procedure">{procedure}</span>
      </p>
      <p class="due-what">{deadlineLabel(t, item.procedure_id, item.rule_id)}</p>
      <DeadlineBadges
        d={{
          overdue,
          provisional: item.provisional,
          assumption: item.inputs.assumption,
          enforceable: item.inputs.enforceable,
          ceiling: item.inputs.ceiling,
          suspended: item.inputs.suspended,
        }}
      />
      <div class="due-foot">
        <Explanation steps={item.explanation} />
        <a class="button small due-open" href={dossierPath(item.dossier_id)} aria-label={actionOn(t, t('deadline-open-dossier'), t('name-and-procedure', { name, procedure }))}>
          {t('deadline-open-dossier')}
        </a>
      </div>
    </li>
  );
}

function ActNowLine({ item }: { item: ActNowItem }) {
  const t = useT();
  const name = `${item.family_name.toUpperCase()} ${item.given_names}`.trim();
  const procedure = t(`${item.procedure_id}-title`);
  return (
    <li class="due-item act-now" data-dossier={item.dossier_id} data-letter={item.letter_id}>
      <p class="due-head">
        <span class="due-date">{t('deadlines-act-now-when')}</span>
        <bdi class="person-name">{name}</bdi>
        <span class="due-procedure">{procedure}</span>
      </p>
      <p class="due-what">{t('deadlines-act-now-what', { letter: t(`${item.procedure_id}-letter-${item.letter_id}`) })}</p>
      <div class="due-foot">
        <p class="explanation">{t('deadlines-act-now-why')}</p>
        <a class="button small due-open" href={dossierPath(item.dossier_id)} aria-label={actionOn(t, t('deadline-open-dossier'), t('name-and-procedure', { name, procedure }))}>
          {t('deadline-open-dossier')}
        </a>
      </div>
    </li>
  );
}

export function DeadlinesScreen({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = useT();
  const backend = useBackend();
  const [board, setBoard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  useEffect(() => {
    backend.deadlinesDashboard().then(setBoard, (e) => setError(toCommandError(e)));
  }, [backend]);

  const total = board ? GROUPS.reduce((n, g) => n + board[g.group].length, board.act_now.length) : 0;
  return (
    <section class="screen deadlines-screen" id="screen-deadlines" aria-labelledby="title-deadlines">
      <h1 id="title-deadlines" tabIndex={-1} ref={headingRef}>
        {t('deadlines-title')}
      </h1>
      {error && (
        <p class="form-error" role="alert" id="deadlines-error" data-code={error.code}>
          {error.message}
        </p>
      )}
      {!board && !error && <p class="loading">{t('loading')}</p>}
      {board && (
        <>
          <div class="screen-head deadlines-head">
            <p class="muted" id="deadlines-as-of">
              {t('deadlines-as-of', { date: deadlineDay(t, board.today) })}
            </p>
            <button type="button" id="deadlines-print" onClick={() => window.print()}>
              {t('deadlines-print')}
            </button>
            <ExportButton id="deadlines-save-weekly" label={t('deadlines-save-weekly')} save={() => backend.saveWeeklyList()} />
            <ExportButton id="deadlines-export-ics" label={t('deadlines-export-ics')} save={() => backend.saveCalendar(null)} />
          </div>
          {total === 0 && <p class="help">{t('deadlines-empty-hint')}</p>}
          {board.truncated && (
            <p class="notice" id="deadlines-truncated">
              {t('deadlines-truncated')}
            </p>
          )}
          {board.act_now.length > 0 && (
            <section class="due-group" id="deadlines-act-now" aria-labelledby="deadlines-act-now-title" data-count={board.act_now.length}>
              <h2 id="deadlines-act-now-title">
                {t('deadlines-act-now')} <span class="due-count">({t('deadlines-act-now-count', { count: board.act_now.length })})</span>
              </h2>
              <ul class="due-list">
                {board.act_now.map((item) => (
                  <ActNowLine key={`${item.dossier_id}-${item.letter_id}`} item={item} />
                ))}
              </ul>
            </section>
          )}
          {GROUPS.map((g) => {
            const items = board[g.group];
            return (
              <section class="due-group" id={g.id} key={g.id} aria-labelledby={`${g.id}-title`} data-count={items.length}>
                <h2 id={`${g.id}-title`}>
                  {t(g.label)} <span class="due-count">({t('deadlines-count', { count: items.length })})</span>
                </h2>
                {items.length === 0 ? (
                  <p class="muted due-empty">{t(g.empty)}</p>
                ) : (
                  <ul class="due-list">
                    {items.map((item) => (
                      <DueLine key={`${item.dossier_id}-${item.rule_id}`} item={item} overdue={g.group === 'overdue'} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
