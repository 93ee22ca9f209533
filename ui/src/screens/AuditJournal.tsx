// The audit journal in words, shared by the person's « Journal d'accès »
// (their entries) and Paramètres → « Journal d'audit » (everyone's latest):
// the same translation of actions, records and details, the same table,
// the same disclosure (read only when asked for) and the same printing
// (the table alone, see `.audit-journal` in styles.css).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

import { AUDIT_ACTIONS as GENERATED_AUDIT_ACTIONS, type AuditEntry, type CommandError, type DossierSummary, toCommandError } from '../api';
import { frenchDate } from '../dates';
import type { Translate } from '../i18n';
import { useT } from '../services';

/** The audit's actions the worker reads in words (`actionKey`): the
 * Rust side's list, generated. */
export const AUDIT_ACTIONS: readonly string[] = GENERATED_AUDIT_ACTIONS;

/** Details the shell writes as fixed words (`detailKey`). */
export const AUDIT_DETAILS: readonly string[] = ['gdpr export', 'closed', 'reopened', 'attempt added', 'attempt deleted', 'journal annex', 'retention', 'portable backup'];

/** `open` → `audit-action-open`. */
export const actionKey = (action: string) => `audit-action-${action}`;
/** `gdpr export` → `audit-detail-gdpr-export`. */
export const detailKey = (detail: string) => `audit-detail-${detail.replace(/ /g, '-')}`;

/** The texts of a journal, `<id>-<text>` (its section's id). */
export const JOURNAL_TEXTS = ['help', 'show', 'hide', 'print', 'empty'] as const;

/** One line of the journal, in words. */
export interface AuditRow {
  seq: number;
  /** The laptop of the team that wrote it ('' for this one). */
  laptop: string;
  /** The raw action (`open`, `print`…). */
  action: string;
  at: string;
  when: string;
  who: string;
  what: string;
  /** The person's record the entry is about, if any (by number only: the
   * person may have been erased since). */
  personId: number | null;
  record: string;
  detail: string;
}

/** The text of `key`, or null when no file has it. */
export function known(t: Translate, key: string): string | null {
  const text = t(key);
  return text === key ? null : text;
}

function dossierOf(subject: string): number | null {
  const m = /^dossier:(\d+)$/.exec(subject);
  return m ? Number(m[1]) : null;
}

/** `2026-11-25T17:03:12+01:00` → « 25/11/2026 à 17:03 »: the worker's
 * local time, as the shell wrote it. */
function auditWhen(t: Translate, at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? t('audit-when', { date: frenchDate(m[1]), time: m[2] }) : at;
}

/** Audit entries in words, newest first. Dossiers are named by their
 * démarche, known from `dossiers` or, for one since purged, from its
 * creation entry; letters by their title, known from the entry that
 * printed them. */
export function auditRows(t: Translate, entries: AuditEntry[], dossiers: DossierSummary[]): AuditRow[] {
  const procedures = new Map<number, string>(dossiers.map((d) => [d.id, d.procedure_id]));
  const letters = new Map<string, string>();
  for (const e of entries) {
    const dossier = dossierOf(e.subject);
    if (dossier !== null && e.action === 'create' && e.detail.trim() && !procedures.has(dossier)) procedures.set(dossier, e.detail.trim());
    const m = /^letter:(\d+) (\S+)$/.exec(e.detail.trim());
    if (m && m[2] !== 'pdf') letters.set(m[1], m[2]);
  }
  const title = (procedure: string) => known(t, `${procedure}-title`) ?? procedure;
  const letterTitle = (procedure: string | undefined, letter: string) => (procedure && known(t, `${procedure}-letter-${letter}`)) || letter;

  const record = (subject: string): string => {
    if (/^person:\d+$/.test(subject)) return t('audit-subject-person');
    if (/^worker:\d+$/.test(subject)) return t('audit-subject-worker');
    if (subject === 'database') return t('audit-subject-database');
    const dossier = dossierOf(subject);
    if (dossier === null) return subject;
    const procedure = procedures.get(dossier);
    return procedure ? t('audit-subject-dossier', { title: title(procedure) }) : t('audit-subject-dossier-number', { number: dossier });
  };

  const detail = (e: AuditEntry): string => {
    const text = e.detail.trim();
    const dossier = dossierOf(e.subject);
    const procedure = dossier === null ? undefined : procedures.get(dossier);
    // A dossier's creation names its démarche, already in « Élément ».
    if (!text || (e.action === 'create' && dossier !== null)) return '';
    if (AUDIT_DETAILS.includes(text)) return t(detailKey(text));
    let m = /^answer (\S+)$/.exec(text);
    if (m) return t('audit-detail-answer', { question: (procedure && known(t, `${procedure}-q-${m[1]}`)) || m[1] });
    m = /^letter:(\d+) pdf$/.exec(text);
    if (m) {
      const letter = letters.get(m[1]);
      return letter ? t('audit-detail-letter-pdf', { letter: letterTitle(procedure, letter) }) : t('audit-detail-letter-number', { number: m[1] });
    }
    m = /^letter:(\d+) (\S+)$/.exec(text);
    if (m) return t('audit-detail-letter', { letter: letterTitle(procedure, m[2]) });
    m = /^person:(\d+)$/.exec(text);
    if (m && e.action === 'merge') return t('audit-detail-merged', { number: m[1] });
    m = /^document (\S+)$/.exec(text);
    if (m) return t('audit-detail-document', { kind: known(t, `document-kind-${m[1]}`) ?? m[1] });
    return text;
  };

  // Newest first; entries from other laptops of the team interleave by
  // time (each laptop numbers its own).
  return [...entries]
    .sort((a, b) => (a.laptop === b.laptop ? b.seq - a.seq : b.at.localeCompare(a.at)))
    .map((e) => ({
      seq: e.seq,
      laptop: e.laptop,
      action: e.action,
      at: e.at,
      when: auditWhen(t, e.at),
      who: e.laptop ? t('audit-who-laptop', { who: e.worker.trim() || '—', laptop: e.laptop }) : e.worker.trim() || '—',
      what: AUDIT_ACTIONS.includes(e.action) ? t(actionKey(e.action)) : e.action,
      personId: e.person_id,
      record: record(e.subject),
      detail: detail(e),
    }));
}

interface AuditTableProps {
  id: string;
  caption: string;
  rows: AuditRow[];
  /** Adds a column naming the person's record (« Fiche n° 12 »). */
  withPerson: boolean;
}

/** The journal as a table, newest first; each row carries its raw action
 * and sequence number (`data-action`, `data-seq`). */
function AuditTable({ id, caption, rows, withPerson }: AuditTableProps) {
  const t = useT();
  return (
    <div class="table-scroll">
      <table class="audit-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit-col-when')}</th>
            <th scope="col">{t('audit-col-who')}</th>
            <th scope="col">{t('audit-col-action')}</th>
            {withPerson && <th scope="col">{t('audit-col-person')}</th>}
            <th scope="col">{t('audit-col-record')}</th>
            <th scope="col">{t('audit-col-detail')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.laptop}:${r.seq}`} data-action={r.action} data-seq={r.seq} data-laptop={r.laptop || undefined}>
              <td class="audit-when">
                <time dateTime={r.at}>{r.when}</time>
              </td>
              <td>
                <bdi>{r.who}</bdi>
              </td>
              <td>{r.what}</td>
              {withPerson && (
                <td class="audit-person" data-person={r.personId ?? undefined}>
                  {/* As a string: a record number is not grouped by thousands. */}
                  {r.personId === null ? '' : t('audit-person-number', { number: String(r.personId) })}
                </td>
              )}
              <td>{r.record}</td>
              <td>
                <bdi>{r.detail}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface AuditJournalProps {
  /** The section's id; its title and help are `<id>-title`, `<id>-help`.
   * It names its texts too (JOURNAL_TEXTS): `<id>-help`, the buttons'
   * `<id>-show`, `<id>-hide`, `<id>-print`, and `<id>-empty`. */
  id: string;
  /** The controls' ids: `<prefix>-show`, `-print`, `-content`, `-table`,
   * `-error`, `-empty`. */
  prefix: string;
  title: string;
  /** The table's caption (printed at the top of the sheet), given the
   * entries read. */
  caption: (entries: AuditEntry[]) => string;
  /** Reads the entries, at each opening. */
  load: () => Promise<AuditEntry[]>;
  /** The dossiers known to name their démarche. */
  dossiers?: DossierSummary[];
  /** Adds the column naming the person's record. */
  withPerson?: boolean;
  /** Shown between the help and the buttons (not printed). */
  children?: ComponentChildren;
}

/** A journal read only when asked for, so the page opens fast, and read
 * again at each opening. Printed, the page is its table alone. */
export function AuditJournal(props: AuditJournalProps) {
  const t = useT();
  const { id, prefix, load } = props;
  const [shown, setShown] = useState(false);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const toggle = async () => {
    setEntries(null);
    setError(null);
    if (shown) {
      setShown(false);
      return;
    }
    setShown(true);
    try {
      setEntries(await load());
    } catch (e) {
      setError(toCommandError(e));
    }
  };
  const rows = entries ? auditRows(t, entries, props.dossiers ?? []) : [];
  const text = (name: (typeof JOURNAL_TEXTS)[number]) => t(`${id}-${name}`);
  return (
    <section class={`${id} audit-journal`} id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p class="help" id={`${id}-help`}>
        {text('help')}
      </p>
      {props.children}
      <div class="actions">
        <button type="button" id={`${prefix}-show`} aria-expanded={shown} aria-controls={shown ? `${prefix}-content` : undefined} onClick={toggle}>
          {shown ? text('hide') : text('show')}
        </button>
        {entries && entries.length > 0 && (
          <button type="button" id={`${prefix}-print`} onClick={() => window.print()}>
            {text('print')}
          </button>
        )}
      </div>
      {shown && (
        <div class="audit-content" id={`${prefix}-content`}>
          {!entries && !error && <p class="loading">{t('loading')}</p>}
          {error && (
            <p class="form-error" role="alert" id={`${prefix}-error`} data-code={error.code}>
              {error.message}
            </p>
          )}
          {entries && entries.length === 0 && (
            <p class="muted" id={`${prefix}-empty`}>
              {text('empty')}
            </p>
          )}
          {entries && entries.length > 0 && <AuditTable id={`${prefix}-table`} caption={props.caption(entries)} rows={rows} withPerson={props.withPerson ?? false} />}
        </div>
      )}
    </section>
  );
}
