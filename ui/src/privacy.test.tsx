import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from './App';
import { type AuditEntry, type Backend, EMPTY_FORM } from './api';
import { memoryBackend } from './testing/memory';
import { todayFrench } from './dates';
import { translator } from './i18n';
import { dossierPath, personPath } from './router';
import { auditRows } from './screens/AuditJournal';
import { byId, dossier, go, plain } from './test-helpers';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Awa Diallo with a document, a bank dossier answered and its letter printed. */
async function withDossier(backend: Backend = memoryBackend(), family = 'Diallo'): Promise<{ backend: Backend; personId: number; dossierId: number; letterId: number }> {
  const person = await backend.savePerson(null, { ...EMPTY_FORM, family_name: family, given_names: 'Awa' });
  await backend.addDocument(person.person.id, { kind: 'passeport', title: 'Passeport', media_type: 'image/png', bytes: [1, 2, 3], expires_on: '' });
  const dossierId = await dossier(backend, { nom: family, mode_demande: 'lrar' });
  const letter = await backend.freezeLetter(dossierId, 'demande-ouverture', 'fr');
  return { backend, personId: person.person.id, dossierId, letterId: letter.id };
}

describe('erasing a person', () => {
  it('says exactly what goes and what the backups keep, asks for the family name, then returns to the list', async () => {
    const { backend, personId } = await withDossier(memoryBackend(), 'Benoît');
    go(personPath.view(personId));
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 1, name: 'BENOÎT Awa' });
    const section = byId('person-privacy');
    expect(plain(within(section).getByRole('heading', { level: 2 }).textContent)).toBe('Protection des données');

    const erase = within(section).getByRole('button', { name: 'Effacer la personne' });
    fireEvent.click(erase);
    await waitFor(() => expect(byId('person-erase-warning')).toBeTruthy());
    const warning = plain(byId('person-erase-warning').textContent);
    expect(warning).toContain('la fiche de BENOÎT Awa');
    expect(warning).toContain('le dossier « Droit au compte bancaire »');
    expect(warning).toContain('1 document');
    expect(warning).toContain('1 courrier imprimé');
    expect(warning).toMatch(/\d+ échéances?|aucune échéance/);
    expect(warning).toContain('aucun brouillon');
    // The backups' rotation, and files already exported.
    expect(warning).toContain(
      "les 7 dernières sauvegardes chiffrées (une par jour d'utilisation) peuvent encore contenir ces données, jusqu'à ce que de plus récentes les remplacent, au plus tard après 7 jours d'utilisation",
    );
    expect(warning).toMatch(/supprimez les fichiers de sauvegarde dans le dossier des données/);
    expect(warning).toContain('(Documents/Permanence) ne sont pas touchés');

    // The keyboard lands on « Annuler »; nothing can go before the name is typed.
    const cancel = byId('person-erase-cancel');
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    const confirm = byId('person-erase-confirm') as HTMLButtonElement;
    expect(plain(confirm.textContent)).toBe('Effacer définitivement');
    expect(confirm.disabled).toBe(true);
    const name = byId('person-erase-name') as HTMLInputElement;
    expect(plain(document.querySelector('label[for="person-erase-name"]')?.textContent)).toBe('Pour confirmer, tapez le nom « Benoît »');
    fireEvent.input(name, { target: { value: 'Beno' } });
    expect(confirm.disabled).toBe(true);

    // Escape cancels, back on the button.
    fireEvent.keyDown(name, { key: 'Escape' });
    await waitFor(() => expect(document.getElementById('person-erase-warning')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(erase));

    fireEvent.click(erase);
    await waitFor(() => expect(byId('person-erase-name')).toBeTruthy());
    // Case and accents do not count.
    fireEvent.input(byId('person-erase-name'), { target: { value: ' BENOIT ' } });
    await waitFor(() => expect((byId('person-erase-confirm') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(byId('person-erase-confirm'));

    await waitFor(() => expect(window.location.hash).toBe(personPath.list));
    go(personPath.list);
    const notice = await waitFor(() => byId('erase-notice'));
    expect(plain(notice.textContent)).toBe("Fiche effacée. Le journal d'audit garde la trace de l'effacement, sans son contenu.");
    expect(notice.getAttribute('role')).toBe('status');
    expect(await backend.searchPersons('')).toEqual([]);
    await expect(backend.getPerson(personId)).rejects.toMatchObject({ code: 'not-found' });
    expect(await backend.listDossiers()).toEqual([]);

    // The journal keeps that it happened, and how much, not what it was.
    const audit = await backend.personAudit(personId);
    const last = audit[audit.length - 1];
    expect([last.action, last.subject]).toEqual(['erase', `person:${personId}`]);
    expect(last.detail).toMatch(/^dossiers=1 documents=1 letters=1 events=0 deadlines=\d+ drafts=0$/);
    expect(JSON.stringify(audit)).not.toMatch(/Beno/i);
  });

  it('keeps the person when cancelled', async () => {
    const { backend, personId } = await withDossier();
    go(personPath.view(personId));
    render(<App backend={backend} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Effacer la personne' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(document.getElementById('person-erase-warning')).toBeNull());
    expect((await backend.getPerson(personId)).display_name).toBe('DIALLO Awa');
    expect((await backend.personAudit(personId)).some((e) => e.action === 'erase')).toBe(false);
  });
});

describe('the access log', () => {
  it('is read only when asked for, newest first, names the dossier and the printed letter, and prints', async () => {
    const { backend, personId } = await withDossier();
    const read = vi.spyOn(backend, 'personAudit');
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    go(personPath.view(personId));
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 1, name: 'DIALLO Awa' });
    expect(read).not.toHaveBeenCalled();
    expect(document.getElementById('person-audit-table')).toBeNull();

    const show = byId('person-audit-show');
    expect(plain(show.textContent)).toBe("Voir le journal d'accès");
    expect(show.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(show);
    const table = await waitFor(() => byId('person-audit-table'));
    expect(read).toHaveBeenCalledWith(personId);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(plain(table.querySelector('caption')?.textContent)).toBe(`Journal d'accès de DIALLO Awa, du plus récent au plus ancien (au ${todayFrench()})`);
    expect([...table.querySelectorAll('thead th')].map((th) => plain(th.textContent))).toEqual(['Date et heure', 'Par', 'Action', 'Élément', 'Détail']);

    const rows = [...table.querySelectorAll('tbody tr')] as HTMLElement[];
    const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => plain(td.textContent));
    // Newest first: this very opening of the page.
    expect(rows[0].dataset.action).toBe('open');
    expect(cells(rows[0]).slice(1, 4)).toEqual(['—', 'Consultation', 'Fiche']);
    expect(cells(rows[0])[0]).toMatch(new RegExp(`^${todayFrench().replace(/\//g, '\\/')} à \\d{2}:\\d{2}$`));
    const printed = rows.find((r) => r.dataset.action === 'print')!;
    expect(cells(printed).slice(2)).toEqual(['Impression', 'Dossier « Droit au compte bancaire »', "courrier : Demande d'ouverture de compte à la banque"]);
    const answers = rows.filter((r) => r.dataset.action === 'change' && cells(r)[4].startsWith('réponse')).map((r) => cells(r)[4]);
    expect(answers).toEqual(['réponse : Comment la demande a-t-elle été faite ?', 'réponse : Nom de famille']);
    const created = rows.filter((r) => r.dataset.action === 'create').map((r) => cells(r).slice(2));
    expect(created).toEqual([
      ['Création', 'Dossier « Droit au compte bancaire »', ''],
      ['Création', 'Fiche', ''],
    ]);
    expect(rows.some((r) => cells(r)[4] === 'document : Passeport')).toBe(true);
    const seqs = rows.map((r) => Number(r.dataset.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    fireEvent.click(screen.getByRole('button', { name: 'Imprimer le journal' }));
    expect(print).toHaveBeenCalledTimes(1);

    fireEvent.click(show);
    await waitFor(() => expect(document.getElementById('person-audit-table')).toBeNull());
    expect(plain(show.textContent)).toBe("Voir le journal d'accès");
  });

  it('puts in words what it can and shows the rest as recorded', () => {
    const t = translator('fr');
    const entry = (seq: number, action: string, subject: string, detail: string, worker = ''): AuditEntry => ({
      seq,
      at: '2026-11-25T17:03:12+01:00',
      worker,
      action,
      subject,
      person_id: 1,
      detail,
      hash: '',
      laptop: '',
    });
    const rows = auditRows(
      t,
      [
        // A dossier since purged: its démarche is known from its creation.
        entry(1, 'create', 'dossier:99', 'droit-au-compte'),
        entry(2, 'print', 'dossier:99', 'letter:7 saisine-bdf'),
        entry(3, 'export', 'dossier:99', 'letter:7 pdf', 'Camille'),
        entry(4, 'purge', 'dossier:99', 'retention'),
        entry(5, 'export', 'dossier:98', 'letter:8 pdf'),
        entry(6, 'export', 'person:1', 'gdpr export'),
        entry(7, 'change', 'dossier:4', 'closed'),
        entry(8, 'restore', 'database', 'permanence-20261125T180000Z.db'),
        entry(9, 'frobnicate', 'person:1', 'something new'),
      ],
      [{ id: 4, procedure_id: 'refus-inscription-scolaire', status: 'closed', opened_on: '2026-01-01', closed_on: '2026-11-25' }],
    );
    expect(rows.map((r) => [r.seq, plain(r.when), r.who, plain(r.what), plain(r.record), plain(r.detail)])).toEqual([
      [9, '25/11/2026 à 17:03', '—', 'frobnicate', 'Fiche', 'something new'],
      [8, '25/11/2026 à 17:03', '—', 'Restauration', 'Base de données', 'permanence-20261125T180000Z.db'],
      [7, '25/11/2026 à 17:03', '—', 'Modification', `Dossier « ${t('refus-inscription-scolaire-title')} »`, 'dossier clos'],
      [6, '25/11/2026 à 17:03', '—', 'Export', 'Fiche', 'toutes les données, pour la personne'],
      [5, '25/11/2026 à 17:03', '—', 'Export', 'Dossier n° 98', 'courrier n° 8'],
      [4, '25/11/2026 à 17:03', '—', 'Suppression (durée de conservation)', 'Dossier « Droit au compte bancaire »', 'durée de conservation dépassée'],
      [3, '25/11/2026 à 17:03', 'Camille', 'Export', 'Dossier « Droit au compte bancaire »', 'PDF enregistré : Demande de droit au compte à la Banque de France'],
      [2, '25/11/2026 à 17:03', '—', 'Impression', 'Dossier « Droit au compte bancaire »', 'courrier : Demande de droit au compte à la Banque de France'],
      [1, '25/11/2026 à 17:03', '—', 'Création', 'Dossier « Droit au compte bancaire »', ''],
    ]);
  });
});

describe('exporting everything held about the person', () => {
  it('says where the folder went and what it holds, and notes it in the journal', async () => {
    const { backend, personId } = await withDossier();
    go(personPath.view(personId));
    render(<App backend={backend} />);
    const help = await waitFor(() => byId('person-export-help'));
    expect(plain(help.textContent)).toMatch(
      /résumé lisible \(resume\.pdf\).*lisible par un programme \(donnees\.json\).*pièces jointes.*clé USB|clé USB.*resume\.pdf.*donnees\.json.*pièces jointes/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Exporter toutes les données' }));
    await waitFor(() => expect(plain(byId('person-export-status').textContent)).toMatch(/^Enregistré : \/documents\/Permanence\/\d{4}-\d{2}-\d{2}-donnees-diallo-awa$/));
    const audit = await backend.personAudit(personId);
    expect(audit.some((e) => e.action === 'export' && e.detail === 'gdpr export' && e.subject === `person:${personId}`)).toBe(true);
  });
});

describe('closing dossiers and the retention review', () => {
  it('closes a dossier from its review, lists it once older than the retention, and deletes it after confirmation', async () => {
    // Closures are dated long ago: older than the 24 months of Paramètres.
    const { backend, personId, dossierId } = await withDossier(memoryBackend({ closeOn: '2023-03-15' }));
    go(dossierPath(dossierId));
    render(<App backend={backend} />);
    const close = await waitFor(() => byId('dossier-close'));
    expect(plain(close.textContent)).toBe('Clore le dossier');
    expect(plain(byId('dossier-status').textContent)).toMatch(/^Dossier en cours, ouvert le \d{2}\/\d{2}\/\d{4}$/);
    fireEvent.click(close);
    await waitFor(() => expect(plain(byId('dossier-close').textContent)).toBe('Rouvrir le dossier'));
    expect(byId('dossier-state').dataset.status).toBe('closed');
    expect(plain(byId('dossier-status').textContent)).toBe(`Clos le ${todayFrench()}`);
    expect(plain(byId('dossier-closed-help').textContent)).toContain('Paramètres → Confidentialité');
    expect((await backend.getPerson(personId)).dossiers[0]).toMatchObject({ id: dossierId, status: 'closed', closed_on: '2023-03-15' });
    expect((await backend.personAudit(personId)).some((e) => e.action === 'change' && e.detail === 'closed')).toBe(true);

    cleanup();
    go('#/parametres');
    render(<App backend={backend} />);
    const block = await waitFor(() => byId('retention-review'));
    await waitFor(() => expect(within(block).getByRole('heading', { level: 3, name: 'Dossiers clos à revoir' })).toBeTruthy());
    const item = await waitFor(() => {
      const el = block.querySelector(`[data-dossier="${dossierId}"]`);
      if (!el) throw new Error('not listed');
      return el as HTMLElement;
    });
    expect(plain(item.textContent)).toBe('DIALLO Awa — Droit au compte bancaire — clos le 15/03/2023');
    const box = within(item).getByRole('checkbox') as HTMLInputElement;
    expect(box.checked).toBe(true);

    // Unticked, nothing is to be deleted.
    const purge = byId('retention-purge') as HTMLButtonElement;
    fireEvent.click(box);
    expect(purge.disabled).toBe(true);
    fireEvent.click(box);
    expect(purge.disabled).toBe(false);

    fireEvent.click(purge);
    const warning = await waitFor(() => byId('retention-purge-warning'));
    expect(plain(warning.textContent)).toMatch(/^1 dossier sera supprimé définitivement, .*Les fiches des personnes restent : pour effacer une personne, passez par sa fiche/);
    await waitFor(() => expect(document.activeElement).toBe(byId('retention-purge-cancel')));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(document.getElementById('retention-purge-warning')).toBeNull());
    expect(await backend.listDossiers()).toHaveLength(1);

    fireEvent.click(purge);
    fireEvent.click(await waitFor(() => byId('retention-purge-confirm')));
    await waitFor(() => expect(plain(byId('retention-status').textContent)).toBe('1 dossier supprimé.'));
    expect(plain(byId('retention-empty').textContent)).toBe('Aucun dossier clos depuis plus de 24 mois.');
    expect(await backend.listDossiers()).toEqual([]);
    // The person stays, and the journal says why the dossier went.
    const person = await backend.getPerson(personId);
    expect(person.dossiers).toEqual([]);
    const purged = (await backend.personAudit(personId)).find((e) => e.action === 'purge');
    expect(purged).toMatchObject({ subject: `dossier:${dossierId}`, detail: 'retention' });
  });

  it('lists nothing closed recently, saying after how many months', async () => {
    const backend = memoryBackend({ settings: { retention_months: 6 } });
    const { dossier_id } = await backend.startDemarche(1, 'droit-au-compte');
    await backend.setDossierClosed(dossier_id, true);
    expect((await backend.retentionReview()).dossiers).toEqual([]);
    go('#/parametres');
    render(<App backend={backend} />);
    const empty = await waitFor(() => byId('retention-empty'));
    expect(plain(empty.textContent)).toBe('Aucun dossier clos depuis plus de 6 mois.');
    expect(document.getElementById('retention-purge')).toBeNull();
    // A purge asked for anyway leaves it.
    expect(await backend.purgeClosedDossiers([dossier_id])).toBe(0);
  });
});
