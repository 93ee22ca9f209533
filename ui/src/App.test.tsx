import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { App } from './App';
import type { Backend } from './api';
import { memoryBackend } from './testing/memory';

beforeEach(() => {
  window.location.hash = '';
  document.documentElement.lang = 'fr';
  document.documentElement.dir = 'ltr';
  delete document.body.dataset.ready;
});
afterEach(cleanup);

async function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('App', () => {
  it('opens in French on the people screen, marked ready', async () => {
    render(<App backend={memoryBackend()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    expect(await screen.findByText("Aucune personne enregistrée pour l'instant.")).toBeTruthy();
    expect(document.body.dataset.ready).toBe('true');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('has a navigation entry for each screen, the current one marked', async () => {
    render(<App backend={memoryBackend()} />);
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    const links = Array.from(nav.querySelectorAll('a')).map((a) => a.textContent?.replace(/Alt\+\d/, ''));
    expect(links).toEqual(['Personnes', 'Dossiers', 'Échéances', 'Démarches', 'Paramètres']);
    expect(nav.querySelector('[aria-current="page"]')?.id).toBe('nav-people');
  });

  it('shows each screen on its route and moves focus to its heading', async () => {
    render(<App backend={memoryBackend()} />);
    await screen.findByRole('heading', { level: 1, name: 'Personnes' });
    for (const [hash, title] of [
      ['#/dossiers', 'Dossiers'],
      ['#/echeances', 'Échéances'],
      ['#/demarches', 'Démarches'],
      ['#/parametres', 'Paramètres'],
    ]) {
      await go(hash);
      const h1 = await screen.findByRole('heading', { level: 1, name: title });
      await waitFor(() => expect(document.activeElement).toBe(h1));
    }
  });

  it('navigates with Alt+digit', async () => {
    render(<App backend={memoryBackend()} />);
    await screen.findByRole('heading', { level: 1, name: 'Personnes' });
    fireEvent.keyDown(window, { altKey: true, key: '3', code: 'Digit3' });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Échéances' })).toBeTruthy();
  });

  it('switches to Arabic right to left and remembers the choice in the backend', async () => {
    const backend = memoryBackend();
    await go('#/parametres');
    render(<App backend={backend} />);
    const select = (await screen.findByLabelText("Langue de l'interface")) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'ar' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'الإعدادات' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect((await backend.getSettings()).language).toBe('ar');

    cleanup();
    render(<App backend={backend} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'الإعدادات' })).toBeTruthy();
  });

  it('shows the version and data folder reported by the backend', async () => {
    await go('#/parametres');
    render(<App backend={memoryBackend()} />);
    const version = await screen.findByText((_, el) => el?.id === 'about-version');
    expect(version.textContent).toBe('Version \u2068web\u2069');
  });

  it('keeps working in French when the settings file is corrupt, and says so', async () => {
    const failing: Backend = {
      ...memoryBackend(),
      getSettings: () => Promise.reject({ code: 'settings-corrupt', message: 'Le fichier des paramètres est illisible.' }),
    };
    render(<App backend={failing} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    const banner = await screen.findByRole('status');
    expect(banner.dataset.code).toBe('settings-corrupt');
    expect(banner.textContent).toContain('illisible');
  });

  it('shows a page-not-found screen with a way back', async () => {
    await go('#/inconnu');
    render(<App backend={memoryBackend()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Revenir aux personnes' }).getAttribute('href')).toBe('#/personnes');
  });
});
