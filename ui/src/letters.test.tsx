import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from './App';
import { memoryBackend } from './testing/memory';
import { todayFrench } from './dates';
import { dossierPath, letterPath } from './router';
import { dossier, go, normalizer, plain } from './test-helpers';

const LETTER = "Demande d'ouverture de compte à la banque";

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const letterItem = (id: string) => document.querySelector(`[data-letter="${id}"]`) as HTMLElement;

describe('letters in the review', () => {
  it('lists the démarche\u2019s letters, greys those the answers rule out, and shows each printed copy with its status', async () => {
    const backend = memoryBackend();
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    const first = await backend.freezeLetter(id, 'demande-ouverture', 'fr');
    await backend.markLetterSent(first.id, '05/11/2026', '1A 234 567 8901 2');
    const second = await backend.freezeLetter(id, 'demande-ouverture', null);
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);

    expect(await screen.findByRole('heading', { level: 2, name: 'Courriers' })).toBeTruthy();
    await waitFor(() => expect(letterItem('demande-ouverture')).toBeTruthy());
    const offered = within(letterItem('demande-ouverture'));
    expect(offered.getByRole('heading', { level: 3, name: LETTER })).toBeTruthy();
    expect(offered.getByRole('link', { name: /^Préparer le courrier/ }).getAttribute('href')).toBe(letterPath(id, 'demande-ouverture'));

    // Oldest first: the one posted by LRAR, then the reprint not sent yet.
    const copies = letterItem('demande-ouverture').querySelectorAll('[data-frozen]');
    expect([...copies].map((c) => (c as HTMLElement).dataset.frozen)).toEqual([String(first.id), String(second.id)]);
    expect(plain(copies[0].textContent)).toContain(`Version du ${todayFrench()}`);
    expect(plain(copies[0].textContent)).toContain('Envoyé le 05/11/2026 · LRAR n° 1A 234 567 8901 2');
    expect(plain(copies[1].querySelector('.badge')?.textContent)).toBe('Imprimé');
    const view = within(copies[1] as HTMLElement).getByRole('link', { name: /^Voir \/ réimprimer/ });
    expect(view.getAttribute('href')).toBe(letterPath(id, 'demande-ouverture', second.id));
    // Sent copies wait for their AR; printed ones for their posting.
    expect(within(copies[0] as HTMLElement).getByRole('button', { name: /^AR reçu/ })).toBeTruthy();
    expect(within(copies[0] as HTMLElement).queryByRole('button', { name: /^Marquer comme envoyé/ })).toBeNull();
    expect(within(copies[1] as HTMLElement).getByRole('button', { name: /^Marquer comme envoyé/ })).toBeTruthy();

    // A deposit at the counter was not chosen: no referral letter to prepare.
    const ruledOut = letterItem('saisine-bdf');
    expect(ruledOut.classList.contains('not-offered')).toBe(true);
    expect(within(ruledOut).getByText('Ne correspond pas aux réponses données.')).toBeTruthy();
    expect(within(ruledOut).queryByRole('link', { name: /Préparer le courrier/ })).toBeNull();
  });

  it('records the posting with its LRAR number, refusing an impossible date next to the field, then the AR', async () => {
    const backend = memoryBackend();
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    const copy = await backend.freezeLetter(id, 'demande-ouverture', 'fr');
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);

    fireEvent.click(await screen.findByRole('button', { name: /^Marquer comme envoyé/ }));
    const date = screen.getByLabelText("Date d'envoi") as HTMLInputElement;
    expect(date.value).toBe(todayFrench());
    await waitFor(() => expect(document.activeElement).toBe(date));
    fireEvent.input(date, { target: { value: '31/02/2026' } });
    fireEvent.input(screen.getByLabelText('Numéro de la lettre recommandée (facultatif)'), { target: { value: '1A 234 567 8901 2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const problem = await screen.findByText("Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/1990.");
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toBe(problem.id);
    expect((await backend.listLetters(id))[0].frozen[0].status).toBe('printed');

    fireEvent.input(date, { target: { value: '05/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Envoi enregistré.');
    const status = document.getElementById(`letter-status-${copy.id}`);
    expect(plain(status?.textContent)).toBe('Envoyé le 05/11/2026 · LRAR n° 1A 234 567 8901 2');
    expect(screen.queryByLabelText("Date d'envoi")).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /^AR reçu/ }));
    fireEvent.input(screen.getByLabelText("Date de l'avis de réception signé"), { target: { value: '08/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Avis de réception enregistré.');
    expect(plain(status?.textContent)).toContain('AR reçu le 08/11/2026');
    const saved = (await backend.listLetters(id))[0].frozen[0];
    expect([saved.status, saved.sent_on, saved.tracking_number, saved.received_on]).toEqual(['received', '2026-11-05', '1A 234 567 8901 2', '2026-11-08']);
  });
});

describe('letter screen', () => {
  it('names the missing answers, offers to answer each one, and has nothing to print', async () => {
    const backend = memoryBackend();
    const id = await dossier(backend, { mode_demande: 'lrar' });
    window.location.hash = letterPath(id, 'demande-ouverture');
    render(<App backend={backend} />);

    expect(await screen.findByRole('heading', { level: 1, name: LETTER })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(plain(alert.textContent)).toContain('Ce courrier ne peut pas encore être imprimé');
    expect(within(alert).getByText('Nom de famille')).toBeTruthy();
    expect(within(alert).queryByText('Comment la demande a-t-elle été faite ?')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Imprimer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Enregistrer en PDF' })).toBeNull();
    expect(document.querySelectorAll('#letter-pages img')).toHaveLength(0);
    expect(screen.getByRole('link', { name: /Retour au dossier/ }).getAttribute('href')).toBe(dossierPath(id));

    // « Répondre » opens the interview at that very question.
    fireEvent.click(within(alert).getByRole('button', { name: 'Répondre : Nom de famille' }));
    await waitFor(() => expect(window.location.hash).toBe(dossierPath(id)));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByLabelText('Nom de famille')).toBeTruthy();
    expect((document.querySelector('#question-form') as HTMLElement).dataset.question).toBe('nom');
  });

  it('shows every page, with the explanation sheet in the chosen language or none', async () => {
    const backend = memoryBackend();
    const preview = vi.spyOn(backend, 'previewLetter');
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    window.location.hash = letterPath(id, 'demande-ouverture');
    render(<App backend={backend} />);

    // French by default: the letter's page, then the person's sheet.
    await waitFor(() => expect(document.querySelectorAll('#letter-pages img')).toHaveLength(2));
    const images = [...document.querySelectorAll<HTMLImageElement>('#letter-pages img')];
    expect(images.map((i) => plain(i.alt))).toEqual(['Page 1 sur 2', 'Page 2 sur 2']);
    expect(images[0].src.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true);
    expect(preview).toHaveBeenLastCalledWith(id, 'demande-ouverture', 'fr');
    expect((screen.getByLabelText('Français') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByLabelText('Aucune'));
    await waitFor(() => expect(document.querySelectorAll('#letter-pages img')).toHaveLength(1));
    expect(preview).toHaveBeenLastCalledWith(id, 'demande-ouverture', null);
    fireEvent.click(screen.getByLabelText('العربية'));
    await waitFor(() => expect(preview).toHaveBeenLastCalledWith(id, 'demande-ouverture', 'ar'));
    await waitFor(() => expect(document.querySelectorAll('#letter-pages img')).toHaveLength(2));
  });

  it('freezes the letter when printing, prints once its frozen pages are shown, and reprints the same copy', async () => {
    const backend = memoryBackend();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    window.location.hash = letterPath(id, 'demande-ouverture');
    render(<App backend={backend} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Imprimer' }));
    await waitFor(() => expect(window.location.hash).toBe(letterPath(id, 'demande-ouverture', 1)));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const copies = (await backend.listLetters(id))[0].frozen;
    expect(copies).toHaveLength(1);
    expect(copies[0].explain_language).toBe('fr');
    expect(document.querySelectorAll('#letter-pages img')).toHaveLength(2);
    expect(
      screen.getByText(`Courrier figé le ${todayFrench()} (version 2 de la démarche, droit vérifié au 25/11/2026) : réimprimer redonne exactement le même document.`, {
        normalizer,
      }),
    ).toBeTruthy();
    // A frozen copy has no language to choose any more.
    expect(screen.queryByLabelText('Aucune')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    expect((await backend.listLetters(id))[0].frozen).toHaveLength(1);

    const again = screen.getByRole('link', { name: 'Préparer une nouvelle version' });
    expect(again.getAttribute('href')).toBe(letterPath(id, 'demande-ouverture'));
  });

  it('saves the frozen PDF and tells where', async () => {
    const backend = memoryBackend();
    const save = vi.spyOn(backend, 'saveLetterPdf');
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    window.location.hash = letterPath(id, 'demande-ouverture');
    render(<App backend={backend} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer en PDF' }));
    await waitFor(() => expect(window.location.hash).toBe(letterPath(id, 'demande-ouverture', 1)));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const saved = await screen.findByText(/^Enregistré : \/home\/permanence\/Documents\/Permanence\/.*-demande-ouverture-diallo\.pdf$/, { normalizer });
    expect(saved.closest('[role="status"]')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByText('Préparation du courrier…')).toBeNull();
    expect((screen.getByRole('button', { name: 'Imprimer' }) as HTMLButtonElement).disabled).toBe(false);
    expect(save).toHaveBeenCalledWith(1);
    expect((await backend.listLetters(id))[0].frozen).toHaveLength(1);
  });

  it('opens a frozen copy from the review and goes back to a new draft from it', async () => {
    const backend = memoryBackend();
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    const copy = await backend.freezeLetter(id, 'demande-ouverture', 'ar');
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);

    const view = await screen.findByRole('link', { name: /^Voir \/ réimprimer/ });
    go(view.getAttribute('href')!);
    expect(await screen.findByRole('heading', { level: 1, name: LETTER })).toBeTruthy();
    expect(await screen.findByText("Fiche d'explication : العربية", { exact: false, normalizer })).toBeTruthy();
    expect(document.querySelectorAll('#letter-pages img')).toHaveLength(2);
    expect(window.location.hash).toBe(letterPath(id, 'demande-ouverture', copy.id));

    go(screen.getByRole('link', { name: 'Préparer une nouvelle version' }).getAttribute('href')!);
    expect(await screen.findByRole('group', { name: "Fiche d'explication pour la personne" })).toBeTruthy();
  });
});

describe('settings → letters', () => {
  it('saves the structure and the town printed on letters', async () => {
    const backend = memoryBackend({ settings: { organisation: '', place: '' } });
    window.location.hash = '#/parametres';
    render(<App backend={backend} />);

    const organisation = (await screen.findByLabelText("Nom de la structure (imprimé « Courrier rédigé avec l'aide de … »)")) as HTMLInputElement;
    expect(screen.getByText(/Avec son article s'il en prend un : « l'association Exemple », « le Secours populaire »/)).toBeTruthy();
    await waitFor(() => expect(organisation.disabled).toBe(false));
    fireEvent.input(organisation, { target: { value: "  l'association Exemple " } });
    fireEvent.input(screen.getByLabelText('Ville (imprimée avant la date)'), { target: { value: 'Saint-Denis' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Enregistré. Les prochains courriers porteront ces informations.')).toBeTruthy();
    const settings = await backend.getSettings();
    expect([settings.organisation, settings.place, settings.language]).toEqual(["l'association Exemple", 'Saint-Denis', 'fr']);

    // Coming back to Paramètres shows what letters will print.
    cleanup();
    render(<App backend={backend} />);
    await waitFor(() => expect((screen.getByLabelText('Ville (imprimée avant la date)') as HTMLInputElement).value).toBe('Saint-Denis'));
  });
});
