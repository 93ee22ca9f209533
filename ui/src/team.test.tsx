// Paramètres → Équipe: starting a team, the exchange and its refusals, the
// silent laptops, and the values changed on two laptops.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { App } from './App';
import { type ConflictView, EMPTY_FORM, type TeamView } from './api';
import { memoryBackend } from './testing/memory';
import { byId, go, plain } from './test-helpers';

const TEAM = 'équipe du CHU des Lilas, mardi soir';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(cleanup);

function type(id: string, value: string) {
  fireEvent.input(byId(id), { target: { value } });
}

async function settings(backend = memoryBackend()) {
  go('#/parametres');
  render(<App backend={backend} />);
  await waitFor(() => byId('team'));
  return backend;
}

const inTeam = (over: Partial<TeamView> = {}): TeamView => ({
  label: 'Bureau',
  folder: '/media/cle/equipe',
  pending: 2,
  must_join: false,
  peers: [],
  open_conflicts: 0,
  silent_after_days: 7,
  ...over,
});

describe('Paramètres → Équipe', () => {
  it('starts a team: a weak passphrase is refused, then the laptop is shown with its folder', async () => {
    await settings();
    await waitFor(() => byId('team-none'));
    // The USB key plugged in is offered: one click fills the folder.
    const offered = await waitFor(() => byId('team-create-folder-suggestions'));
    fireEvent.click(offered.querySelector('button') as HTMLElement);
    expect((byId('team-create-folder') as HTMLInputElement).value).toBe('/media/benevole/CLE USB/permanence-equipe');
    type('team-create-folder', '/media/cle/equipe');
    type('team-create-label', 'Bureau');
    type('team-create-passphrase', 'court');
    type('team-create-confirm', 'court');
    fireEvent.click(byId('team-create-submit'));
    await waitFor(() => expect(byId('team-create-error').dataset.code).toBe('passphrase-weak'));
    type('team-create-passphrase', TEAM);
    type('team-create-confirm', TEAM);
    fireEvent.click(byId('team-create-submit'));
    await waitFor(() => byId('team-this-laptop'));
    expect(plain(byId('team-this-laptop').textContent)).toBe('Cet ordinateur : Bureau');
    expect(plain(byId('team-folder-is').textContent)).toBe('Dossier partagé : /media/cle/equipe');
    expect(plain(byId('team-status').textContent)).toContain('Équipe créée');
    expect(byId('team-peers-none')).toBeTruthy();
  });

  it('exchanges, says what went both ways, and warns about a laptop silent for more than a week', async () => {
    await settings(
      memoryBackend({
        team: {
          view: inTeam({
            peers: [
              { installation: 'a1', label: 'Mardi', last_written_on: '2026-11-10', days: 15, silent: true },
              { installation: 'b2', label: 'Jeudi', last_written_on: '2026-11-24', days: 1, silent: false },
            ],
          }),
          exchange: { changes_written: 2, packets_read: 3, changes_applied: 5, new_conflicts: 1, open_conflicts: 1 },
        },
      }),
    );
    await waitFor(() => byId('team-pending'));
    expect(plain(byId('team-pending').textContent)).toBe('2 modifications de cet ordinateur attendent le prochain échange.');
    const silent = document.querySelector('[data-peer="Mardi"]') as HTMLElement;
    expect(plain(silent.textContent)).toContain('Rien de Mardi depuis 15 jours');
    expect(plain((document.querySelector('[data-peer="Jeudi"]') as HTMLElement).textContent)).toBe('Jeudi : dernière modification déposée le 24/11/2026');
    fireEvent.click(byId('team-exchange'));
    await waitFor(() => expect(plain(byId('team-exchanged').textContent)).toContain('Échange fait : 2 modification(s) déposée(s), 5 reçue(s)'));
    expect(plain(byId('team-exchanged').textContent)).toContain('Une valeur a été modifiée sur deux ordinateurs');
  });

  it('a folder out of reach is said in French and the exchange can be tried again', async () => {
    const message = "Le dossier d'équipe /media/cle/equipe est introuvable (clé USB non branchée, partage non connecté ?) : rien n'a été échangé, vos données n'ont pas changé.";
    await settings(memoryBackend({ team: { view: inTeam(), exchange: { code: 'team-folder-unreachable', message, problems: [] } } }));
    await waitFor(() => byId('team-exchange'));
    fireEvent.click(byId('team-exchange'));
    await waitFor(() => expect(byId('team-error').dataset.code).toBe('team-folder-unreachable'));
    expect(screen.getByRole('alert').textContent).toContain('clé USB non branchée');
    expect((byId('team-exchange') as HTMLButtonElement).disabled).toBe(false);
  });

  it('a database restored from a backup must join before exchanging', async () => {
    await settings(memoryBackend({ team: { view: inTeam({ must_join: true }) } }));
    await waitFor(() => byId('team-must-join'));
    expect(document.getElementById('team-exchange')).toBeNull();
    type('team-join-folder', '/media/cle/equipe');
    type('team-join-label', 'Mardi');
    type('team-join-passphrase', TEAM);
    fireEvent.click(byId('team-join-submit'));
    await waitFor(() => byId('team-exchange'));
    expect(plain(byId('team-this-laptop').textContent)).toBe('Cet ordinateur : Mardi');
  });

  it('lists a phone changed on two laptops with both values, and taking the other one back puts it in the record', async () => {
    // The stand-in numbers persons from 1.
    const awa = 1;
    const conflict: ConflictView = {
      id: 'c1',
      table: 'persons',
      field: 'phone',
      person_id: awa,
      procedure_id: null,
      person_name: 'DIALLO Awa',
      kept: '07 22 22 22 22',
      kept_by: 'Mardi',
      other: '06 11 11 11 11',
      other_by: 'Bureau',
      resolved: false,
    };
    const withTeam = memoryBackend({ team: { view: inTeam({ open_conflicts: 1 }), conflicts: [conflict] } });
    const saved = await withTeam.savePerson(null, { ...EMPTY_FORM, family_name: 'Diallo', given_names: 'Awa', phone: '07 22 22 22 22' });
    expect(saved.person.id).toBe(awa);
    // On the person's page, the phone shown is the more recent one, marked.
    go(`#/personnes/${awa}`);
    render(<App backend={withTeam} />);
    const phone = await waitFor(() => {
      const row = document.querySelector('[data-field="person-phone"]');
      if (!(row instanceof HTMLElement)) throw new Error('no phone row');
      return row;
    });
    expect(phone.classList.contains('record-conflict')).toBe(true);
    expect(plain(phone.textContent)).toBe('Téléphone07 22 22 22 22à choisir');
    expect(plain(byId('person-conflicts').textContent)).toContain('modifiée sur deux ordinateurs');
    cleanup();
    await settings(withTeam);
    const item = await waitFor(() => {
      const found = document.querySelector('[data-conflict="c1"]');
      if (!(found instanceof HTMLElement)) throw new Error('no conflict listed');
      return found;
    });
    expect(plain(item.textContent)).toContain('DIALLO Awa — Téléphone');
    expect(plain(item.querySelector('.team-conflict-kept')?.textContent)).toBe('Affichée : « 07 22 22 22 22 » (Mardi)');
    expect(plain(item.querySelector('.team-conflict-other')?.textContent)).toBe('Mise de côté : « 06 11 11 11 11 » (Bureau)');
    fireEvent.click(item.querySelector('.team-take-other') as HTMLElement);
    await waitFor(() => byId('team-conflicts-none'));
    const after = await withTeam.getPerson(awa);
    expect(after.form.phone).toBe('06 11 11 11 11');
    expect(after.conflicted_fields).toEqual([]);
  });

  it('offers two records of the same person for merging, into the one the worker chooses, or to tell apart', async () => {
    const backend = memoryBackend();
    const office = (await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Koné', given_names: 'Ibrahim' })).person.id;
    const tuesday = (await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Kone', given_names: 'Ibrahim' })).person.id;
    const pair = {
      a: { id: office, display_name: 'KONÉ Ibrahim', birth_date: null, dossiers: 1 },
      b: { id: tuesday, display_name: 'KONE Ibrahim', birth_date: '1990-02-28', dossiers: 0 },
    };
    const withTeam = memoryBackend({ team: { view: inTeam(), duplicates: [pair] } });
    await withTeam.savePerson(null, { ...EMPTY_FORM, family_name: 'Koné', given_names: 'Ibrahim' });
    await withTeam.savePerson(null, { ...EMPTY_FORM, family_name: 'Kone', given_names: 'Ibrahim' });
    await settings(withTeam);
    const item = await waitFor(() => {
      const found = document.querySelector(`[data-pair="${office}-${tuesday}"]`);
      if (!(found instanceof HTMLElement)) throw new Error('no pair listed');
      return found;
    });
    expect(plain(item.textContent)).toContain('KONE Ibrahim, né·e le 28/02/1990 — 0 dossier(s)');
    const merge = item.querySelector('.team-merge-into-a') as HTMLElement;
    expect(plain(merge.textContent)).toBe('Fusionner dans la fiche de KONÉ Ibrahim (1 dossier(s))');
    fireEvent.click(merge);
    await waitFor(() => byId('team-duplicates-none'));
    await expect(withTeam.getPerson(tuesday)).rejects.toMatchObject({ code: 'not-found' });
    expect((await withTeam.getPerson(office)).display_name).toBe('KONÉ Ibrahim');
  });

  it("names a dossier's answer in conflict by its démarche and question", async () => {
    const conflict: ConflictView = {
      id: 'c2',
      table: 'dossiers',
      field: 'answers/nom_banque',
      person_id: null,
      procedure_id: 'droit-au-compte',
      person_name: 'DIALLO Awa',
      kept: 'Banque Exemple',
      kept_by: 'Mardi',
      other: 'Banque Autre',
      other_by: 'Bureau',
      resolved: false,
    };
    await settings(memoryBackend({ team: { view: inTeam({ open_conflicts: 1 }), conflicts: [conflict] } }));
    const item = await waitFor(() => {
      const found = document.querySelector('[data-conflict="c2"]');
      if (!(found instanceof HTMLElement)) throw new Error('no conflict listed');
      return found;
    });
    expect(plain(item.querySelector('strong')?.textContent)).toMatch(/^DIALLO Awa — Droit au compte bancaire : « .+ »$/);
    expect(plain(item.querySelector('strong')?.textContent)).not.toContain('nom_banque');
  });
});
