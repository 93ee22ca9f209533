// Paramètres → « Journal d'audit »: the whole journal, erased persons
// included, its chain's state, and the same rows as a person's journal.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from './App';
import { type Backend, EMPTY_FORM, RECENT_AUDIT_LIMIT } from './api';
import { memoryBackend } from './testing/memory';
import { todayFrench } from './dates';
import { LANGS, bundleFor } from './i18n';
import { translator } from './i18n';
import { AUDIT_ACTIONS, AUDIT_DETAILS, JOURNAL_TEXTS, actionKey, auditRows, detailKey } from './screens/AuditJournal';
import { byId, dossier, go, plain } from './test-helpers';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => plain(td.textContent));

/** Paramètres, on `backend`, with the audit table shown. */
async function openJournal(backend: Backend): Promise<HTMLElement> {
  go('#/parametres');
  render(<App backend={backend} />);
  const show = await waitFor(() => byId('audit-show'));
  fireEvent.click(show);
  return waitFor(() => byId('audit-table'));
}

describe('Paramètres → Journal d\u2019audit', () => {
  it('shows the erasure of a person, by record number only, and says the chain is intact', async () => {
    const backend = memoryBackend();
    const person = await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Effacé', given_names: 'Test' });
    const personId = person.person.id;
    await dossier(backend, { nom: 'Effacé', mode_demande: 'lrar' });
    await backend.erasePerson(personId);
    const read = vi.spyOn(backend, 'recentAudit');
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});

    go('#/parametres');
    render(<App backend={backend} />);
    const section = await waitFor(() => byId('settings-audit'));
    expect(plain(section.querySelector('h2')?.textContent)).toBe("Journal d'audit");
    // After the privacy section (and its retention review).
    const order = [...byId('screen-settings').children].map((el) => el.id);
    expect(order.indexOf('settings-audit')).toBeGreaterThan(order.indexOf('retention-review'));
    expect(order.indexOf('settings-audit')).toBeGreaterThan(order.indexOf('settings-privacy'));

    const status = await waitFor(() => byId('audit-status'));
    expect(status.dataset.intact).toBe('true');
    const total = (await backend.recentAudit()).total;
    expect(plain(status.textContent)).toBe(`Le journal compte ${total} entrées en tout. La chaîne des empreintes est intacte : aucune altération détectée.`);
    expect(status.getAttribute('role')).toBeNull();
    expect(document.getElementById('audit-table')).toBeNull();

    const show = byId('audit-show');
    expect(plain(show.textContent)).toBe('Voir le journal');
    expect(show.getAttribute('aria-expanded')).toBe('false');
    read.mockClear();
    fireEvent.click(show);
    const table = await waitFor(() => byId('audit-table'));
    expect(read).toHaveBeenCalledTimes(1);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(plain(show.textContent)).toBe('Masquer le journal');
    expect(plain(table.querySelector('caption')?.textContent)).toBe(`Journal d'audit, du plus récent au plus ancien (au ${todayFrench()})`);
    expect([...table.querySelectorAll('thead th')].map((th) => plain(th.textContent))).toEqual(['Date et heure', 'Par', 'Action', 'Fiche', 'Élément', 'Détail']);

    const rows = [...table.querySelectorAll('tbody tr')] as HTMLElement[];
    expect(rows).toHaveLength(total);
    const seqs = rows.map((r) => Number(r.dataset.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    // Newest first: the erasure, named as on the person's page.
    const erased = rows[0];
    expect(erased.dataset.action).toBe('erase');
    expect(cells(erased).slice(1, 5)).toEqual(['—', 'Effacement', `Fiche n° ${personId}`, 'Fiche']);
    expect(cells(erased)[5]).toMatch(/^dossiers=1 /);
    // The dossier's entries name its démarche, learnt from its creation.
    const created = rows.find((r) => r.dataset.action === 'create' && cells(r)[4].startsWith('Dossier'))!;
    expect(cells(created).slice(2, 5)).toEqual(['Création', `Fiche n° ${personId}`, 'Dossier « Droit au compte bancaire »']);
    expect(rows.some((r) => cells(r)[5] === 'réponse : Nom de famille')).toBe(true);
    // Nothing of the erased person but the number.
    expect(table.textContent).not.toMatch(/Effacé|Test/);

    fireEvent.click(byId('audit-print'));
    expect(plain(byId('audit-print').textContent)).toBe('Imprimer');
    expect(print).toHaveBeenCalledTimes(1);

    fireEvent.click(show);
    await waitFor(() => expect(document.getElementById('audit-table')).toBeNull());
    expect(document.getElementById('audit-print')).toBeNull();
  });

  it('lists entries with no person without a record number, and says when only the latest are shown', async () => {
    const backend = memoryBackend();
    const person = await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Diallo', given_names: 'Awa' });
    for (let i = 0; i < RECENT_AUDIT_LIMIT + 5; i++) await backend.getPerson(person.person.id);
    const backup = await backend.backupNow();
    await backend.restoreBackup(backup.file_name, 'mardi soir permanence');
    const { total } = await backend.recentAudit();
    expect(total).toBe(RECENT_AUDIT_LIMIT + 7);

    const table = await openJournal(backend);
    await waitFor(() => expect(plain(byId('audit-status').textContent)).toMatch(new RegExp(`^Le journal compte ${total} entrées en tout\\.`)));
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(RECENT_AUDIT_LIMIT);
    expect(plain(table.querySelector('caption')?.textContent)).toBe(
      `Journal d'audit : les ${RECENT_AUDIT_LIMIT} entrées les plus récentes sur ${total}, de la plus récente à la plus ancienne (au ${todayFrench()})`,
    );
    expect(rows[0].getAttribute('data-action')).toBe('restore');
    expect(cells(rows[0]).slice(2)).toEqual(['Restauration', '', 'Base de données', backup.file_name]);
    expect(cells(rows[1]).slice(2, 5)).toEqual(['Consultation', `Fiche n° ${person.person.id}`, 'Fiche']);
  });

  it('warns when the chain is broken, naming the command that says more', async () => {
    const backend = memoryBackend();
    vi.spyOn(backend, 'recentAudit').mockResolvedValue({ entries: [], total: 12, intact: false });
    go('#/parametres');
    render(<App backend={backend} />);
    const status = await waitFor(() => byId('audit-status'));
    expect(status.dataset.intact).toBe('false');
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.classList.contains('notice-error')).toBe(true);
    expect(plain(status.textContent)).toBe(
      "Le journal compte 12 entrées en tout. Attention : le journal d'audit a été modifié en dehors de Permanence (la chaîne des empreintes est rompue). Pour savoir quelles entrées sont touchées, lancez la commande permanence audit verify dans un terminal.",
    );
    fireEvent.click(byId('audit-show'));
    expect(plain((await waitFor(() => byId('audit-empty'))).textContent)).toBe('Aucune entrée dans le journal.');
    expect(document.getElementById('audit-print')).toBeNull();
  });

  it('says so when the journal cannot be read', async () => {
    const backend = memoryBackend();
    vi.spyOn(backend, 'recentAudit').mockRejectedValue({ code: 'locked', message: 'Permanence est verrouillé.' });
    go('#/parametres');
    render(<App backend={backend} />);
    const error = await waitFor(() => byId('audit-status-error'));
    expect(plain(error.textContent)).toBe('Permanence est verrouillé.');
    expect(document.getElementById('audit-status')).toBeNull();
    fireEvent.click(byId('audit-show'));
    expect((await waitFor(() => byId('audit-error'))).dataset.code).toBe('locked');
  });

  it('reads the same in Arabic, with the record number', async () => {
    const backend = memoryBackend({ settings: { language: 'ar' } });
    const person = await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Diallo', given_names: 'Awa' });
    await backend.erasePerson(person.person.id);
    const table = await openJournal(backend);
    const erased = table.querySelector('tr[data-action="erase"]')!;
    expect(cells(erased).slice(2, 5)).toEqual(['محو', `البطاقة رقم ${person.person.id}`, 'البطاقة']);
    expect(plain(byId('audit-status').textContent)).toBe('يضمّ السجلّ قيدين في المجموع. سلسلة البصمات سليمة: لم يُكتشف أي تلاعب.');
  });
});

describe('texts of the journals', () => {
  // Keys made from a name, which the check of `t('…')` in the sources
  // cannot see.
  it('has the words of every action, fixed detail and journal text, in every language', () => {
    const keys = [
      ...AUDIT_ACTIONS.map(actionKey),
      ...AUDIT_DETAILS.map(detailKey),
      ...['settings-audit', 'person-audit'].flatMap((id) => JOURNAL_TEXTS.map((text) => `${id}-${text}`)),
    ];
    expect(keys).toContain('audit-detail-gdpr-export');
    const missing = LANGS.flatMap((lang) => keys.filter((key) => !bundleFor(lang).hasMessage(key)).map((key) => `${lang}:${key}`));
    expect(missing).toEqual([]);
  });
});

describe('a sign-in', () => {
  // The shell writes `sign-in` on `worker:<id>` (crates/app/src/workers.rs).
  const entry = { seq: 1, at: '2026-12-04T18:30:00+01:00', worker: 'Awa', action: 'sign-in', subject: 'worker:3', person_id: null, detail: '', hash: 'x', laptop: '' };
  it('reads as words in every language, never as the raw action', () => {
    expect(AUDIT_ACTIONS).toContain('sign-in');
    const words = LANGS.map((lang) => {
      const [row] = auditRows(translator(lang), [entry], []);
      return [plain(row.what), plain(row.record)];
    });
    expect(words).toEqual([
      ['Connexion (profil)', 'Profil de travail'],
      ['Signed in (profile)', 'Worker profile'],
      ['تسجيل الدخول (الملف الشخصي)', 'ملف العامل'],
    ]);
  });
});
