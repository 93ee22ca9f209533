import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { App } from './App';
import { memoryBackend } from './testing/memory';

beforeEach(() => {
  window.location.hash = '#/demarches';
});
afterEach(cleanup);

const titles = () => [...document.querySelectorAll('#procedures-list h2')].map((h) => h.textContent);

describe('catalogue of démarches', () => {
  it('lists the shipped démarches with their texts from the Fluent files', async () => {
    render(<App backend={memoryBackend()} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Droit au compte bancaire' })).toBeTruthy();
    expect(titles()).toEqual(['Droit au compte bancaire', "Refus d'inscription à l'école"]);
  });

  it('filters by theme and by words, ignoring accents', async () => {
    render(<App backend={memoryBackend()} />);
    await screen.findByRole('heading', { level: 2, name: 'Droit au compte bancaire' });
    fireEvent.change(screen.getByLabelText('Thème'), { target: { value: 'ecole' } });
    await waitFor(() => expect(titles()).toEqual(["Refus d'inscription à l'école"]));
    fireEvent.change(screen.getByLabelText('Thème'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Rechercher une démarche'), { target: { value: 'ecole' } });
    await waitFor(() => expect(titles()).toEqual(["Refus d'inscription à l'école"]));
    fireEvent.input(screen.getByLabelText('Rechercher une démarche'), { target: { value: 'zzz' } });
    expect(await screen.findByText('Aucune démarche ne correspond à cette recherche.')).toBeTruthy();
  });

  it('finds a démarche by plain words that are not in its title', async () => {
    render(<App backend={memoryBackend()} />);
    await screen.findByRole('heading', { level: 2, name: 'Droit au compte bancaire' });
    // « rectorat » is one of the school procedure's keywords only.
    fireEvent.input(screen.getByLabelText('Rechercher une démarche'), { target: { value: 'rectorat' } });
    await waitFor(() => expect(titles()).toEqual(["Refus d'inscription à l'école"]));
    fireEvent.input(screen.getByLabelText('Rechercher une démarche'), { target: { value: 'carte' } });
    await waitFor(() => expect(titles()).toEqual(['Droit au compte bancaire']));
  });

  it('shows a broken démarche as unavailable, with each problem', async () => {
    const backend = {
      ...memoryBackend(),
      listProcedures: async () => [
        {
          id: 'cassee',
          version: '',
          theme: '',
          available: false,
          problems: ['assets/procedures/cassee/procedure.toml:3: unknown key `x`'],
        },
      ],
    };
    render(<App backend={backend} />);
    expect(await screen.findByText(/Indisponible/)).toBeTruthy();
    expect(screen.getByText('assets/procedures/cassee/procedure.toml:3: unknown key `x`')).toBeTruthy();
  });
});
