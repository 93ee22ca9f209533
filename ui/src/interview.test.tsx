import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from './App';
import { EMPTY_FORM } from './api';
import { frenchDate } from './dates';
import { memoryBackend } from './testing/memory';
import { isoDate } from './screens/Interview';

const normalizer = (s: string) =>
  s
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

beforeEach(() => {
  window.location.hash = '';
});
afterEach(cleanup);

function hashchange() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('dates typed in the interview', () => {
  it('accepts French and ISO dates and refuses impossible ones', () => {
    expect(isoDate('05/10/2026')).toBe('2026-10-05');
    expect(isoDate('5/3/1990')).toBe('1990-03-05');
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate('30/02/2026')).toBeNull();
    expect(isoDate('2025-02-29')).toBeNull();
    expect(isoDate('hier')).toBeNull();
  });

  it('shows stored dates as JJ/MM/AAAA, the day of an instant as written, anything else as it is', () => {
    // The person and dossier screens show opened_on, closed_on, occurred_on
    // and expiry dates through it: ISO days, or '' for a missing expiry.
    expect(frenchDate('2026-12-05')).toBe('05/12/2026');
    expect(frenchDate('')).toBe('');
    expect(frenchDate('05/12/2026')).toBe('05/12/2026');
    expect(frenchDate('2026-12-05T23:30:00-10:00')).toBe('05/12/2026');
    expect(frenchDate('2026-12-05 et après')).toBe('2026-12-05 et après');
    expect(frenchDate(null)).toBe('');
  });
});

describe('interview', () => {
  it('starts from the person page, asks one question at a time, and ends on an editable review', async () => {
    const backend = memoryBackend();
    const person = await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Diallo', given_names: 'Awa' });
    // The catalogue answers late: the form is already drawn, disabled, so
    // nothing below it moves when the list arrives.
    let release = () => {};
    const late = new Promise<void>((resolve) => {
      release = resolve;
    });
    const listProcedures = backend.listProcedures.bind(backend);
    backend.listProcedures = () => late.then(listProcedures);
    window.location.hash = `#/personnes/${person.person.id}`;
    render(<App backend={backend} />);

    const start = (await screen.findByRole('button', { name: 'Commencer une démarche' })) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    expect((document.getElementById('demarche-choice') as HTMLSelectElement).disabled).toBe(true);
    release();
    await waitFor(() => expect(start.disabled).toBe(false));
    fireEvent.click(start);
    await waitFor(() => expect(window.location.hash).toBe('#/dossiers/1'));
    hashchange();
    expect(await screen.findByRole('heading', { level: 1, name: 'Droit au compte bancaire' })).toBeTruthy();
    expect(screen.getByText('Que dit le droit ?')).toBeTruthy();
    const held = document.querySelector('[data-document="piece_identite"] input') as HTMLInputElement;
    expect(held.checked).toBe(true);
    expect(held.disabled).toBe(true);
    expect(await screen.findByText('Question 1 sur 2', { exact: false, normalizer })).toBeTruthy();

    fireEvent.input(await screen.findByLabelText('Nom de famille'), { target: { value: 'Diallo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    fireEvent.click(await screen.findByLabelText('Dépôt au guichet, avec une preuve de dépôt'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));

    fireEvent.input(await screen.findByLabelText('Date du dépôt au guichet'), { target: { value: '30/02/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByText("Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA.")).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Date du dépôt au guichet'), { target: { value: '05/10/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' })).toBeTruthy();
    expect(screen.getByText('Toutes les réponses obligatoires sont données.')).toBeTruthy();
    const row = document.querySelector('[data-question="date_depot"]');
    expect(row?.textContent).toContain('05/10/2026');
    expect(document.querySelector('[data-question="mode_demande"]')?.textContent).toContain('Dépôt au guichet');

    fireEvent.click(screen.getByRole('button', { name: 'Modifier : Comment la demande a-t-elle été faite ?' }));
    expect(((await screen.findByLabelText('Dépôt au guichet, avec une preuve de dépôt')) as HTMLInputElement).checked).toBe(true);
  });
});

describe('document questions', () => {
  it('offer the person\u2019s stored documents and show the chosen one in the review', async () => {
    const backend = memoryBackend();
    const started = await backend.startDemarche(1, 'droit-au-compte');
    await backend.answerQuestion(started.dossier_id, 'nom', 'Diallo');
    await backend.answerQuestion(started.dossier_id, 'mode_demande', 'lrar');
    window.location.hash = `#/dossiers/${started.dossier_id}`;
    render(<App backend={backend} />);
    fireEvent.click(await screen.findByLabelText('Passeport — Passeport — 01/01/2030'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' })).toBeTruthy();
    expect(document.querySelector('[data-question="preuve"]')?.textContent).toContain('Passeport — Passeport — 01/01/2030');
  });
});

describe('parallel step', () => {
  it('offers the Défenseur des droits from the review, for the same person, saying deadlines go on', async () => {
    const backend = memoryBackend();
    const started = await backend.startDemarche(1, 'droit-au-compte');
    await backend.moveInterview(started.dossier_id, null, 'review');
    const start = vi.spyOn(backend, 'startDemarche');
    window.location.hash = `#/dossiers/${started.dossier_id}`;
    render(<App backend={backend} />);
    expect(await screen.findByText(/Cela ne suspend pas les délais de recours/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Saisir aussi le Défenseur des droits' }));
    await waitFor(() => expect(start).toHaveBeenCalledWith(1, 'defenseur-des-droits'));
    await waitFor(() => expect(window.location.hash).toBe('#/dossiers/2'));
  });
});

describe('dossiers screen', () => {
  it('lists the dossiers and leads back into their interview', async () => {
    const backend = memoryBackend();
    await backend.startDemarche(1, 'droit-au-compte');
    window.location.hash = '#/dossiers';
    render(<App backend={backend} />);
    const link = await screen.findByRole('link', { name: /DIALLO Awa.*Droit au compte bancaire/ });
    expect(link.getAttribute('href')).toBe('#/dossiers/1');
  });
});
