import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { App } from './App';
import { memoryBackend } from './testing/memory';
import { stampToLocal } from './screens/Security';

const normalizer = (s: string) =>
  s
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

beforeEach(() => {
  window.location.hash = '#/parametres';
});
afterEach(cleanup);

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('settings → security', () => {
  it('changes the passphrase only with the current one and a matching confirmation', async () => {
    const backend = memoryBackend({ passphrase: 'ancienne phrase secrète' });
    render(<App backend={backend} />);
    await screen.findByLabelText('Phrase secrète actuelle');
    type('Phrase secrète actuelle', 'ancienne phrase secrète');
    type('Nouvelle phrase secrète', 'le chat dort sur le radiateur');
    type('Confirmez la nouvelle phrase secrète', 'le chat dort');
    fireEvent.click(screen.getByRole('button', { name: 'Changer la phrase secrète' }));
    expect((await screen.findByRole('alert')).dataset.code).toBe('passphrase-mismatch');
    type('Confirmez la nouvelle phrase secrète', 'le chat dort sur le radiateur');
    fireEvent.click(screen.getByRole('button', { name: 'Changer la phrase secrète' }));
    expect(await screen.findByText(/Phrase secrète changée/)).toBeTruthy();
    await backend.lock();
    await expect(backend.unlock('le chat dort sur le radiateur')).resolves.toBeUndefined();
  });

  it('backs up on demand, lists the backup and asks for its passphrase to restore it', async () => {
    render(<App backend={memoryBackend()} />);
    expect(await screen.findByText("Aucune sauvegarde pour l'instant.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sauvegarder maintenant' }));
    expect(await screen.findByText('Sauvegarde faite.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Restaurer' }));
    expect(await screen.findByText(/mises de côté dans le dossier « preserved »/, { normalizer })).toBeTruthy();
    type('Phrase secrète en usage lors de cette sauvegarde', 'pas la bonne');
    fireEvent.click(screen.getByRole('button', { name: 'Remplacer les données par cette sauvegarde' }));
    expect((await screen.findByRole('alert')).dataset.code).toBe('wrong-passphrase');
  });

  it('shows backup times in local time', () => {
    expect(stampToLocal('not a stamp', 'fr')).toBe('not a stamp');
    expect(stampToLocal('20261125T170000Z', 'fr')).toMatch(/25\/11\/2026/);
  });
});

describe('damaged database', () => {
  it('offers the backups on the unlock screen and opens the app once one is restored', async () => {
    const backend = memoryBackend({ vault: { exists: true, unlocked: false }, passphrase: 'la bonne phrase secrète' });
    await backend.backupNow();
    const damaged = { ...backend, unlock: () => Promise.reject({ code: 'damaged', message: 'La base de données est endommagée. Restaurez une sauvegarde.' }) };
    const restoring = {
      ...damaged,
      restoreBackup: async (f: string, p: string) => {
        await backend.restoreBackup(f, p);
        await backend.unlock(p);
      },
    };
    window.location.hash = '';
    render(<App backend={restoring} />);
    await screen.findByLabelText('Phrase secrète');
    type('Phrase secrète', 'la bonne phrase secrète');
    fireEvent.click(await screen.findByRole('button', { name: 'Déverrouiller' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Restaurer' }));
    type('Phrase secrète en usage lors de cette sauvegarde', 'la bonne phrase secrète');
    fireEvent.click(screen.getByRole('button', { name: 'Remplacer les données par cette sauvegarde' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
  });

  it('closes the database again when the page check after unlock finds damage, and says so on the unlock screen', async () => {
    const backend = memoryBackend({ vault: { exists: true, unlocked: false }, passphrase: 'la bonne phrase secrète' });
    await backend.backupNow();
    let checks = 0;
    const damagedPages = {
      ...backend,
      // The shell closes the database before answering `damaged`.
      checkPages: async () => {
        checks += 1;
        if (checks > 1) return;
        await backend.lock();
        throw { code: 'damaged', message: 'La base de données est endommagée. Restaurez une sauvegarde.' };
      },
      restoreBackup: async (f: string, p: string) => {
        await backend.restoreBackup(f, p);
        await backend.unlock(p);
      },
    };
    window.location.hash = '';
    render(<App backend={damagedPages} />);
    await screen.findByLabelText('Phrase secrète');
    type('Phrase secrète', 'la bonne phrase secrète');
    fireEvent.click(await screen.findByRole('button', { name: 'Déverrouiller' }));
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.code).toBe('damaged');
    expect(alert.textContent).toContain('Restaurez une sauvegarde');
    expect(screen.queryByRole('heading', { level: 1, name: 'Personnes' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Restaurer' }));
    type('Phrase secrète en usage lors de cette sauvegarde', 'la bonne phrase secrète');
    fireEvent.click(screen.getByRole('button', { name: 'Remplacer les données par cette sauvegarde' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    await waitFor(() => expect(checks).toBe(2));
  });
});

describe('unlock button', () => {
  it('shows a moving bar and is busy while the key is derived', async () => {
    const backend = memoryBackend({ vault: { exists: true, unlocked: false }, passphrase: 'la bonne phrase secrète' });
    let finish = () => {};
    const slow = { ...backend, unlock: (p: string) => new Promise<void>((r) => (finish = () => backend.unlock(p).then(r))) };
    window.location.hash = '';
    render(<App backend={slow} />);
    await screen.findByLabelText('Phrase secrète');
    type('Phrase secrète', 'la bonne phrase secrète');
    fireEvent.click(await screen.findByRole('button', { name: 'Déverrouiller' }));
    const button = await screen.findByRole('button', { name: 'Vérification…' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.querySelector('.working-bar')).toBeTruthy();
    finish();
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
  });
});
