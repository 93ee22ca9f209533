import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from './App';
import type { AttemptForm, Backend } from './api';
import { memoryBackend } from './testing/memory';
import { todayFrench } from './dates';
import { dossierPath } from './router';
import { dossier, plain } from './test-helpers';

/** A Thursday. */
const TODAY = '2026-11-26';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3];

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A préfecture (ANEF) dossier of the stand-in, at its review. */
async function anefDossier(backend: Backend): Promise<number> {
  const { dossier_id } = await backend.startDemarche(1, 'prefecture-anef');
  await backend.moveInterview(dossier_id, null, 'review');
  return dossier_id;
}

const attempt = (date: string, time: string, outcome = 'Erreur technique', more: Partial<AttemptForm> = {}): AttemptForm => ({
  date,
  time,
  channel: 'anef',
  outcome,
  screenshot_name: '',
  screenshot_type: '',
  screenshot: [],
  ...more,
});

const section = () => document.getElementById('review-journal') as HTMLElement;
const span = () => document.getElementById('journal-span') as HTMLElement;
const items = () => [...document.querySelectorAll<HTMLElement>('#journal-list > li')];
const field = (label: string) => within(section()).getByLabelText(label) as HTMLInputElement;
/** A name as read, without Fluent's isolation marks. */
const named = (text: string) => (name: string) => plain(name) === text;

async function openJournal(backend: Backend, id: number) {
  window.location.hash = dossierPath(id);
  render(<App backend={backend} />);
  expect(await screen.findByRole('heading', { level: 2, name: 'Journal des tentatives' })).toBeTruthy();
  await waitFor(() => expect(span()).toBeTruthy());
}

function note(date: string, time: string, channel: string, outcome: string) {
  fireEvent.input(field('Date de la tentative'), { target: { value: date } });
  fireEvent.input(field('Heure'), { target: { value: time } });
  fireEvent.change(field('Moyen utilisé'), { target: { value: channel } });
  fireEvent.input(field("Ce qui s'est passé"), { target: { value: outcome } });
  fireEvent.click(within(section()).getByRole('button', { name: 'Noter cette tentative' }));
}

describe('journal of attempts in the review', () => {
  it('appears only for a démarche that keeps one, after the dossier\u2019s deadlines', async () => {
    const backend = memoryBackend({ today: TODAY });
    const bank = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    expect((await backend.getInterview(bank)).evidence_journal).toBe(false);
    await expect(backend.getJournal(bank)).rejects.toMatchObject({ code: 'not-found' });
    window.location.hash = dossierPath(bank);
    render(<App backend={backend} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Échéances du dossier' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'En parallèle' })).toBeTruthy();
    expect(section()).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Journal des tentatives' })).toBeNull();
    cleanup();

    const id = await anefDossier(backend);
    expect((await backend.getInterview(id)).evidence_journal).toBe(true);
    await openJournal(backend, id);
    const deadlines = await screen.findByRole('heading', { level: 2, name: 'Échéances du dossier' });
    expect(deadlines.compareDocumentPosition(section()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(plain(document.getElementById('journal-help')?.textContent)).toContain('Le juge attend des tentatives faites sur plusieurs semaines différentes.');
    expect(plain(span().textContent)).toBe("Aucune tentative notée pour l'instant. Le juge attend des tentatives sur plusieurs semaines différentes (au moins 3 semaines ici).");
    expect(span().getAttribute('role')).toBe('status');
    expect(span().dataset.enough).toBe('false');
    expect(document.getElementById('journal-list')).toBeNull();
    // The form starts on today, with every field labelled.
    expect(field('Date de la tentative').value).toBe(todayFrench());
    expect(field('Heure').value).toBe('');
    const channel = field('Moyen utilisé') as unknown as HTMLSelectElement;
    expect([...channel.options].map((o) => o.value)).toEqual(['anef', 'rendez-vous', 'email', 'telephone', 'guichet', 'ccc', 'pan', 'courrier']);
    expect([...channel.options].map((o) => o.textContent)[5]).toBe('Centre de contact citoyens (ANTS)');
    expect(field("Capture d'écran ou photo (facultatif)").getAttribute('accept')).toBe('image/*,application/pdf');
  });

  it('adds an attempt with its screenshot, shows it as text, and updates the weeks covered', async () => {
    const backend = memoryBackend({ today: TODAY });
    const add = vi.spyOn(backend, 'addAttempt');
    const id = await anefDossier(backend);
    await openJournal(backend, id);

    const file = new File([new Uint8Array(PNG)], 'capture-anef.png', { type: 'image/png' });
    fireEvent.change(field("Capture d'écran ou photo (facultatif)"), { target: { files: [file] } });
    note('05/11/2026', '14h30', 'telephone', '<b>Aucun créneau</b>\nappel coupé');

    await waitFor(() => expect(items()).toHaveLength(1));
    expect(add).toHaveBeenCalledWith(id, {
      date: '05/11/2026',
      time: '14h30',
      channel: 'telephone',
      outcome: '<b>Aucun créneau</b>\nappel coupé',
      screenshot_name: 'capture-anef.png',
      screenshot_type: 'image/png',
      screenshot: PNG,
    });
    const [first] = items();
    expect(plain(first.querySelector('.attempt-head')?.textContent)).toBe('05/11/2026 à 14:30 — Téléphone');
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-05T14:30');
    // What was typed is shown as typed, never read as HTML.
    expect(first.querySelector('.attempt-outcome')?.textContent).toBe('<b>Aucun créneau</b>\nappel coupé');
    expect(first.querySelector('.attempt-outcome b')).toBeNull();
    const thumb = (await within(first).findByRole('img', { name: named("Capture d'écran de la tentative du 05/11/2026 à 14:30") })) as HTMLImageElement;
    expect(thumb.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(within(first).getByText('capture-anef.png')).toBeTruthy();

    expect(plain(span().textContent)).toContain(
      'Les tentatives couvrent 1 semaine : le juge attend des tentatives sur plusieurs semaines différentes (au moins 3 semaines ici). Continuez à essayer et à noter.',
    );
    expect(span().classList.contains('notice-warning')).toBe(true);
    expect(plain(document.getElementById('journal-notice')?.textContent)).toBe('Tentative notée.');
    // Cleared for the next one, keeping the day.
    expect(field('Date de la tentative').value).toBe('05/11/2026');
    expect(field('Heure').value).toBe('');
    expect(field("Ce qui s'est passé").value).toBe('');
    expect((field('Moyen utilisé') as unknown as HTMLSelectElement).value).toBe('anef');
    expect(field("Capture d'écran ou photo (facultatif)").value).toBe('');

    // The same week (Thursday, then Saturday) is still one week.
    note('07/11/2026', '09:15', 'anef', 'Erreur 500');
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(plain(span().textContent)).toContain('Les tentatives couvrent 1 semaine');
    // The next Monday is another one.
    note('09/11/2026', '10:00', 'email', 'Pas de réponse au courriel');
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(plain(span().textContent)).toContain('Les tentatives couvrent 2 semaines');
    expect(plain(items()[2].textContent)).toContain('09/11/2026 à 10:00 — Courriel');
    // No screenshot: nothing asked for.
    expect(items()[1].querySelector('.attempt-shot')).toBeNull();
  });

  it('stops warning once the attempts span three different weeks, listed in order', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await anefDossier(backend);
    await backend.addAttempt(id, attempt('12/11/2026', '10:00', 'Aucun rendez-vous'));
    await backend.addAttempt(id, attempt('05/11/2026', '16:00', 'Erreur technique'));
    await backend.addAttempt(id, attempt('05/11/2026', '9:05', 'Site indisponible'));
    await openJournal(backend, id);

    expect(items().map((li) => plain(li.querySelector('.attempt-head')?.textContent))).toEqual([
      '05/11/2026 à 09:05 — Téléservice ANEF',
      '05/11/2026 à 16:00 — Téléservice ANEF',
      '12/11/2026 à 10:00 — Téléservice ANEF',
    ]);
    expect(plain(span().textContent)).toContain('Les tentatives couvrent 2 semaines');

    note('19/11/2026', '11:00', 'guichet', "Pas de ticket d'accueil");
    await waitFor(() => expect(span().dataset.enough).toBe('true'));
    expect(plain(span().textContent)).toBe('4 tentatives sur 3 semaines différentes, du 05/11/2026 au 19/11/2026.');
    expect(span().classList.contains('notice-warning')).toBe(false);
    expect(within(section()).queryByText(/Continuez à essayer/)).toBeNull();
    expect(plain(items()[3].textContent)).toContain('19/11/2026 à 11:00 — Guichet de la préfecture');
  });

  it('shows each problem next to its field and keeps what was typed', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await anefDossier(backend);
    await openJournal(backend, id);

    note('31/02/2026', '25h', 'anef', '  ');
    const timeProblem = await within(section()).findByText("Cette heure n'existe pas. Écrivez-la sous la forme HH:MM, par exemple 14:30.");
    const date = field('Date de la tentative');
    const time = field('Heure');
    const outcome = field("Ce qui s'est passé");
    expect(plain(document.getElementById('journal-form-error')?.textContent)).toBe('3 champs à corriger.');
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect(time.getAttribute('aria-describedby')).toContain(timeProblem.id);
    const dateProblem = document.getElementById('journal-date-problem')!;
    expect(plain(dateProblem.textContent)).toBe("Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/1990.");
    expect(date.getAttribute('aria-describedby')).toContain('journal-date-problem');
    expect(plain(document.getElementById('journal-outcome-problem')?.textContent)).toBe('Ce champ est obligatoire.');
    expect(outcome.getAttribute('aria-invalid')).toBe('true');
    expect((field('Moyen utilisé') as unknown as HTMLSelectElement).getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect([date.value, time.value]).toEqual(['31/02/2026', '25h']);

    // An attempt cannot have happened tomorrow; the account stays.
    note('27/11/2026', '14:30', 'anef', 'Erreur 500 sur le site');
    expect(await within(section()).findByText('Cette date est dans le futur : indiquez le jour où la tentative a eu lieu.')).toBeTruthy();
    expect(document.getElementById('journal-time-problem')).toBeNull();
    expect(time.getAttribute('aria-invalid')).toBeNull();
    expect(outcome.value).toBe('Erreur 500 sur le site');
    expect(date.value).toBe('27/11/2026');
    expect(items()).toHaveLength(0);
    expect((await backend.getJournal(id)).attempts).toEqual([]);

    note('26/11/2026', '14:30', 'anef', 'Erreur 500 sur le site');
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(document.getElementById('journal-form-error')).toBeNull();
    expect(document.getElementById('journal-date-problem')).toBeNull();
  });

  it('asks for confirmation before deleting an attempt', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await anefDossier(backend);
    const { attempts } = await backend.addAttempt(
      id,
      attempt('05/11/2026', '10:00', 'Erreur technique', { screenshot_name: 'preuve.png', screenshot_type: 'image/png', screenshot: PNG }),
    );
    const remove = vi.spyOn(backend, 'deleteAttempt');
    await openJournal(backend, id);

    const button = within(section()).getByRole('button', { name: named('Supprimer : 05/11/2026 à 10:00') });
    fireEvent.click(button);
    const warning = within(section()).getByText(/^Supprimer la tentative du/);
    expect(plain(warning.textContent)).toBe("Supprimer la tentative du 05/11/2026 à 10:00 ? Elle disparaîtra du journal et de l'annexe, avec sa capture d'écran.");
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const cancel = within(section()).getByRole('button', { name: 'Annuler' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    expect(remove).not.toHaveBeenCalled();

    // « Annuler » keeps it.
    fireEvent.click(cancel);
    expect(within(section()).queryByText(/^Supprimer la tentative du/)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(remove).not.toHaveBeenCalled();
    expect(items()).toHaveLength(1);

    fireEvent.click(button);
    fireEvent.click(within(section()).getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(items()).toHaveLength(0));
    expect(remove).toHaveBeenCalledWith(id, attempts[0].id);
    expect(plain(document.getElementById('journal-notice')?.textContent)).toBe('Tentative supprimée.');
    expect(plain(span().textContent)).toContain('Aucune tentative notée');
    expect((await backend.getJournal(id)).attempts).toEqual([]);
  });

  it('saves the PDF annex and says where', async () => {
    const backend = memoryBackend({ today: TODAY });
    const save = vi.spyOn(backend, 'saveJournalAnnex');
    const id = await anefDossier(backend);
    await backend.addAttempt(id, attempt('05/11/2026', '10:00'));
    await openJournal(backend, id);

    fireEvent.click(within(section()).getByRole('button', { name: "Enregistrer l'annexe PDF" }));
    await waitFor(() =>
      expect(plain(document.getElementById('journal-annex-status')?.textContent)).toBe(`Enregistré : /documents/Permanence/${TODAY}-releve-tentatives-diallo.pdf`),
    );
    expect(save).toHaveBeenCalledWith(id);
    expect(document.getElementById('journal-annex')?.tagName).toBe('BUTTON');
  });

  it('names a PDF screenshot instead of showing it', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await anefDossier(backend);
    await backend.addAttempt(
      id,
      attempt('05/11/2026', '10:00', 'Courrier resté sans réponse', {
        channel: 'courrier',
        screenshot_name: 'accuse.pdf',
        screenshot_type: 'application/pdf',
        screenshot: [0x25, 0x50, 0x44, 0x46],
      }),
    );
    const shot = vi.spyOn(backend, 'attemptScreenshot');
    await openJournal(backend, id);
    const [item] = items();
    expect(plain(item.querySelector('.attempt-shot')?.textContent)).toBe('Pièce jointe : accuse.pdf');
    expect(item.querySelector('img')).toBeNull();
    expect(shot).not.toHaveBeenCalled();
  });
});

describe('the stand-in journal', () => {
  it('counts calendar weeks from Monday to Sunday, across the new year', async () => {
    const backend = memoryBackend({ today: '2026-01-10' });
    const id = await anefDossier(backend);
    await backend.addAttempt(id, attempt('28/12/2025', '10:00'));
    let view = await backend.addAttempt(id, attempt('29/12/2025', '10:00'));
    expect([view.span.weeks, view.span.enough]).toEqual([2, false]);
    view = await backend.addAttempt(id, attempt('01/01/2026', '10:00'));
    expect([view.span.attempts, view.span.weeks, view.span.first, view.span.last]).toEqual([3, 2, '2025-12-28', '2026-01-01']);
    view = await backend.addAttempt(id, attempt('05/01/2026', '10:00'));
    expect([view.span.weeks, view.span.enough, view.min_weeks]).toEqual([3, true, 3]);
  });

  it('refuses an unknown channel and invisible text as the shell does', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await anefDossier(backend);
    await expect(backend.addAttempt(id, attempt('05/11/2026', '10:00', ' \u200B ', { channel: 'fax' }))).rejects.toMatchObject({
      code: 'invalid',
      problems: [
        { field: 'channel', code: 'channel-unknown' },
        { field: 'outcome', code: 'required' },
      ],
    });
  });
});
