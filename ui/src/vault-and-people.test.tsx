import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { App } from './App';
import { type Backend, EMPTY_FORM } from './api';
import { memoryBackend } from './testing/memory';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(cleanup);

// Fluent wraps placeables in FSI…PDI (bidi isolation): ignore them here.
const normalizer = (s: string) =>
  s
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const findText = (text: string | RegExp) => screen.findByText(text, { normalizer });
const getText = (text: string | RegExp) => screen.getByText(text, { normalizer });

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('vault', () => {
  it('asks for a passphrase at first launch, with strength feedback, and refuses a mismatch', async () => {
    const backend = memoryBackend({ vault: { exists: false, unlocked: false } });
    render(<App backend={backend} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Protéger les données' })).toBeTruthy();
    type('Phrase secrète', 'court');
    expect(await findText(/Robustesse : 0 sur 4/)).toBeTruthy();
    type('Phrase secrète', 'mardi soir permanence');
    expect(await findText(/Robustesse : 4 sur 4/)).toBeTruthy();
    type('Confirmez la phrase secrète', 'mardi soir permanenc');
    fireEvent.click(screen.getByRole('button', { name: 'Créer la base chiffrée' }));
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.code).toBe('passphrase-mismatch');
    type('Confirmez la phrase secrète', 'mardi soir permanence');
    fireEvent.click(screen.getByRole('button', { name: 'Créer la base chiffrée' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    expect((await backend.vaultStatus()).exists).toBe(true);
  });

  it('shows nothing before unlocking, refuses a wrong passphrase, and locks again on demand', async () => {
    const backend = memoryBackend({ vault: { exists: true, unlocked: false }, passphrase: 'la bonne phrase secrète' });
    render(<App backend={backend} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Permanence est verrouillé' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    type('Phrase secrète', 'la mauvaise');
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect((await screen.findByRole('alert')).dataset.code).toBe('wrong-passphrase');
    type('Phrase secrète', 'la bonne phrase secrète');
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Verrouiller' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Permanence est verrouillé' })).toBeTruthy();
  });
});

describe('people', () => {
  async function withPeople(): Promise<Backend> {
    const backend = memoryBackend();
    const base = EMPTY_FORM;
    await backend.savePerson(null, { ...base, family_name: 'Benali', given_names: 'Hélène' });
    await backend.savePerson(null, { ...base, family_name: 'Diallo', given_names: 'Mohamed', alt_names: 'Muhammad' });
    await backend.savePerson(null, { ...base, family_name: 'Evil\u202Eliam', given_names: 'X' });
    return backend;
  }

  it('finds people as the worker types, ignoring accents', async () => {
    render(<App backend={await withPeople()} />);
    expect(await findText('3 personnes')).toBeTruthy();
    type('Rechercher une personne', 'helene');
    await waitFor(() => expect(getText('1 personne')).toBeTruthy());
    expect(screen.getByRole('link', { name: /BENALI Hélène/ })).toBeTruthy();
    type('Rechercher une personne', 'muham');
    await waitFor(() => expect(screen.getByRole('link', { name: /DIALLO Mohamed/ })).toBeTruthy());
    type('Rechercher une personne', 'zzz');
    expect(await findText('Personne ne correspond à cette recherche.')).toBeTruthy();
  });

  it('isolates names so bidi controls cannot reorder the text around them', async () => {
    render(<App backend={await withPeople()} />);
    await findText('3 personnes');
    const names = [...document.querySelectorAll('.person-name')];
    expect(names.length).toBe(3);
    for (const n of names) expect(n.tagName).toBe('BDI');
  });

  it('refuses a form without a name, marking the field, then saves and shows the person', async () => {
    const backend = memoryBackend();
    await go('#/personnes/nouvelle');
    render(<App backend={backend} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer' }));
    expect(await findText('1 champ à corriger.')).toBeTruthy();
    const family = screen.getByLabelText('Nom de famille');
    expect(family.getAttribute('aria-invalid')).toBe('true');
    expect(getText('Indiquez au moins un nom ou un prénom.')).toBeTruthy();
    type('Nom de famille', 'Traoré');
    type('Prénoms', 'Awa');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { level: 1, name: 'TRAORÉ Awa' })).toBeTruthy();
  });

  it('keeps a draft of what was typed and restores it when the form reopens', async () => {
    const backend = memoryBackend();
    await go('#/personnes/nouvelle');
    render(<App backend={backend} />);
    await screen.findByLabelText('Nom de famille');
    type('Nom de famille', 'Koné');
    await waitFor(async () => expect((await backend.personDraft(null))?.family_name).toBe('Koné'), { timeout: 2000 });
    cleanup();
    render(<App backend={backend} />);
    expect(await findText('Un brouillon non enregistré a été retrouvé et rétabli.')).toBeTruthy();
    expect((screen.getByLabelText('Nom de famille') as HTMLInputElement).value).toBe('Koné');
  });
});

describe('documents', () => {
  it('every document type offered has a name in every language', async () => {
    const { DOCUMENT_KINDS } = await import('./api');
    const { LANGS, bundleFor } = await import('./i18n');
    for (const lang of LANGS) for (const k of DOCUMENT_KINDS) expect(bundleFor(lang).hasMessage(`document-kind-${k}`), `${lang} ${k}`).toBe(true);
  });

  it('attaches a document to a person and shows its expiry', async () => {
    const backend = memoryBackend();
    const saved = await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Sow', given_names: 'Binta' });
    await go(`#/personnes/${saved.person.id}`);
    render(<App backend={backend} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un document' }));
    fireEvent.change(screen.getByLabelText('Type de document'), { target: { value: 'api' } });
    type('Fin de validité (facultatif)', '05/12/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await findText('Choisissez un fichier (20 Mo au plus).')).toBeTruthy();
    const file = new File([new Uint8Array([1, 2, 3])], 'api.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText('Fichier (photo ou scan)'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await findText('Expire dans 10 jour(s)')).toBeTruthy();
    const item = document.querySelector('#person-documents li');
    expect(item?.textContent).toContain("Attestation de prolongation d'instruction (API)");
    expect(item?.className).toBe('expiry-soon');
  });
});
