import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App, REMINDER_INTERVAL_MS } from './App';
import type { Backend } from './api';
import { memoryBackend } from './testing/memory';
import { translator } from './i18n';
import { dossierPath } from './router';
import { DeadlineBadges, stepText } from './screens/DeadlineParts';
import { DueLine } from './screens/Letters';
import { dossier, go, inServices, plain } from './test-helpers';

/** A Thursday: the stand-in's sample puts one deadline in each group. */
const TODAY = '2026-11-26';
const BANK_LETTER = "Demande d'ouverture de compte à la banque";
const SILENCE_LRAR = "Fin du délai de réponse de la banque (15 jours après l'avis de réception) : son silence vaut refus";

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** A heading's name as read, without Fluent's isolation marks. */
const named = (text: string) => (name: string) => plain(name) === text;
const group = (id: string) => document.getElementById(id) as HTMLElement;
const lines = (id: string) => [...group(id).querySelectorAll<HTMLElement>('.due-item')];

describe('Échéances screen', () => {
  it('says when the list is cut on a very large installation', async () => {
    const backend = memoryBackend({ today: TODAY });
    const full = await backend.deadlinesDashboard();
    vi.spyOn(backend, 'deadlinesDashboard').mockResolvedValue({ ...full, truncated: true });
    window.location.hash = '#/echeances';
    render(<App backend={backend} />);
    expect(plain((await screen.findByText(/seules les plus proches/)).textContent)).toContain('les 100 dernières en retard');
  });

  it("saves the week's list as a PDF and every deadline as a calendar, saying where", async () => {
    const backend = memoryBackend({ today: TODAY });
    const weekly = vi.spyOn(backend, 'saveWeeklyList');
    const calendar = vi.spyOn(backend, 'saveCalendar');
    window.location.hash = '#/echeances';
    render(<App backend={backend} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer la liste de la semaine (PDF)' }));
    await waitFor(() =>
      expect(plain(document.getElementById('deadlines-save-weekly-status')?.textContent)).toBe(`Enregistré : /documents/Permanence/${TODAY}-echeances-semaine.pdf`),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Exporter vers un agenda (.ics)' }));
    await waitFor(() => expect(plain(document.getElementById('deadlines-export-ics-status')?.textContent)).toContain('-echeances.ics'));
    expect(weekly).toHaveBeenCalledTimes(1);
    expect(calendar).toHaveBeenCalledWith(null);
  });

  it('lists first, with no invented date, a letter to post now because nothing was notified', async () => {
    const backend = memoryBackend({ today: TODAY });
    window.location.hash = '#/echeances';
    render(<App backend={backend} />);
    const heading = await screen.findByRole('heading', { level: 2, name: named('À faire maintenant : aucun délai ne court (1 courrier)') });
    const section = heading.closest('section') as HTMLElement;
    expect(section.id).toBe('deadlines-act-now');
    // Before the dated groups.
    expect(section.compareDocumentPosition(group('deadlines-overdue')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const [line] = lines('deadlines-act-now');
    expect(line.querySelector('time')).toBeNull();
    expect(plain(line.querySelector('bdi')?.textContent)).toBe('TOURE Mariam');
    expect(plain(line.textContent)).toContain("Courrier à envoyer sans attendre : « Recours gracieux au maire, agissant au nom de l'État »");
    expect(plain(line.textContent)).toContain('aucun délai de recours ne court');
    expect(
      within(line)
        .getByRole('link', { name: /Ouvrir le dossier/ })
        .getAttribute('href'),
    ).toBe(dossierPath(905));
  });

  it('shows no act-now group when every dossier has its dates', async () => {
    const backend = memoryBackend({ today: TODAY, actNow: [] });
    window.location.hash = '#/echeances';
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 2, name: named('En retard (1 échéance)') });
    expect(document.getElementById('deadlines-act-now')).toBeNull();
  });

  it('groups the deadlines by urgency, with counts, and names each one plainly', async () => {
    const backend = memoryBackend({ today: TODAY });
    // The stand-in's own dossier: posted on Friday 20/11, AR assumed on
    // Wednesday 25/11, the bank's silence is a refusal on 10/12.
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    const copy = await backend.freezeLetter(id, 'demande-ouverture', 'fr');
    await backend.markLetterSent(copy.id, '20/11/2026', '');
    window.location.hash = '#/echeances';
    render(<App backend={backend} />);

    expect(await screen.findByRole('heading', { level: 2, name: named('En retard (1 échéance)') })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: named('Cette semaine (1 échéance)') })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: named('Dans les 30 jours (2 échéances)') })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: named('Plus tard (1 échéance)') })).toBeTruthy();
    expect(plain(document.getElementById('deadlines-as-of')?.textContent)).toBe('Liste du jeu. 26/11/2026');

    // Overdue: marked by a word and an icon, not by colour alone.
    const [late] = lines('deadlines-overdue');
    expect(plain(late.querySelector('time')?.textContent)).toBe('lun. 23/11/2026');
    expect(late.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-23');
    expect(within(late).getByText('En retard')).toBeTruthy();
    expect(late.querySelector('.alert-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(plain(late.querySelector('bdi')?.textContent)).toBe('HADDAD Karim');
    expect(plain(late.textContent)).toContain("Refus d'inscription à l'école");
    expect(plain(late.textContent)).toContain('Dernier jour pour saisir le tribunal administratif après le rejet du recours (écrit, ou par le silence)');
    for (const other of ['deadlines-this-week', 'deadlines-next-30-days', 'deadlines-later']) {
      for (const line of lines(other)) expect(within(line).queryByText('En retard')).toBeNull();
    }

    // Next 30 days, in date order: the recours without voies et délais,
    // then the stand-in's own dossier.
    const [noRemedies, own] = lines('deadlines-next-30-days');
    expect(plain(own.querySelector('time')?.textContent)).toBe('jeu. 10/12/2026');
    expect(plain(own.querySelector('bdi')?.textContent)).toBe('DIALLO Awa');
    expect(plain(own.textContent)).toContain('Droit au compte bancaire');
    expect(plain(own.textContent)).toContain(SILENCE_LRAR);
    const provisional = own.querySelector('[data-flag="provisional"]') as HTMLElement;
    expect(plain(provisional.textContent)).toBe(
      'Provisoire avis de réception supposé le 25/11/2026 (envoi du courrier le 20/11/2026 + 3 jours ouvrés), à corriger dès que la date réelle est connue',
    );
    expect(own.querySelector('[data-flag="not-enforceable"]')).toBeNull();

    const limit = noRemedies.querySelector('[data-flag="not-enforceable"]') as HTMLElement;
    expect(plain(limit.textContent)).toBe('Délai non opposable au plus tard le 07/10/2027 (1 an)');
    expect(noRemedies.querySelector('[data-flag="provisional"]')).toBeNull();
    expect(plain(noRemedies.querySelector('bdi')?.textContent)).toBe('OKAFOR Chidi');

    // « Comment est calculée cette date ? » opens on the steps.
    const how = within(own).getByText('Comment est calculée cette date ?');
    const details = how.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(how);
    await waitFor(() => expect(details.open).toBe(true));
    const steps = [...details.querySelectorAll('li')].map((li) => plain(li.textContent));
    expect(steps).toEqual([
      'avis de réception supposé le 25/11/2026 (envoi du courrier le 20/11/2026 + 3 jours ouvrés), à corriger dès que la date réelle est connue',
      'avis de réception le 25/11/2026 + 15 jours = 10/12/2026',
    ]);

    // Each line leads to its dossier.
    const open = within(own).getByRole('link', { name: 'Ouvrir le dossier : DIALLO Awa, Droit au compte bancaire' });
    expect(open.getAttribute('href')).toBe(dossierPath(id));
    go(open.getAttribute('href')!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Droit au compte bancaire' })).toBeTruthy();
  });

  it('says so in each group when there is nothing, and prints the list on demand', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    window.location.hash = '#/echeances';
    render(<App backend={memoryBackend({ today: TODAY, deadlines: [] })} />);

    expect(await screen.findByRole('heading', { level: 2, name: named('En retard (aucune)') })).toBeTruthy();
    for (const [id, text] of [
      ['deadlines-overdue', 'Aucune échéance dépassée.'],
      ['deadlines-this-week', 'Rien cette semaine.'],
      ['deadlines-next-30-days', 'Rien dans les 30 jours.'],
      ['deadlines-later', 'Rien de plus lointain.'],
    ]) {
      expect(within(group(id)).getByText(text)).toBeTruthy();
      expect(lines(id)).toHaveLength(0);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer la liste de la semaine' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('shows the error when the list cannot be read', async () => {
    const backend: Backend = {
      ...memoryBackend(),
      deadlinesDashboard: () => Promise.reject({ code: 'locked', message: 'Permanence est verrouillé. Saisissez la phrase secrète pour continuer.' }),
    };
    window.location.hash = '#/echeances';
    render(<App backend={backend} />);
    const alert = await screen.findByRole('alert');
    expect(plain(alert.textContent)).toBe('Permanence est verrouillé. Saisissez la phrase secrète pour continuer.');
    expect(screen.getByRole('heading', { level: 1, name: 'Échéances' })).toBeTruthy();
  });
});

describe('Échéances in the worker’s language', () => {
  // The explanations come from Rust as steps; the screen says them with
  // the worker's Fluent messages, not as French sentences.
  for (const [lang, words, dir] of [
    ['en', ['refusal on', 'cannot be held against the person'], 'ltr'],
    ['ar', ['الرفض في', 'لا يمكن الاحتجاج بهذه المهلة'], 'rtl'],
  ] as const) {
    it(`explains each date in ${lang}, with no French left`, async () => {
      const backend = memoryBackend({ today: TODAY, settings: { language: lang } });
      window.location.hash = '#/echeances';
      render(<App backend={backend} />);
      await waitFor(() => expect(document.querySelectorAll('.due-item .deadline-steps li').length).toBeGreaterThan(0));
      expect(document.documentElement.dir).toBe(dir);
      const said = [...document.querySelectorAll('.deadline-steps li')].map((li) => plain(li.textContent));
      const all = said.join('\n');
      for (const w of words) expect(all).toContain(w);
      // What the French screen says of the same deadlines is nowhere.
      const french = translator('fr');
      const dashboard = await backend.deadlinesDashboard();
      const items = [...dashboard.overdue, ...dashboard.this_week, ...dashboard.next_30_days, ...dashboard.later];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        for (const step of item.explanation) {
          const sentence = plain(stepText(french, step));
          expect(said).not.toContain(sentence);
          expect(said).toContain(plain(stepText(translator(lang), step)));
        }
      }
      for (const f of ['refus le', 'non opposable', 'jours']) expect(all).not.toContain(f);
    });
  }
});

describe("the dossier's deadlines in its review", () => {
  const timeline = () => document.getElementById('dossier-deadlines') as HTMLElement;
  const item = (rule: string) => timeline().querySelector(`[data-rule="${rule}"]`) as HTMLElement | null;

  it('turns the provisional date into the real one once the AR is entered', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    const copy = await backend.freezeLetter(id, 'demande-ouverture', 'fr');
    await backend.markLetterSent(copy.id, '05/11/2026', '1A 234 567 8901 2');
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);

    expect(await screen.findByRole('heading', { level: 2, name: 'Échéances du dossier' })).toBeTruthy();
    await waitFor(() => expect(item('silence-banque-lrar')).toBeTruthy());
    const before = item('silence-banque-lrar')!;
    expect(plain(before.querySelector('time')?.textContent)).toBe('mer. 25/11/2026');
    expect(plain(before.textContent)).toContain(SILENCE_LRAR);
    expect(plain(before.querySelector('[data-flag="provisional"]')?.textContent)).toContain(
      'Provisoire avis de réception supposé le 10/11/2026 (envoi du courrier le 05/11/2026 + 3 jours ouvrés)',
    );
    expect(plain(before.textContent)).toContain(`Point de départ : 10/11/2026, envoi du courrier « ${BANK_LETTER} »`);
    // The posting itself stays in « Courriers », not repeated here.
    expect(within(timeline()).queryByText(/Envoyé le/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /^AR reçu/ }));
    fireEvent.input(screen.getByLabelText("Date de l'avis de réception signé"), { target: { value: '12/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(plain(item('silence-banque-lrar')?.querySelector('time')?.textContent)).toBe('ven. 27/11/2026'));
    const after = item('silence-banque-lrar')!;
    expect(after.dataset.provisional).toBe('false');
    expect(within(after).queryByText('Provisoire')).toBeNull();
    expect(plain(after.textContent)).toContain(`Point de départ : 12/11/2026, avis de réception du courrier « ${BANK_LETTER} »`);
    expect(within(timeline()).getByText('Échéances recalculées.')).toBeTruthy();
    const [now] = await backend.dossierDeadlines(id);
    expect([now.due, now.provisional]).toEqual(['2026-11-27', false]);
  });

  it('follows an answer changed from the review', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'guichet', date_depot: '2026-11-02' });
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);

    await waitFor(() => expect(item('silence-banque-guichet')).toBeTruthy());
    expect(plain(item('silence-banque-guichet')!.querySelector('time')?.textContent)).toBe('mar. 17/11/2026');
    expect(plain(item('silence-banque-guichet')!.textContent)).toContain('Point de départ : 02/11/2026, réponse « Date du dépôt au guichet »');
    expect(item('silence-banque-guichet')!.querySelector('[data-flag]')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /^Modifier : Date du dépôt/ }));
    const field = (await screen.findByLabelText('Date du dépôt au guichet')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '09/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));

    await waitFor(() => expect(plain(item('silence-banque-guichet')?.querySelector('time')?.textContent)).toBe('mar. 24/11/2026'));
  });

  it('says when no deadline can be worked out yet', async () => {
    const backend = memoryBackend({ today: TODAY });
    const id = await dossier(backend, { nom: 'Diallo', mode_demande: 'lrar' });
    window.location.hash = dossierPath(id);
    render(<App backend={backend} />);
    expect(await within(await screen.findByRole('region', { name: 'Échéances du dossier' })).findByText(/^Aucune échéance pour l'instant/)).toBeTruthy();
  });
});

describe('Paramètres → Échéances', () => {
  it('saves the holiday calendar and the reminder window', async () => {
    const backend = memoryBackend();
    const save = vi.spyOn(backend, 'setDeadlineSettings');
    window.location.hash = '#/parametres';
    render(<App backend={backend} />);

    const zone = (await screen.findByLabelText('Calendrier des jours fériés')) as HTMLSelectElement;
    await waitFor(() => expect(zone.disabled).toBe(false));
    expect(zone.value).toBe('metropole');
    expect([...zone.options].map((o) => o.textContent)).toEqual([
      'Métropole',
      'Alsace-Moselle',
      'Guadeloupe',
      'Martinique',
      'Guyane',
      'La Réunion',
      'Mayotte',
      'Saint-Barthélemy',
      'Saint-Martin',
    ]);
    const days = screen.getByLabelText('Me rappeler les échéances à moins de N jours') as HTMLInputElement;
    expect(days.value).toBe('7');
    const submit = screen.getByRole('button', { name: 'Enregistrer : Échéances' });

    // Out of range: said next to the field, nothing saved.
    fireEvent.input(days, { target: { value: '120' } });
    fireEvent.click(submit);
    const problem = await screen.findByText('Indiquez un nombre de jours entre 1 et 90.');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(days.getAttribute('aria-describedby')).toContain(problem.id);
    expect(save).not.toHaveBeenCalled();

    fireEvent.change(zone, { target: { value: 'reunion' } });
    fireEvent.input(days, { target: { value: '14' } });
    fireEvent.click(submit);
    expect(await screen.findByText('Enregistré. Les échéances de tous les dossiers en cours ont été recalculées avec ce calendrier.')).toBeTruthy();
    expect(save).toHaveBeenCalledWith('reunion', 14);
    const settings = await backend.getSettings();
    expect([settings.zone, settings.reminder_days]).toEqual(['reunion', 14]);
    expect(screen.queryByText('Indiquez un nombre de jours entre 1 et 90.')).toBeNull();

    // Coming back shows what is saved.
    cleanup();
    render(<App backend={backend} />);
    await waitFor(() => expect((screen.getByLabelText('Calendrier des jours fériés') as HTMLSelectElement).value).toBe('reunion'));
    expect((screen.getByLabelText('Me rappeler les échéances à moins de N jours') as HTMLInputElement).value).toBe('14');
  });

  it('shows the French message of an unknown calendar next to the list', async () => {
    const backend = memoryBackend();
    vi.spyOn(backend, 'setDeadlineSettings').mockRejectedValue({
      code: 'invalid',
      message: 'Certains champs sont à corriger.',
      problems: [{ field: 'zone', code: 'zone-unknown', message: 'Choisissez un calendrier de jours fériés dans la liste.' }],
    });
    window.location.hash = '#/parametres';
    render(<App backend={backend} />);
    const zone = (await screen.findByLabelText('Calendrier des jours fériés')) as HTMLSelectElement;
    await waitFor(() => expect(zone.disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer : Échéances' }));
    const problem = await screen.findByText('Choisissez un calendrier de jours fériés dans la liste.');
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(zone.getAttribute('aria-describedby')).toBe(problem.id);
  });

  it('refuses an unknown calendar in the stand-in as the shell does', async () => {
    await expect(memoryBackend().setDeadlineSettings('paris', 7)).rejects.toMatchObject({ code: 'invalid', problems: [{ field: 'zone', code: 'zone-unknown' }] });
  });
});

describe('reminders', () => {
  it('are sent once the vault is unlocked, then every 24 hours until it is locked', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const backend = memoryBackend({ vault: { exists: true, unlocked: false }, passphrase: 'la bonne phrase secrète' });
    const send = vi.spyOn(backend, 'sendReminders');
    render(<App backend={backend} />);

    fireEvent.input(await screen.findByLabelText('Phrase secrète'), { target: { value: 'la bonne phrase secrète' } });
    vi.advanceTimersByTime(REMINDER_INTERVAL_MS);
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));

    // Moving around the app sends nothing more.
    go('#/echeances');
    expect(await screen.findByRole('heading', { level: 1, name: 'Échéances' })).toBeTruthy();
    expect(send).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(REMINDER_INTERVAL_MS - 1000);
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(REMINDER_INTERVAL_MS);
    expect(send).toHaveBeenCalledTimes(3);

    fireEvent.click(screen.getByRole('button', { name: 'Verrouiller' }));
    expect(await screen.findByRole('button', { name: 'Déverrouiller' })).toBeTruthy();
    // Preact runs the effect's cleanup after the next paint.
    await new Promise((r) => setTimeout(r, 200));
    vi.advanceTimersByTime(3 * REMINDER_INTERVAL_MS);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('a failure shows nothing and logs no one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const backend = memoryBackend({ today: TODAY });
    const send = vi.spyOn(backend, 'sendReminders').mockRejectedValue({ code: 'io', message: 'Impossible : DIALLO Awa' });
    render(<App backend={backend} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(JSON.stringify(warn.mock.calls)).not.toContain('DIALLO');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the stand-in counts the deadlines due within the window of Paramètres', async () => {
    const backend = memoryBackend({ today: TODAY });
    // In the sample, only the bank's silence falls within 7 days.
    expect((await backend.reminders()).map((r) => r.rule_id)).toEqual(['silence-banque-lrar']);
    expect(await backend.sendReminders()).toBe(1);
    await backend.setDeadlineSettings('metropole', 30);
    expect(await backend.sendReminders()).toBe(2);
  });
});

describe('a deadline suspended by a conciliation', () => {
  it('says so, with the days left and that the date shown is the safe one', () => {
    render(
      inServices(
        <DeadlineBadges d={{ overdue: false, provisional: true, assumption: null, enforceable: true, ceiling: null, suspended: { since: '2026-10-20', days_left: 54 } }} />,
      ),
    );
    const flag = document.querySelector('[data-flag="suspended"]') as HTMLElement;
    expect(plain(flag.textContent)).toBe(
      'Suspendu depuis le 20/10/2026 (conciliation) : 54 jours restants, qui recommenceront à courir à la fin de la conciliation ; la date ci-dessus reste la plus prudente',
    );
  });
});

describe('the deadline to post a letter, in the review', () => {
  it('tells each of the five states in the worker\u2019s words', () => {
    const said = (due: Parameters<typeof DueLine>[0]['due']) => {
      cleanup();
      render(inServices(<DueLine due={due} id="due" />));
      return plain(document.getElementById('due')?.textContent);
    };
    expect(said({ state: 'enforceable', due: '2026-12-14' })).toBe('À poster au plus tard le 14/12/2026 (date de la poste).');
    expect(said({ state: 'not-enforceable', advised: '2026-10-06', ceiling: '2027-08-06' })).toBe(
      'Délai non opposable (décision sans voies et délais de recours) : de préférence avant le 06/10/2026, au plus tard le 06/08/2027 (un an).',
    );
    expect(said({ state: 'past', due: '2026-09-01' })).toContain('Délai dépassé depuis le 01/09/2026');
    expect(said({ state: 'suspended', since: '2026-10-20', days_left: 54, safe: '2026-12-14' })).toBe(
      'Délai suspendu depuis le 20/10/2026 (conciliation) : 54 jours restants, qui reprendront à la fin ; date la plus prudente : 14/12/2026.',
    );
    expect(said({ state: 'nothing-notified' })).toBe('Aucune décision écrite notifiée : aucun délai ne court ; agir maintenant.');
  });

  it('counts a court deadline on arrival at the greffe, never on the postmark', () => {
    const atCourt = (due: Parameters<typeof DueLine>[0]['due']) => {
      cleanup();
      render(inServices(<DueLine due={due} atCourt id="due" />));
      return plain(document.getElementById('due')?.textContent);
    };
    const enforceable = atCourt({ state: 'enforceable', due: '2027-01-11' });
    expect(enforceable).toBe('À faire arriver au tribunal au plus tard le 11/01/2027 (date d’arrivée au greffe).'.replace('’', "'"));
    expect(enforceable).not.toContain('poste');
    expect(atCourt({ state: 'past', due: '2026-09-01' })).toContain('Délai pour saisir le tribunal dépassé depuis le 01/09/2026');
  });
});
