// A dossier's deadlines in its review, in the order of their chain (the
// bank's silence, then the Banque de France…). The letters' postings and
// ARs they start from are shown in « Courriers »; each deadline names its
// start instead of listing them again.
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, type DossierDeadline, type LetterItem, toCommandError } from '../api';
import { frenchDate, todayIso } from '../dates';
import { DeadlineBadges, Explanation, deadlineDay, deadlineLabel, sourceLabel } from './DeadlineParts';
import { ExportButton } from './ExportButton';
import { useT, useBackend } from '../services';

interface DossierDeadlinesProps {
  dossierId: number;
  procedureId: string;
  /** Changes whenever an answer or a letter's posting or AR changed: the
   * chain is then asked for again. */
  revision: string;
}

export function DossierDeadlines({ dossierId, procedureId, revision }: DossierDeadlinesProps) {
  const t = useT();
  const backend = useBackend();
  const [items, setItems] = useState<DossierDeadline[] | null>(null);
  // Letters that wait for one of these silences: the line says from when
  // they can go out.
  const [letters, setLetters] = useState<LetterItem[]>([]);
  const [error, setError] = useState<CommandError | null>(null);
  const [updated, setUpdated] = useState(false);
  // Only the latest request may fill the list.
  const request = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    const mine = ++request.current;
    const again = !first.current;
    first.current = false;
    backend.dossierDeadlines(dossierId).then(
      (list) => {
        if (mine !== request.current) return;
        setItems(list);
        setError(null);
        setUpdated(again);
      },
      (e) => mine === request.current && setError(toCommandError(e)),
    );
    backend.listLetters(dossierId).then(
      (list) => mine === request.current && setLetters(list),
      () => undefined,
    );
  }, [backend, dossierId, revision]);

  if (!items && !error) return null;
  const today = todayIso();
  return (
    <section class="dossier-deadlines" id="dossier-deadlines" aria-labelledby="dossier-deadlines-title">
      <h2 id="dossier-deadlines-title">{t('dossier-deadlines-title')}</h2>
      {error && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
      <p role="status" class="sr-status">
        {updated ? t('dossier-deadlines-updated') : null}
      </p>
      {items && items.length === 0 && <p class="muted">{t('dossier-deadlines-none')}</p>}
      {items && items.length > 0 && (
        <p>
          <ExportButton id="dossier-deadlines-export-ics" label={t('dossier-deadlines-export-ics')} save={() => backend.saveCalendar(dossierId)} />
        </p>
      )}
      {items && items.length > 0 && (
        <ol class="timeline" id="dossier-deadlines-list">
          {items.map((d) => {
            const overdue = d.due < today;
            return (
              <li key={d.rule} class={overdue ? 'timeline-item overdue' : 'timeline-item'} data-rule={d.rule} data-provisional={d.provisional ? 'true' : 'false'}>
                <p class="due-head">
                  <time class="due-date" dateTime={d.due}>
                    {deadlineDay(t, d.due)}
                  </time>
                </p>
                <p class="due-what">{deadlineLabel(t, procedureId, d.rule)}</p>
                <DeadlineBadges d={{ overdue, provisional: d.provisional, assumption: d.assumption, enforceable: d.enforceable, ceiling: d.ceiling, suspended: d.suspended }} />
                {letters
                  .filter((l) => l.offered && l.waiting?.rule === d.rule && l.waiting.from)
                  .map((l) => (
                    <p class="due-letter" key={l.letter_id} data-letter={l.letter_id}>
                      {t('dossier-deadlines-letter-from', { letter: t(`${procedureId}-letter-${l.letter_id}`), date: frenchDate(l.waiting?.from ?? '') })}
                    </p>
                  ))}
                <p class="muted due-start">{t('deadline-start', { date: frenchDate(d.start), source: sourceLabel(t, procedureId, d.source) })}</p>
                <Explanation steps={d.explanation} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
