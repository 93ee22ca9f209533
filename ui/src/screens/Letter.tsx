// One letter of a dossier: the preview as it would print now (or the
// answers it still needs), then, once printed or saved, the frozen copy that
// every reprint gives back unchanged.
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, type ExplainLang, type FrozenLetter, type MissingAnswer, type Waiting, toCommandError } from '../api';
import { frenchDate } from '../dates';
import { actionOn, AUTONYMS, isLang, LANGS } from '../i18n';
import { dossierPath, letterPath } from '../router';
import { WaitingNote, letterStatus } from './Letters';
import { useT, useBackend } from '../services';

export interface LetterProps {
  dossierId: number;
  letterId: string;
  /** A frozen copy to show; none for the draft. */
  frozenId?: number;
  /** Language of the explanation sheet, kept by the App while it runs. */
  explain: ExplainLang | null;
  onExplain: (lang: ExplainLang | null) => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** An SVG page as an image source: nothing is fetched, nothing runs. */
export function svgSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Resolves once every page image is decoded, so printing shows them all. */
function pagesDecoded(): Promise<unknown> {
  const images = [...document.querySelectorAll<HTMLImageElement>('#letter-pages img')];
  return Promise.all(images.map((img) => (typeof img.decode === 'function' ? img.decode().catch(() => undefined) : undefined)));
}

function ExplainChoice({ value, onChange, disabled }: { value: ExplainLang | null; onChange: (lang: ExplainLang | null) => void; disabled: boolean }) {
  const t = useT();
  const options: [ExplainLang | null, string][] = [[null, t('letter-explain-none')], ...LANGS.map((l): [ExplainLang, string] => [l, AUTONYMS[l]])];
  return (
    <fieldset class="explain-choice" id="explain-choice" disabled={disabled}>
      <legend>{t('letter-explain')}</legend>
      <div class="explain-options">
        {options.map(([code, label]) => (
          <label class="choice" key={code ?? 'none'}>
            <input type="radio" name="explain" value={code ?? ''} checked={value === code} onChange={() => onChange(code)} />
            <span lang={code ?? undefined}>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Missing({ procedureId, missing, onAnswer }: { procedureId: string; missing: MissingAnswer[]; onAnswer: (question: string) => void }) {
  const t = useT();
  return (
    <div class="notice notice-error letter-notice" role="alert" id="letter-missing">
      <p>
        <strong>{t('letter-missing')}</strong>
      </p>
      <ul class="missing-list">
        {missing.map((m) => {
          const label = t(`${procedureId}-q-${m.question}`);
          return (
            <li key={m.question} data-question={m.question}>
              <span>
                {label}
                {m.step && <span class="muted"> — {t(`${procedureId}-step-${m.step}`)}</span>}
              </span>{' '}
              <button type="button" class="small" onClick={() => onAnswer(m.question)} aria-label={actionOn(t, t('letter-answer'), label)}>
                {t('letter-answer')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Pages({ pages }: { pages: string[] }) {
  const t = useT();
  return (
    <ol class="letter-pages" id="letter-pages">
      {pages.map((svg, i) => (
        <li key={i}>
          <img src={svgSource(svg)} alt={t('letter-page-alt', { n: i + 1, total: pages.length })} />
        </li>
      ))}
    </ol>
  );
}

type Pending = { action: 'print' | 'save'; id: number };

export function LetterScreen({ dossierId, letterId, frozenId, explain, onExplain, headingRef }: LetterProps) {
  const t = useT();
  const backend = useBackend();
  const [procedureId, setProcedureId] = useState<string | null>(null);
  const [frozen, setFrozen] = useState<FrozenLetter | null>(null);
  const [pages, setPages] = useState<string[] | null>(null);
  const [missing, setMissing] = useState<MissingAnswer[]>([]);
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const [saved, setSaved] = useState<{ id: number; path: string } | null>(null);
  // What to do once the copy just frozen is on screen (its route is open).
  const pending = useRef<Pending | null>(null);
  // Only the latest request may fill the screen.
  const request = useRef(0);

  useEffect(() => {
    backend.getInterview(dossierId).then(
      (v) => setProcedureId(v.procedure_id),
      (e) => setError(toCommandError(e)),
    );
  }, [backend, dossierId]);

  // The draft: laid out again whenever the sheet's language changes.
  // A frozen copy: its record and its pages, from the frozen text.
  useEffect(() => {
    const mine = ++request.current;
    const current = () => mine === request.current;
    setLoading(true);
    setError(null);
    if (frozenId === undefined) {
      setFrozen(null);
      backend
        .previewLetter(dossierId, letterId, explain)
        .then((p) => {
          if (!current()) return;
          setProcedureId(p.procedure_id);
          setMissing(p.missing);
          setWaiting(p.waiting);
          setPages(p.pages);
        })
        .catch((e) => current() && setError(toCommandError(e)))
        .finally(() => current() && setLoading(false));
    } else {
      setMissing([]);
      setWaiting(null);
      Promise.all([backend.listLetters(dossierId), backend.frozenLetterPages(frozenId)])
        .then(([letters, framed]) => {
          if (!current()) return;
          const copy = letters.find((l) => l.letter_id === letterId)?.frozen.find((f) => f.id === frozenId);
          if (!copy) throw { code: 'not-found', message: t('error-not-found') };
          setFrozen(copy);
          setPages(framed);
        })
        .catch((e) => current() && setError(toCommandError(e)))
        .finally(() => current() && setLoading(false));
    }
  }, [backend, dossierId, letterId, frozenId, frozenId === undefined ? explain : null]);

  const save = async (id: number) => {
    try {
      setSaved({ id, path: await backend.saveLetterPdf(id) });
    } catch (e) {
      setError(toCommandError(e));
    }
  };

  // Once the frozen copy's pages are shown, finish what froze it.
  useEffect(() => {
    const job = pending.current;
    if (!job || loading || !frozen || frozen.id !== job.id || !pages) return;
    pending.current = null;
    if (job.action === 'print') {
      pagesDecoded().then(() => window.print());
      setBusy(false);
    } else {
      save(job.id).finally(() => setBusy(false));
    }
  }, [loading, frozen, pages]);

  const act = async (action: Pending['action']) => {
    setError(null);
    setSaved(null);
    if (frozen) {
      if (action === 'print') await pagesDecoded().then(() => window.print());
      else {
        setBusy(true);
        await save(frozen.id);
        setBusy(false);
      }
      return;
    }
    setBusy(true);
    try {
      const copy = await backend.freezeLetter(dossierId, letterId, explain);
      pending.current = { action, id: copy.id };
      // A reprint from now on reuses this very copy.
      window.location.hash = letterPath(dossierId, letterId, copy.id);
    } catch (e) {
      const err = toCommandError(e);
      setError(err);
      setBusy(false);
      // The answers changed meanwhile: show what is missing now.
      if (err.code === 'letter-incomplete' || err.code === 'letter-too-early') {
        backend.previewLetter(dossierId, letterId, explain).then(
          (p) => {
            setMissing(p.missing);
            setWaiting(p.waiting);
            setPages(p.pages);
          },
          () => undefined,
        );
      }
    }
  };

  const answer = async (question: string) => {
    try {
      await backend.editAnswer(dossierId, question);
      window.location.hash = dossierPath(dossierId);
    } catch (e) {
      setError(toCommandError(e));
    }
  };

  const name = procedureId ? t(`${procedureId}-letter-${letterId}`) : '';
  const sheet = frozen?.explain_language;
  const printable = !loading && missing.length === 0 && !waiting && pages !== null && pages.length > 0;
  return (
    <section class="screen letter-screen" id="screen-letter" aria-labelledby="letter-title" aria-busy={loading || busy ? 'true' : undefined}>
      <p class="screen-back">
        <a href={dossierPath(dossierId)} id="letter-back">
          ← {t('letter-back')}
        </a>
      </p>
      <h1 id="letter-title" tabIndex={-1} ref={headingRef}>
        {name || t('loading')}
      </h1>

      {frozen ? (
        <div class="notice letter-notice" id="letter-frozen">
          <p>
            {t('letter-frozen', {
              date: frenchDate(frozen.frozen_at),
              version: frozen.procedure_version,
              law: frenchDate(frozen.law_as_of),
            })}
          </p>
          <p>
            {t('letter-explain-frozen', { language: sheet && isLang(sheet) ? AUTONYMS[sheet] : t('letter-explain-none') })} ·{' '}
            <span id="letter-frozen-status">{letterStatus(t, frozen)}</span>
          </p>
        </div>
      ) : (
        <ExplainChoice value={explain} onChange={onExplain} disabled={busy} />
      )}

      {error && (
        <p class="form-error" role="alert" id="letter-error" data-code={error.code}>
          {error.message}
        </p>
      )}
      {procedureId && missing.length > 0 && <Missing procedureId={procedureId} missing={missing} onAnswer={answer} />}
      {procedureId && waiting && (
        <div class="notice notice-error letter-notice" role="alert" id="letter-too-early">
          <p>
            <strong>{t('letter-too-early')}</strong>
          </p>
          <WaitingNote procedureId={procedureId} waiting={waiting} id="letter-waiting" />
        </div>
      )}

      {printable && (
        <div class="actions letter-actions">
          <button type="button" class="primary" id="letter-print" disabled={busy} onClick={() => act('print')}>
            {t('letter-print')}
          </button>
          <button type="button" id="letter-save" disabled={busy} onClick={() => act('save')}>
            {t('letter-save-pdf')}
          </button>
          {frozen && (
            <a class="button" id="letter-new-version" href={letterPath(dossierId, letterId)}>
              {t('letter-new-version')}
            </a>
          )}
        </div>
      )}
      {!frozen && printable && <p class="help">{t('letter-draft-help')}</p>}
      <p role="status" class="status-line" id="letter-status">
        {busy ? t('letter-working') : saved && frozen && saved.id === frozen.id ? <span id="letter-saved">{t('letter-saved', { path: saved.path })}</span> : null}
      </p>

      {loading && (
        <p class="loading letter-loading" id="letter-loading">
          <span class="spinner" aria-hidden="true" /> {t('letter-loading')}
        </p>
      )}
      {!loading && pages && pages.length > 0 && <Pages pages={pages} />}
    </section>
  );
}
