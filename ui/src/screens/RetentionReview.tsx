// Paramètres → Confidentialité → « Dossiers clos à revoir »: dossiers
// closed for longer than the retention, each ticked for deletion unless
// the worker unticks it; deleted only after a confirmation. The persons'
// records stay (a person is erased from their own page).
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, type RetentionReview, toCommandError } from '../api';
import { frenchDate } from '../dates';
import { Confirm } from './Confirm';
import { useT, useBackend } from '../services';

interface RetentionProps {
  /** Changes when the retention is saved: the list is read again. */
  revision: number;
}

export function RetentionReviewSection({ revision }: RetentionProps) {
  const t = useT();
  const backend = useBackend();
  const [review, setReview] = useState<RetentionReview | null>(null);
  // Unticked by the worker: kept.
  const [kept, setKept] = useState<Set<number>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [purged, setPurged] = useState<number | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const purgeRef = useRef<HTMLButtonElement>(null);

  const load = () =>
    backend.retentionReview().then(
      (r) => {
        setReview(r);
        setKept(new Set());
      },
      (e) => setError(toCommandError(e)),
    );
  useEffect(() => {
    load();
  }, [backend, revision]);

  const chosen = review ? review.dossiers.filter((d) => !kept.has(d.id)).map((d) => d.id) : [];
  const toggle = (id: number) => {
    const next = new Set(kept);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setKept(next);
    setPurged(null);
  };
  const cancel = () => {
    setConfirming(false);
    setTimeout(() => purgeRef.current?.focus(), 0);
  };
  const purge = async () => {
    setBusy(true);
    setError(null);
    try {
      const n = await backend.purgeClosedDossiers(chosen);
      setPurged(n);
      setConfirming(false);
      await load();
      // The buttons may be gone with the list: keep the keyboard here.
      setTimeout(() => title.current?.focus(), 0);
    } catch (e) {
      setError(toCommandError(e));
    }
    setBusy(false);
  };

  return (
    <section class="stack retention-review" id="retention-review" aria-labelledby="retention-review-title">
      <h3 id="retention-review-title" tabIndex={-1} ref={title}>
        {t('retention-title')}
      </h3>
      {error && (
        <p class="form-error" role="alert" id="retention-error" data-code={error.code}>
          {error.message}
        </p>
      )}
      {review && review.dossiers.length === 0 && (
        <p class="muted" id="retention-empty">
          {t('retention-empty', { months: review.months })}
        </p>
      )}
      {review && review.dossiers.length > 0 && (
        <>
          <p class="help" id="retention-help">
            {t('retention-help', { date: frenchDate(review.closed_before), months: review.months })}
          </p>
          <ul class="plain-list retention-list" id="retention-list">
            {review.dossiers.map((d) => (
              <li key={d.id} data-dossier={d.id}>
                <label class="check">
                  <input type="checkbox" id={`retention-check-${d.id}`} checked={!kept.has(d.id)} onChange={() => toggle(d.id)} />
                  <span>
                    {t('retention-line', {
                      name: `${d.family_name.toUpperCase()} ${d.given_names}`.trim(),
                      title: t(`${d.procedure_id}-title`),
                      date: frenchDate(d.closed_on),
                    })}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button
              type="button"
              class="danger"
              id="retention-purge"
              ref={purgeRef}
              aria-expanded={confirming}
              disabled={chosen.length === 0 || busy}
              onClick={() => (confirming ? cancel() : setConfirming(true))}
            >
              {t('retention-purge')}
            </button>
          </div>
          {confirming && (
            <Confirm
              warningId="retention-purge-warning"
              warning={t('retention-purge-warning', { count: chosen.length })}
              confirmId="retention-purge-confirm"
              confirmLabel={t('retention-purge-confirm')}
              cancelId="retention-purge-cancel"
              cancelLabel={t('person-cancel')}
              disabled={busy || chosen.length === 0}
              onConfirm={purge}
              onCancel={cancel}
            />
          )}
        </>
      )}
      <p role="status" class="status-line" id="retention-status">
        {purged !== null ? t('retention-purged', { count: purged }) : null}
      </p>
    </section>
  );
}
