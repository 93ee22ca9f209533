// What the Échéances screen and a dossier's timeline both show of a
// deadline: its day, what is due, how sure the date is, and how it was
// reached. The explanations and assumptions come from Rust as steps
// (data), said here in the worker's language with the same Fluent
// messages the Rust side uses (crates/texts/src/steps.rs; the fixture test
// in steps.test.ts checks both give the same sentences).
import type { Skipped, Step, Suspended, Unit } from '../api';
import { frenchDate, isoWeekday } from '../dates';
import type { Translate } from '../i18n';
import { useT } from '../services';

/** « lun. 02/03/2026 »: the day of the week, then JJ/MM/AAAA. */
export function deadlineDay(t: Translate, iso: string): string {
  const weekdays = [t('weekday-short-1'), t('weekday-short-2'), t('weekday-short-3'), t('weekday-short-4'), t('weekday-short-5'), t('weekday-short-6'), t('weekday-short-7')];
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

/** « 3 jours », « 2 mois », « 10 jours ouvrés ». */
function amountText(t: Translate, amount: number, unit: Unit): string {
  return t(`deadline-amount-${unit}`, { amount });
}

function skippedText(t: Translate, s: Skipped): string {
  const weekday = t(`weekday-${isoWeekday(s.day)}`);
  return s.holiday ? t('deadline-skipped-holiday', { weekday, date: frenchDate(s.day), holiday: t(`holiday-${s.holiday}`) }) : t('deadline-skipped-day', { weekday });
}

/** One step of how a date was reached, as the worker reads it. */
export function stepText(t: Translate, step: Step): string {
  switch (step.kind) {
    case 'count': {
      let amount = amountText(t, step.amount, step.unit);
      if (step.unit === 'working-days') amount = `${amount} ${t('deadline-working-days-note')}`;
      const args: Record<string, string> = { event: t(`deadline-event-${step.event}`), start: frenchDate(step.start), amount, end: frenchDate(step.end) };
      let key = 'deadline-step-count';
      if (step.distance) {
        args.distance = t(`deadline-distance-${step.distance}`);
        key += '-distance';
      }
      if (step.missing_day !== null) {
        args.missing = t('deadline-missing-day', { day: step.missing_day, month: t(`month-${Number(step.end.slice(5, 7))}`) });
        key += '-missing';
      }
      return t(key, args);
    }
    case 'franc':
      return t('deadline-step-franc', { end: frenchDate(step.end) });
    case 'franc-after-month-end':
      return t('deadline-step-franc-month-end');
    case 'moved-forward':
      return t('deadline-step-moved', {
        skipped: step.skipped.map((s) => skippedText(t, s)).join(`${t('deadline-skipped-then')} `),
        weekday: t(`weekday-${isoWeekday(step.due)}`),
        due: frenchDate(step.due),
      });
    case 'suspended':
      return t('deadline-step-suspended', {
        reason: t(`deadline-suspension-${step.reason}`),
        from: frenchDate(step.from),
        until: frenchDate(step.until),
        days: amountText(t, step.days_left, 'days'),
        end: frenchDate(step.end),
      });
    case 'suspension-running':
      return t('deadline-step-suspension-running', { reason: t(`deadline-suspension-${step.reason}`), since: frenchDate(step.since) });
    case 'assumed':
      return t('deadline-step-assumed', {
        event: t(`deadline-event-${step.event}`),
        assumed: frenchDate(step.assumed),
        origin: t(`deadline-origin-${step.origin}`),
        base: frenchDate(step.base),
        amount: amountText(t, step.amount, step.unit),
      });
    case 'not-enforceable':
      return t('deadline-step-not-enforceable', { ceiling: frenchDate(step.ceiling), act_by: frenchDate(step.act_by) });
  }
}

/** An assumption stored before explanations were steps was a French
 * sentence: said as it is until the dossier is recomputed. */
function assumptionText(t: Translate, a: Step | string): string {
  return typeof a === 'string' ? a : stepText(t, a);
}

export interface Certainty {
  overdue: boolean;
  provisional: boolean;
  assumption: Step | null;
  enforceable: boolean;
  ceiling: string | null;
  suspended?: Suspended | null;
}

/** « En retard », « Provisoire » with its assumption, « Délai non
 * opposable » with its one-year limit: words and an icon, not colour
 * alone. */
export function DeadlineBadges({ d }: { d: Certainty }) {
  const t = useT();
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
          <span class="badge badge-provisional">{t('deadline-provisional')}</span> {d.assumption && <span class="deadline-note">{assumptionText(t, d.assumption)}</span>}
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

/** « Comment est calculée cette date ? »: the steps, one per line, in the
 * worker's language. */
export function Explanation({ steps }: { steps: Step[] }) {
  const t = useT();
  if (steps.length === 0) return null;
  return (
    <details class="deadline-how">
      <summary>{t('deadline-how')}</summary>
      <ol class="deadline-steps">
        {steps.map((s, i) => (
          <li key={i}>{stepText(t, s)}</li>
        ))}
      </ol>
    </details>
  );
}
