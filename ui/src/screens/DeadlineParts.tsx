// What the Échéances screen and a dossier's timeline both show of a
// deadline: its day, what is due, how sure the date is, and how it was
// reached. The explanations and assumptions come from Rust, in French.
import type { Suspended } from '../api';
import { frenchDate, isoWeekday } from '../dates';
import type { Translate } from '../i18n';

/** « lun. 02/03/2026 »: the day of the week, then JJ/MM/AAAA. */
export function deadlineDay(t: Translate, iso: string): string {
  const weekdays = [
    t('weekday-short-1'),
    t('weekday-short-2'),
    t('weekday-short-3'),
    t('weekday-short-4'),
    t('weekday-short-5'),
    t('weekday-short-6'),
    t('weekday-short-7'),
  ];
  const n = isoWeekday(iso);
  return n === null ? frenchDate(iso) : t('deadline-day', { weekday: weekdays[n - 1], date: frenchDate(iso) });
}

/** What is due, in the démarche's words. */
export function deadlineLabel(t: Translate, procedureId: string, rule: string): string {
  return t(`${procedureId}-deadline-${rule}`);
}

/** Where the start date comes from, in words: an answer, a letter posted
 * or received (recorded in « Courriers »), or an earlier deadline. */
export function sourceLabel(t: Translate, procedureId: string, source: string): string {
  const letter = /^letter:([^:]+):(sent|received)$/.exec(source);
  if (letter) {
    const name = t(`${procedureId}-letter-${letter[1]}`);
    return letter[2] === 'sent' ? t('deadline-source-letter-sent', { letter: name }) : t('deadline-source-letter-received', { letter: name });
  }
  const earlier = /^deadline:(.+)$/.exec(source);
  if (earlier) return t('deadline-source-deadline', { deadline: deadlineLabel(t, procedureId, earlier[1]) });
  return t('deadline-source-answer', { question: t(`${procedureId}-q-${source}`) });
}

export interface Certainty {
  overdue: boolean;
  provisional: boolean;
  assumption: string | null;
  enforceable: boolean;
  ceiling: string | null;
  suspended?: Suspended | null;
}

/** « En retard », « Provisoire » with its assumption, « Délai non
 * opposable » with its one-year limit: words and an icon, not colour
 * alone. */
export function DeadlineBadges({ t, d }: { t: Translate; d: Certainty }) {
  if (!d.overdue && !d.provisional && d.enforceable && !d.suspended) return null;
  return (
    <ul class="deadline-badges">
      {d.overdue && (
        <li class="deadline-flag">
          <span class="badge badge-overdue">
            <span class="alert-icon" aria-hidden="true">
              !
            </span>{' '}
            {t('deadline-overdue')}
          </span>
        </li>
      )}
      {d.provisional && (
        <li class="deadline-flag" data-flag="provisional">
          <span class="badge badge-provisional">{t('deadline-provisional')}</span>{' '}
          {d.assumption && (
            <span class="deadline-note" lang="fr">
              {d.assumption}
            </span>
          )}
        </li>
      )}
      {d.suspended && (
        <li class="deadline-flag" data-flag="suspended">
          <span class="badge badge-provisional">{t('deadline-suspended')}</span>{' '}
          <span class="deadline-note">{t('deadline-suspended-note', { date: frenchDate(d.suspended.since), days: d.suspended.days_left })}</span>
        </li>
      )}
      {!d.enforceable && (
        <li class="deadline-flag" data-flag="not-enforceable">
          <span class="badge badge-not-enforceable">{t('deadline-not-enforceable')}</span>{' '}
          {d.ceiling && <span class="deadline-note">{t('deadline-ceiling', { date: frenchDate(d.ceiling) })}</span>}
        </li>
      )}
    </ul>
  );
}

/** « Comment est calculée cette date ? »: the steps, one per line. */
export function Explanation({ t, text }: { t: Translate; text: string }) {
  const steps = text
    .split(' ; ')
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <details class="deadline-how">
      <summary>{t('deadline-how')}</summary>
      <ol class="deadline-steps" lang="fr">
        {steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
    </details>
  );
}
