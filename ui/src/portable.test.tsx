// Portable backups (a USB key to another laptop): Paramètres → Sécurité →
// « Sauvegarde portable (clé USB) », and the first-launch screen.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { App } from './App';
import { type Backend, EMPTY_FORM, type PersonSummary } from './api';
import { PORTABLE_MAGIC, memoryBackend, memoryExportedFile, memoryPortableBytes } from './testing/memory';
import { translator } from './i18n';
import { auditRows } from './screens/AuditJournal';
import { byId, go, plain } from './test-helpers';

/** The backup's own passphrase (not the database's). */
const KEY = 'clé usb du mardi soir';
const INCOMPLETE = "Ce fichier de sauvegarde est incomplet ou abîmé (copie interrompue ?) : il n'a pas été restauré, et les données actuelles n'ont pas changé.";

beforeEach(() => {
  window.location.hash = '';
});
afterEach(cleanup);

function type(id: string, value: string) {
  fireEvent.input(byId(id), { target: { value } });
}

/** Chooses a file of these bytes in « Fichier de sauvegarde ». */
function choose(bytes: number[], name = 'permanence-20261125T180000Z.permanence') {
  fireEvent.change(byId('portable-file'), { target: { files: [new File([new Uint8Array(bytes)], name)] } });
}

/** A laptop holding one person. */
async function laptop(family: string, given: string, options: Parameters<typeof memoryBackend>[0] = {}): Promise<Backend> {
  const backend = memoryBackend(options);
  await backend.savePerson(null, { ...EMPTY_FORM, family_name: family, given_names: given });
  return backend;
}

/** A portable backup of a laptop holding Diallo Awa (and these profiles). */
async function usbKey(workers: { name: string; pin: string }[] = []): Promise<number[]> {
  const first = memoryBackend({ workers });
  if (workers.length) await first.signIn(workers[0].name, workers[0].pin);
  await first.savePerson(null, { ...EMPTY_FORM, family_name: 'Diallo', given_names: 'Awa' });
  return memoryExportedFile(await first.exportPortableBackup(KEY, KEY))!;
}

const names = (people: PersonSummary[]) => people.map((p) => `${p.family_name} ${p.given_names}`);

/** Paramètres, with the import form shown. */
async function settings(backend: Backend) {
  go('#/parametres');
  render(<App backend={backend} />);
  await waitFor(() => byId('portable-import'));
}

/** « Restaurer la sauvegarde », then the confirmation's button. */
async function restoreConfirmed() {
  fireEvent.click(byId('portable-import-submit'));
  fireEvent.click(await waitFor(() => byId('portable-import-confirm')));
}

describe('Paramètres → Sauvegarde portable: export', () => {
  it('writes the file in the export folder and says where, and to keep the passphrase apart from the key', async () => {
    const backend = await laptop('Diallo', 'Awa');
    await settings(backend);
    const block = byId('portable-backup');
    expect(plain(byId('portable-backup-title').textContent)).toBe('Sauvegarde portable (clé USB)');
    expect(block.contains(byId('portable-export'))).toBe(true);
    expect(block.contains(byId('portable-import'))).toBe(true);
    expect(plain(byId('portable-export-help').textContent)).toMatch(/peut être différente de celle de Permanence : la sauvegarde ne s'ouvre qu'avec elle/);

    // The strength, as when creating the database.
    type('portable-passphrase', 'court');
    await waitFor(() => expect(plain(byId('portable-passphrase-strength').textContent)).toMatch(/^Robustesse : 0 sur 4/));
    expect(byId('portable-passphrase').getAttribute('aria-describedby')).toBe('portable-passphrase-strength');
    type('portable-passphrase', KEY);
    await waitFor(() => expect(plain(byId('portable-passphrase-strength').textContent)).toMatch(/^Robustesse : 4 sur 4/));

    type('portable-confirm', KEY);
    fireEvent.click(byId('portable-export-submit'));
    const status = byId('portable-export-status');
    await waitFor(() => expect(plain(status.textContent)).toMatch(/^Sauvegarde portable enregistrée : \/documents\/Permanence\/permanence-\d{8}T\d{6}Z\.permanence/));
    expect(status.getAttribute('role')).toBe('status');
    expect(plain(status.textContent)).toContain('Copiez ce fichier sur une clé USB. Gardez la phrase secrète à part, jamais avec la clé');
    expect(document.getElementById('portable-export-error')).toBeNull();
    expect((byId('portable-passphrase') as HTMLInputElement).value).toBe('');
    expect((byId('portable-confirm') as HTMLInputElement).value).toBe('');

    const path = /(\/documents\/\S+\.permanence)/.exec(plain(status.textContent))![1];
    const bytes = memoryExportedFile(path)!;
    expect(String.fromCharCode(...bytes.slice(0, PORTABLE_MAGIC.length))).toBe(PORTABLE_MAGIC);
    const [entry] = (await backend.recentAudit()).entries;
    expect([entry.action, entry.subject, entry.detail]).toEqual(['export', 'database', 'portable backup']);
    expect(auditRows(translator('fr'), [entry], [])[0].detail).toBe('sauvegarde portable');
  });

  it('refuses a confirmation that differs, or a passphrase too easy to guess', async () => {
    const backend = await laptop('Diallo', 'Awa');
    await settings(backend);
    type('portable-passphrase', KEY);
    type('portable-confirm', 'clé usb du mardi');
    fireEvent.click(byId('portable-export-submit'));
    const error = await waitFor(() => byId('portable-export-error'));
    expect(error.dataset.code).toBe('passphrase-mismatch');
    expect(error.getAttribute('role')).toBe('alert');
    expect(plain(byId('portable-export-status').textContent)).toBe('');

    type('portable-passphrase', 'court');
    type('portable-confirm', 'court');
    fireEvent.click(byId('portable-export-submit'));
    await waitFor(() => expect(byId('portable-export-error').dataset.code).toBe('passphrase-weak'));
    expect(plain(byId('portable-export-status').textContent)).toBe('');
    expect((await backend.recentAudit()).entries.some((e) => e.action === 'export')).toBe(false);
  });
});

describe('Paramètres → Sauvegarde portable: import', () => {
  it('refuses a file cut short, or not a backup, with the shell’s message, and changes nothing', async () => {
    const backend = await laptop('Benali', 'Hélène');
    await settings(backend);
    expect(byId('portable-file').getAttribute('accept')).toBe('.permanence');

    // No file chosen.
    fireEvent.click(byId('portable-import-submit'));
    await waitFor(() => expect(byId('portable-import-error').dataset.code).toBe('portable-file-required'));
    expect(document.activeElement).toBe(byId('portable-file'));
    expect(document.getElementById('portable-import-confirm')).toBeNull();

    const whole = await usbKey();
    for (const broken of [whole.slice(0, -3), [...'pas une sauvegarde'].map((c) => c.charCodeAt(0))]) {
      choose(broken);
      type('portable-import-passphrase', KEY);
      await restoreConfirmed();
      const error = await waitFor(() => byId('portable-import-error'));
      await waitFor(() => expect(error.dataset.code).toBe('backup-incomplete'));
      expect(plain(error.textContent)).toBe(INCOMPLETE);
      expect(plain(byId('portable-import-status').textContent)).toBe('');
    }
    expect(names(await backend.searchPersons(''))).toEqual(['Benali Hélène']);
    expect(await backend.vaultStatus()).toMatchObject({ exists: true, unlocked: true, sign_in_required: false });
    expect((await backend.recentAudit()).entries.some((e) => e.action === 'restore')).toBe(false);
  });

  it('asks for confirmation, then replaces the data with the backup’s; a wrong passphrase changes nothing', async () => {
    const bytes = await usbKey();
    const backend = await laptop('Benali', 'Hélène');
    await settings(backend);
    choose(bytes);
    type('portable-import-passphrase', 'pas la bonne');
    fireEvent.click(byId('portable-import-submit'));

    // What goes and where it is kept, before anything changes.
    const warning = await waitFor(() => byId('portable-import-warning'));
    expect(plain(warning.textContent)).toBe(
      'Les données actuelles de Permanence seront remplacées par celles de la sauvegarde portable. Elles ne sont pas effacées : elles sont mises de côté dans le dossier « preserved ».',
    );
    expect(byId('portable-import-submit').getAttribute('aria-expanded')).toBe('true');
    expect(names(await backend.searchPersons(''))).toEqual(['Benali Hélène']);
    fireEvent.click(byId('portable-import-cancel'));
    await waitFor(() => expect(document.getElementById('portable-import-warning')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(byId('portable-import-submit')));

    await restoreConfirmed();
    await waitFor(() => expect(byId('portable-import-error').dataset.code).toBe('wrong-passphrase'));
    expect(document.getElementById('portable-import-warning')).toBeNull();
    expect(names(await backend.searchPersons(''))).toEqual(['Benali Hélène']);

    type('portable-import-passphrase', KEY);
    await restoreConfirmed();
    await waitFor(() =>
      expect(plain(byId('portable-import-status').textContent)).toBe('Sauvegarde portable restaurée. Les données remplacées sont conservées dans le dossier « preserved ».'),
    );
    expect(document.getElementById('portable-import-error')).toBeNull();
    expect((byId('portable-import-passphrase') as HTMLInputElement).value).toBe('');
    expect(names(await backend.searchPersons(''))).toEqual(['Diallo Awa']);
    expect(await backend.vaultStatus()).toMatchObject({ exists: true, unlocked: true, sign_in_required: false, worker: null });
    const [entry] = (await backend.recentAudit()).entries;
    expect([entry.action, entry.subject, entry.detail]).toEqual(['restore', 'database', 'portable backup']);

    go('#/personnes');
    expect(await screen.findByRole('link', { name: /DIALLO Awa/ })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Benali/i);
    // The database now opens with the backup's passphrase.
    await backend.lock();
    await expect(backend.unlock(KEY)).resolves.toBeUndefined();
  });

  it('asks who is working once a backup with profiles is restored', async () => {
    const bytes = await usbKey([{ name: 'Awa', pin: '4821' }]);
    const backend = await laptop('Benali', 'Hélène');
    await settings(backend);
    choose(bytes);
    type('portable-import-passphrase', KEY);
    await restoreConfirmed();

    expect(await screen.findByRole('heading', { level: 1, name: 'Qui travaille ?' })).toBeTruthy();
    expect(await backend.vaultStatus()).toMatchObject({ unlocked: true, sign_in_required: true, worker: null });
    // Alone on the list: already chosen.
    await waitFor(() => expect((byId('profile-1') as HTMLInputElement).checked).toBe(true));
    type('profile-pin', '4821');
    fireEvent.click(byId('profile-submit'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: /DIALLO Awa/ })).toBeTruthy();
    expect(plain(byId('current-worker').textContent)).toBe('Awa');
  });
});

describe('first launch', () => {
  it('restores a portable backup instead of creating an empty database, without a confirmation', async () => {
    const bytes = await usbKey();
    const backend = memoryBackend({ vault: { exists: false, unlocked: false } });
    render(<App backend={backend} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Protéger les données' })).toBeTruthy();
    const open = byId('first-launch-import');
    expect(plain(open.textContent)).toBe('Restaurer une sauvegarde portable');
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('portable-import')).toBeNull();

    fireEvent.click(open);
    await waitFor(() => expect(document.activeElement).toBe(byId('portable-file')));
    expect(open.getAttribute('aria-expanded')).toBe('true');

    // A copy cut short: refused, still no database.
    choose(bytes.slice(0, 40));
    type('portable-import-passphrase', KEY);
    fireEvent.click(byId('portable-import-submit'));
    await waitFor(() => expect(byId('portable-import-error').dataset.code).toBe('backup-incomplete'));
    expect(document.getElementById('portable-import-confirm')).toBeNull();
    expect((await backend.vaultStatus()).exists).toBe(false);

    choose(bytes);
    fireEvent.click(byId('portable-import-submit'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: /DIALLO Awa/ })).toBeTruthy();
    expect(await backend.vaultStatus()).toMatchObject({ exists: true, unlocked: true, sign_in_required: false });
    await backend.lock();
    await expect(backend.unlock(KEY)).resolves.toBeUndefined();
  });
});

describe('the stand-in', () => {
  it('reads only its own format: the magic line, the content, the end marker, and the backup’s passphrase', async () => {
    const backend = memoryBackend({ vault: { exists: true, unlocked: false } });
    const attempt = (bytes: number[], passphrase: string) =>
      backend.importPortableBackup(bytes, passphrase).then(
        () => null,
        (e) => e.code,
      );
    const good = memoryPortableBytes({ passphrase: KEY, persons: [], workers: [] });
    expect(await attempt(good.slice(1), KEY)).toBe('backup-incomplete');
    expect(await attempt([...good.slice(0, -1), 0x21], KEY)).toBe('backup-incomplete');
    expect(await attempt(good, 'pas la bonne')).toBe('wrong-passphrase');
    expect((await backend.vaultStatus()).unlocked).toBe(false);
    // Works locked: the restored database is left open.
    expect(await attempt(good, KEY)).toBeNull();
    expect((await backend.vaultStatus()).unlocked).toBe(true);
    await expect(backend.exportPortableBackup(KEY, 'autre')).rejects.toMatchObject({ code: 'passphrase-mismatch' });
  });
});
