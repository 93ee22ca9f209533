// The guided interview: one question per screen, saved at every answer,
// with the law in plain words, the documents checklist and a review.
import type { ComponentChild, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { type CommandError, DEPARTEMENTS, type DossierSummary, type InterviewView, type Move, type QuestionView, toCommandError } from '../api';
import { frenchDate, isoDate, todayIso } from '../dates';
import { actionOn, type Translate } from '../i18n';
import { dossierPath, personPath } from '../router';
import { DossierDeadlines } from './DossierDeadlines';
import { EnclosuresSection } from './Enclosures';
import { JournalSection } from './Journal';
import { LettersSection } from './Letters';
import { useT, useBackend } from '../services';

export { isoDate };

interface InterviewProps {
  dossierId: number;
  headingRef: Ref<HTMLHeadingElement>;
}

/** How a stored document is named in the interview. */
function documentLabel(t: Translate, d: InterviewView['person_documents'][number]): string {
  const parts = [t(`document-kind-${d.kind}`)];
  if (d.title) parts.push(d.title);
  if (d.expires_on) parts.push(frenchDate(d.expires_on));
  return parts.join(' — ');
}

/** An answer as the worker reads it. */
function shown(t: Translate, view: InterviewView, kind: string, qid: string, value: unknown): string {
  const procedure = view.procedure_id;
  if (value === null || value === undefined || value === '') return t('interview-unanswered');
  if (kind === 'document') {
    const d = view.person_documents.find((x) => String(x.id) === String(value));
    return d ? documentLabel(t, d) : String(value);
  }
  if (kind === 'yes-no') return value ? t('interview-yes') : t('interview-no');
  if (kind === 'choice') return t(`${procedure}-q-${qid}-${String(value)}`);
  if (kind === 'date') return frenchDate(value);
  return String(value);
}

function QuestionForm({ view, onAnswer, onMove }: { view: InterviewView; onAnswer: (q: string, v: unknown) => void; onMove: (m: Move, from: string | null) => void }) {
  const t = useT();
  const q = view.question as QuestionView;
  const p = view.procedure_id;
  const initial = q.kind === 'date' ? frenchDate(q.answer) : q.answer;
  const [value, setValue] = useState<unknown>(initial ?? (q.kind === 'yes-no' ? null : ''));
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), [q.id]);

  const submit = (e: Event) => {
    e.preventDefault();
    let v: unknown = value;
    if (q.kind === 'date' && typeof value === 'string' && value.trim() !== '') {
      v = isoDate(value);
      if (v === null) {
        setProblem(t('interview-date-invalid'));
        return;
      }
    }
    if (q.kind === 'amount' && typeof value === 'string') v = value.trim() === '' ? null : Number(value.replace(',', '.'));
    if (typeof v === 'string' && v.trim() === '') v = null;
    onAnswer(q.id, v);
  };

  const label = t(`${p}-q-${q.id}`);
  let input: ComponentChild;
  if (q.kind === 'document' && view.person_documents.length === 0) {
    input = (
      <div class="field">
        <p class="question-label">{label}</p>
        <p class="muted" id="no-document">
          {t('interview-no-document')}
        </p>
      </div>
    );
  } else if (q.kind === 'choice' || q.kind === 'yes-no' || q.kind === 'document') {
    const options: [unknown, string][] =
      q.kind === 'yes-no'
        ? [
            [true, t('interview-yes')],
            [false, t('interview-no')],
          ]
        : q.kind === 'document'
          ? view.person_documents.map((d) => [String(d.id), documentLabel(t, d)])
          : q.options.map((o) => [o, t(`${p}-q-${q.id}-${o}`)]);
    input = (
      <fieldset class="choices" id="answer">
        <legend>{label}</legend>
        {options.map(([v, text], i) => (
          <label class="choice" key={String(v)}>
            <input type="radio" name="answer" ref={i === 0 ? first : undefined} checked={value === v} onChange={() => setValue(v)} />
            <span>{text}</span>
          </label>
        ))}
      </fieldset>
    );
  } else {
    const common = {
      id: 'answer',
      ref: first,
      value: String(value ?? ''),
      'aria-invalid': problem ? ('true' as const) : undefined,
      'aria-describedby': problem ? 'answer-problem' : q.kind === 'date' ? 'answer-help' : undefined,
      onInput: (e: Event) => setValue((e.target as HTMLInputElement).value),
    };
    input = (
      <div class={problem ? 'field invalid' : 'field'}>
        <label for="answer" class="question-label">
          {label}
        </label>
        {q.kind === 'address' ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type={q.kind === 'amount' ? 'number' : 'text'} list={q.kind === 'departement' ? 'departements' : undefined} {...common} />
        )}
        {q.kind === 'departement' && (
          <datalist id="departements">
            {DEPARTEMENTS.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        )}
        {q.kind === 'date' && (
          <p class="help" id="answer-help">
            {t('person-date-help')}
          </p>
        )}
      </div>
    );
  }
  return (
    <form id="question-form" class="stack question" onSubmit={submit} data-question={q.id}>
      {input}
      {problem && (
        <p class="field-error" id="answer-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="button" id="interview-back" onClick={() => onMove('back', q.id)} disabled={q.position === 1}>
          {t('interview-back')}
        </button>
        <button type="submit" class="primary" id="interview-next">
          {t('interview-next')}
        </button>
        <button type="button" id="interview-skip" onClick={() => onMove('forward', q.id)}>
          {t('interview-skip')}
        </button>
        <button type="button" id="interview-review" onClick={() => onMove('review', q.id)}>
          {t('interview-review')}
        </button>
      </div>
    </form>
  );
}

/** The démarche offered in parallel of every other one. */
const DEFENDER = 'defenseur-des-droits';

/** « En parallèle » : the Défenseur des droits for the same person, stating
 * that it does not stop appeal deadlines. */
function Parallel({ personId }: { personId: number }) {
  const t = useT();
  const backend = useBackend();
  const [error, setError] = useState<CommandError | null>(null);
  const start = async () => {
    try {
      const view = await backend.startDemarche(personId, DEFENDER);
      window.location.hash = dossierPath(view.dossier_id);
    } catch (e) {
      setError(toCommandError(e));
    }
  };
  return (
    <section class="parallel" id="review-parallel" aria-labelledby="review-parallel-title">
      <h2 id="review-parallel-title">{t('interview-parallel-title')}</h2>
      <p class="help">{t('interview-parallel-help')}</p>
      <button type="button" id="review-parallel-ddd" onClick={start}>
        {t('interview-parallel-ddd')}
      </button>
      {error && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}

/** Whether the dossier is open or closed (since when), and the button to
 * close it or open it again. Closing deletes nothing: a dossier closed
 * longer than Paramètres → Confidentialité says is offered for deletion. */
function DossierState({ dossier, onChange }: { dossier: DossierSummary; onChange: (d: DossierSummary) => void }) {
  const t = useT();
  const backend = useBackend();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const closed = dossier.status === 'closed';
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      await backend.setDossierClosed(dossier.id, !closed);
      // The shell dates the closing with its own day: this computer's.
      onChange(closed ? { ...dossier, status: 'open', closed_on: null } : { ...dossier, status: 'closed', closed_on: todayIso() });
    } catch (e) {
      setError(toCommandError(e));
    }
    setBusy(false);
  };
  return (
    <div class={closed ? 'dossier-state closed' : 'dossier-state'} id="dossier-state" data-status={dossier.status}>
      <p id="dossier-status" aria-live="polite">
        <strong>
          {closed && dossier.closed_on ? t('dossier-closed-on', { date: frenchDate(dossier.closed_on) }) : t('dossier-open-since', { date: frenchDate(dossier.opened_on) })}
        </strong>
      </p>
      <button type="button" class="small" id="dossier-close" disabled={busy} onClick={toggle}>
        {t(closed ? 'dossier-reopen' : 'dossier-close')}
      </button>
      {closed && (
        <p class="help" id="dossier-closed-help">
          {t('dossier-closed-help')}
        </p>
      )}
      {error && (
        <p class="form-error" role="alert" data-code={error.code}>
          {error.message}
        </p>
      )}
    </div>
  );
}

function Review({
  view,
  dossier,
  onDossier,
  onEdit,
  onBack,
  onView,
}: {
  view: InterviewView;
  dossier: DossierSummary | null;
  onDossier: (d: DossierSummary) => void;
  onEdit: (q: string) => void;
  onBack: () => void;
  onView: (v: InterviewView) => void;
}) {
  const t = useT();
  const p = view.procedure_id;
  const kinds = view.kinds;
  // The deadlines are asked for again after each answer and each letter
  // posted or received.
  const [letterChanges, setLetterChanges] = useState(0);
  const revision = `${JSON.stringify(view.answers)}|${letterChanges}`;
  return (
    <div id="review" class="stack">
      <h2>{t('interview-review-title')}</h2>
      <p class={view.progress.missing.length ? 'notice notice-error' : 'notice'} role="status" id="review-status">
        {view.progress.missing.length ? t('interview-missing', { count: view.progress.missing.length }) : t('interview-complete')}
      </p>
      {dossier && <DossierState dossier={dossier} onChange={onDossier} />}
      <dl class="record" id="review-answers">
        {view.progress.visible.map((qid) => (
          <div class={view.conflicted.includes(qid) ? 'record-row record-conflict' : 'record-row'} key={qid} data-question={qid}>
            <dt>{t(`${p}-q-${qid}`)}</dt>
            <dd>
              <bdi>{shown(t, view, kinds[qid] ?? 'text', qid, view.answers[qid])}</bdi>{' '}
              {view.conflicted.includes(qid) && (
                <a class="badge badge-conflict" href="#/parametres">
                  {t('person-field-conflict')}
                </a>
              )}{' '}
              <button type="button" class="small" onClick={() => onEdit(qid)} aria-label={actionOn(t, t('interview-edit'), t(`${p}-q-${qid}`))}>
                {t('interview-edit')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {view.progress.outcomes.length > 0 && (
        <>
          <h2>{t('interview-next-steps')}</h2>
          <ul id="review-outcomes">
            {view.progress.outcomes.map((o) => (
              <li key={o}>{t(`${p}-next-${o}`)}</li>
            ))}
          </ul>
        </>
      )}
      <EnclosuresSection view={view} onView={onView} />
      <LettersSection dossierId={view.dossier_id} procedureId={p} revision={revision} onChanged={() => setLetterChanges((n) => n + 1)} />
      <DossierDeadlines dossierId={view.dossier_id} procedureId={p} revision={revision} />
      {view.evidence_journal && <JournalSection dossierId={view.dossier_id} />}
      {p !== DEFENDER && <Parallel personId={view.person_id} />}
      <div class="actions">
        <button type="button" onClick={onBack}>
          {t('interview-back')}
        </button>
      </div>
    </div>
  );
}

export function InterviewScreen({ dossierId, headingRef }: InterviewProps) {
  const t = useT();
  const backend = useBackend();
  const [view, setView] = useState<InterviewView | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  // Open or closed, and since when: from the interview itself (reading
  // the person's page would note a needless « Consultation » in the audit
  // journal at every visit of the dossier).
  // Drawn with the review's first paint (an effect would insert it one
  // frame later and push the letters down under a click already aimed);
  // a close or reopen done here overrides the view until it is reloaded.
  const [changed, setDossier] = useState<DossierSummary | null>(null);
  const fromView: DossierSummary | null =
    view && view.status !== undefined && view.opened_on !== undefined
      ? {
          id: view.dossier_id,
          procedure_id: view.procedure_id,
          status: view.status,
          opened_on: view.opened_on,
          closed_on: view.closed_on ?? null,
        }
      : null;
  const dossier = changed && changed.id === view?.dossier_id ? changed : fromView;

  const apply = (p: Promise<InterviewView>) =>
    p.then(
      (v) => {
        setView(v);
        setError(null);
      },
      (e) => setError(toCommandError(e)),
    );

  useEffect(() => {
    apply(backend.getInterview(dossierId));
  }, [backend, dossierId]);

  if (!view) {
    return error ? (
      <p role="alert" class="form-error">
        {error.message}
      </p>
    ) : (
      <p class="loading">{t('loading')}</p>
    );
  }
  const p = view.procedure_id;
  // A broken rule of the démarche has its own message in the procedure's
  // texts; other problems come with their message.
  const problem = error?.problems?.[0];
  const errorText = problem?.code === 'answer-rule' && view.question ? t(`${p}-q-${view.question.id}-invalid`) : (problem?.message ?? error?.message);
  return (
    <section class="screen interview" id="screen-interview" aria-labelledby="interview-title">
      <p>
        <a href={personPath.view(view.person_id)}>← {t('person-back')}</a>
      </p>
      <h1 id="interview-title" tabIndex={-1} ref={headingRef}>
        {t(`${p}-title`)}
      </h1>
      <div class="interview-layout">
        <div class="interview-main">
          {view.question && (
            <p class="progress-line" id="interview-progress">
              {t('interview-question-of', { position: view.question.position, total: view.question.total })}
              {' · '}
              {t('interview-answered-of', { answered: view.progress.answered, required: view.progress.required })}
            </p>
          )}
          {view.question && <progress max={view.progress.required || 1} value={view.progress.answered} aria-hidden="true" />}
          {error && (
            <p class="form-error" role="alert" id="interview-error">
              {errorText}
            </p>
          )}
          {view.question ? (
            <QuestionForm
              key={view.question.id}
              view={view}
              onAnswer={(q, v) => apply(backend.answerQuestion(dossierId, q, v))}
              onMove={(m, from) => apply(backend.moveInterview(dossierId, from, m))}
            />
          ) : (
            <Review
              view={view}
              dossier={dossier}
              onDossier={setDossier}
              onEdit={(q) => apply(backend.editAnswer(dossierId, q))}
              onBack={() => apply(backend.moveInterview(dossierId, null, 'back'))}
              onView={setView}
            />
          )}
        </div>
        <aside class="interview-side">
          <details open id="law-panel">
            <summary>{t('interview-law-title')}</summary>
            <ul>
              {view.legal_basis.map((b) => (
                <li key={b.id}>
                  <strong>{b.citation}</strong> — {t(`${p}-law-${b.id}`)}
                </li>
              ))}
            </ul>
          </details>
          <details open id="documents-panel">
            <summary>{t('interview-documents-title')}</summary>
            <ul class="checklist" id="checklist">
              {view.checklist.map((item) => (
                <li key={item.id} data-document={item.id}>
                  <label class="check">
                    {/* Ticked from the person's stored documents, not by hand. */}
                    <input type="checkbox" checked={item.held.length > 0} disabled />
                    <span>
                      {t(`${p}-doc-${item.id}`)}{' '}
                      <span class="muted">
                        ({t(item.required ? 'interview-required' : 'interview-optional')} · {t(item.held.length > 0 ? 'interview-doc-held' : 'interview-doc-to-gather')})
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        </aside>
      </div>
    </section>
  );
}
