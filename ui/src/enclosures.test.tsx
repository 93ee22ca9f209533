import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { App } from './App';
import { memoryBackend } from './testing/memory';
import { dossierPath, letterPath } from './router';
import { dossier, plain } from './test-helpers';

const TODAY = '2026-11-23';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(cleanup);

const letterItem = (id: string) => document.querySelector(`[data-letter="${id}"]`) as HTMLElement;

describe('a letter whose silence has not run yet', () => {
  it('is not offered before the 16th day after the deposit: the review says from when and why', async () => {
    const backend = memoryBackend({ today: TODAY });
    // Deposit on 20/11: the bank's 15 days run to 05/12; referral from 06/12.
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'guichet', date_depot: '2026-11-20' });
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);

    await waitFor(() => expect(letterItem('saisine-bdf')).toBeTruthy());
    const item = within(letterItem('saisine-bdf'));
    await waitFor(() => expect(plain(letterItem('saisine-bdf').textContent)).toContain('Pas encore : possible à partir du 06/12/2026.'));
    expect(plain(letterItem('saisine-bdf').textContent)).toContain('Fin du délai de réponse de la banque (15 jours après le dépôt)');
    expect(item.queryByRole('link', { name: /Préparer le courrier/ })).toBeNull();
    await expect(backend.freezeLetter(id, 'saisine-bdf', 'fr')).rejects.toMatchObject({ code: 'letter-too-early' });
    // The dossier's deadline line of the bank's silence says it too.
    await waitFor(() => expect(document.querySelector('[data-rule="silence-banque-guichet"] .due-letter')).toBeTruthy());
    expect(plain(document.querySelector('[data-rule="silence-banque-guichet"] .due-letter')?.textContent)).toBe(
      'Le courrier « Demande de droit au compte à la Banque de France » pourra être envoyé à partir du 06/12/2026.',
    );
  });

  it('shows why on the letter screen instead of pages, with nothing to print', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'guichet', date_depot: '2026-11-20' });
    window.location.hash = letterPath(id, 'saisine-bdf');
    render(<App backend={backend} />);

    const notice = await screen.findByRole('alert');
    expect(plain(notice.textContent)).toContain('Trop tôt pour ce courrier');
    expect(plain(notice.textContent)).toContain('Pas encore : possible à partir du 06/12/2026.');
    expect(screen.queryByRole('button', { name: 'Imprimer' })).toBeNull();
    expect(document.getElementById('letter-pages')).toBeNull();
  });

  it('is offered once the silence has run', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'guichet', date_depot: '2026-11-05' });
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);
    await waitFor(() => expect(within(letterItem('saisine-bdf')).getByRole('link', { name: /^Préparer le courrier/ })).toBeTruthy());
    expect(letterItem('saisine-bdf').querySelector('.letter-waiting')).toBeNull();
  });
});

describe('enclosures chosen by the worker', () => {
  it('ticks an optional document and adds others by name, once each, kept with the dossier', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);

    const section = await screen.findByRole('region', { name: 'Pièces jointes aux courriers' });
    const optional = within(section).getByRole('checkbox', { name: 'Lettre signée de la personne qui héberge' }) as HTMLInputElement;
    // Required documents are joined anyway: only optional ones are offered.
    expect(within(section).queryByRole('checkbox', { name: /pièce d'identité/i })).toBeNull();
    fireEvent.click(optional);
    await screen.findByText('Pièces jointes enregistrées : les courriers les listeront.');
    expect((await backend.getInterview(id)).answers._enclosures).toEqual({ ticked: ['lettre_hebergeant'], added: [] });

    const name = within(section).getByLabelText('Nom de la pièce à ajouter') as HTMLInputElement;
    fireEvent.input(name, { target: { value: '  Déclaration de revenus du conjoint ' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Ajouter la pièce' }));
    await waitFor(() => expect(within(section).getByText('Déclaration de revenus du conjoint')).toBeTruthy());
    expect(name.value).toBe('');
    // The same name again (other case) is not listed twice.
    fireEvent.input(name, { target: { value: 'déclaration de revenus du conjoint' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Ajouter la pièce' }));
    await waitFor(() => expect(name.value).toBe(''));
    expect((await backend.getInterview(id)).answers._enclosures).toEqual({ ticked: ['lettre_hebergeant'], added: ['Déclaration de revenus du conjoint'] });

    fireEvent.click(within(section).getByRole('button', { name: 'Retirer : Déclaration de revenus du conjoint' }));
    await waitFor(() => expect(within(section).queryByText('Déclaration de revenus du conjoint')).toBeNull());
    expect((await backend.getInterview(id)).answers._enclosures).toEqual({ ticked: ['lettre_hebergeant'], added: [] });
    expect(((await screen.findByRole('checkbox', { name: 'Lettre signée de la personne qui héberge' })) as HTMLInputElement).checked).toBe(true);
  });
});
