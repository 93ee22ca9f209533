import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from './App';
import { type Backend, EMPTY_FORM } from './api';
import { memoryBackend } from './testing/memory';
import { type SecretForm, advance, byId, go, plain, refusedTwiceWithoutWait, refusedWithFiveSecondWait } from './test-helpers';

const PASSPHRASE = 'mardi soir permanence';
const LOCKED = 'Permanence est verrouillé';
const WHO = 'Qui travaille ?';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function type(id: string, value: string) {
  fireEvent.input(byId(id), { target: { value } });
}

/** Two profiles, nobody signed in, and a person Awa recorded. */
async function team(): Promise<Backend> {
  const backend = memoryBackend({
    workers: [
      { name: 'Awa', pin: '4821' },
      { name: 'Jérôme', pin: '7777' },
    ],
  });
  await backend.signIn('Awa', '4821');
  await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Benali', given_names: 'Hélène', notes: 'Rendez-vous CAF' });
  await backend.signOut();
  return backend;
}

async function profileScreen() {
  const heading = await screen.findByRole('heading', { level: 1, name: WHO });
  expect(heading.closest('#profile-screen')).toBeTruthy();
  return heading;
}

/** Nothing about the person is in the page. */
function nothingLeft() {
  expect(document.body.textContent ?? '').not.toMatch(/Benali|Hélène|Rendez-vous CAF/i);
  expect(screen.queryByRole('navigation')).toBeNull();
}

async function signIn(id: number, pin: string) {
  fireEvent.click(await waitFor(() => byId(`profile-${id}`)));
  type('profile-pin', pin);
  fireEvent.click(byId('profile-submit'));
}

describe('Paramètres → Profils', () => {
  it('explains profiles while there are none; the first one signs its maker in and shows in the top bar', async () => {
    const backend = memoryBackend();
    go('#/parametres');
    render(<App backend={backend} />);
    const section = await waitFor(() => byId('settings-workers'));
    expect(plain(byId('settings-workers-title').textContent)).toBe('Profils');
    const intro = await waitFor(() => byId('workers-intro'));
    expect(plain(intro.textContent)).toMatch(/choisir son nom et saisir son propre code.*qui les a créées et modifiées/);
    expect(document.getElementById('current-worker')).toBeNull();
    expect(document.getElementById('switch-worker')).toBeNull();
    expect(section.contains(byId('worker-add'))).toBe(true);
    expect(plain(byId('worker-add').textContent)).toBe('Créer le premier profil');
    expect((byId('worker-pin') as HTMLInputElement).type).toBe('password');

    type('worker-name', '  Awa ');
    type('worker-pin', '4821');
    type('worker-confirm', '4821');
    fireEvent.click(byId('worker-add'));

    await waitFor(() => expect(plain(byId('worker-status').textContent)).toMatch(/^Profil « Awa » créé : vous travaillez maintenant sous ce nom/));
    expect(plain((await waitFor(() => byId('current-worker'))).textContent)).toBe('Awa');
    expect(plain(byId('switch-worker').textContent)).toBe('Changer de personne');
    const list = await waitFor(() => byId('workers-list'));
    expect(plain(list.textContent)).toBe('Awa (vous)');
    expect(document.getElementById('workers-intro')).toBeNull();
    expect((byId('worker-name') as HTMLInputElement).value).toBe('');
    expect((byId('worker-pin') as HTMLInputElement).value).toBe('');

    const status = await backend.vaultStatus();
    expect(status).toMatchObject({ unlocked: true, sign_in_required: false, worker: { name: 'Awa' } });

    // A second profile, added by the signed-in worker: no switch.
    type('worker-name', 'Jérôme');
    type('worker-pin', 'abcd');
    type('worker-confirm', 'abcd');
    fireEvent.click(byId('worker-add'));
    await waitFor(() => expect(plain(byId('worker-status').textContent)).toMatch(/^Profil « Jérôme » ajouté/));
    await waitFor(() => expect(plain(byId('workers-list').textContent)).toBe('Awa (vous)Jérôme'));
    expect(plain(byId('current-worker').textContent)).toBe('Awa');
  });

  it('shows field problems next to the fields: short PIN, different confirmation, name taken', async () => {
    const backend = memoryBackend({ workers: [{ name: 'Awa', pin: '4821' }] });
    await backend.signIn('Awa', '4821');
    go('#/parametres');
    render(<App backend={backend} />);
    await waitFor(() => byId('workers-list'));

    type('worker-name', 'Karim');
    type('worker-pin', '12');
    type('worker-confirm', '12');
    fireEvent.click(byId('worker-add'));
    const pinProblem = await waitFor(() => byId('worker-pin-problem'));
    expect(pinProblem.dataset.code).toBe('pin-short');
    expect(plain(pinProblem.textContent)).toBe('Le code doit compter au moins 4 caractères.');
    expect(byId('worker-pin').getAttribute('aria-invalid')).toBe('true');
    expect(byId('worker-pin').getAttribute('aria-describedby')).toBe('worker-pin-help worker-pin-problem');
    expect(document.activeElement).toBe(byId('worker-pin'));
    expect(byId('worker-error').dataset.code).toBe('invalid');
    expect(document.getElementById('worker-name-problem')).toBeNull();

    type('worker-pin', '1234');
    type('worker-confirm', '1243');
    fireEvent.click(byId('worker-add'));
    await waitFor(() => expect(byId('worker-confirm-problem').dataset.code).toBe('pin-mismatch'));
    expect(document.getElementById('worker-pin-problem')).toBeNull();

    // Same name whatever the case and accents.
    type('worker-name', ' awa ');
    type('worker-confirm', '1234');
    fireEvent.click(byId('worker-add'));
    const nameProblem = await waitFor(() => byId('worker-name-problem'));
    expect(nameProblem.dataset.code).toBe('worker-exists');
    expect(plain(nameProblem.textContent)).toBe('Un profil porte déjà ce nom.');
    expect(document.activeElement).toBe(byId('worker-name'));
    expect((await backend.listWorkers()).map((w) => w.name)).toEqual(['Awa']);

    type('worker-name', '');
    fireEvent.click(byId('worker-add'));
    await waitFor(() => expect(byId('worker-name-problem').dataset.code).toBe('worker-name'));
    expect(plain(byId('worker-status').textContent)).toBe('');
  });
});

describe('profile screen', () => {
  it('comes after unlocking once profiles exist, with no person in the page, and signing in shows the people list', async () => {
    const backend = await team();
    await backend.lock();
    const reads = (['getPerson', 'searchPersons', 'listDossiers', 'personAudit', 'sendReminders'] as const).map((name) => vi.spyOn(backend, name));
    go('#/personnes/1');
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 1, name: LOCKED });
    fireEvent.input(screen.getByLabelText('Phrase secrète'), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));

    await profileScreen();
    nothingLeft();
    expect(await backend.vaultStatus()).toMatchObject({ unlocked: true, sign_in_required: true, worker: null });
    // The profiles, by name, as radio buttons; « Verrouiller » is there.
    await waitFor(() => byId('profile-1'));
    expect((byId('profile-1') as HTMLInputElement).type).toBe('radio');
    expect(screen.getByLabelText('Awa')).toBe(byId('profile-1'));
    expect(screen.getByLabelText('Jérôme')).toBe(byId('profile-2'));
    expect(document.querySelector('#profile-list input[data-name="Jérôme"]')).toBe(byId('profile-2'));
    expect((byId('profile-pin') as HTMLInputElement).type).toBe('password');
    expect(plain(byId('profile-submit').textContent)).toBe('Entrer');
    expect(screen.getByRole('button', { name: 'Verrouiller' }).id).toBe('lock');
    // Nothing of the records was asked for, and the shell refuses them.
    for (const spy of reads) expect(spy).not.toHaveBeenCalled();
    await expect(backend.searchPersons('')).rejects.toMatchObject({ code: 'sign-in-required' });

    // « Entrer » without a name says so.
    type('profile-pin', '7777');
    fireEvent.click(byId('profile-submit'));
    await waitFor(() => expect(byId('profile-error').dataset.code).toBe('profile-required'));

    await signIn(2, '7777');
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: /BENALI Hélène/ })).toBeTruthy();
    expect(plain(byId('current-worker').textContent)).toBe('Jérôme');
    // The person's page was not reopened.
    expect(window.location.hash).toBe('#/personnes');
  });

  it('refuses a wrong PIN, and after three in a row waits with a countdown before the next try', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const backend = await team();
    render(<App backend={backend} />);
    await profileScreen();
    const form: SecretForm = { tryWrong: () => signIn(1, '0000'), errorId: 'profile-error', button: () => byId('profile-submit') as HTMLButtonElement, waitId: 'profile-wait' };

    await refusedTwiceWithoutWait(form, 'wrong-pin');
    expect(plain(byId('profile-error').textContent)).toBe('Code incorrect. Vérifiez le nom choisi, puis réessayez.');
    expect(byId('profile-pin').getAttribute('aria-invalid')).toBe('true');
    expect(plain(byId('profile-wait').textContent)).toBe('');
    nothingLeft();

    await refusedWithFiveSecondWait(form, 'wrong-pin-wait');

    await signIn(1, '4821');
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    expect(plain(byId('current-worker').textContent)).toBe('Awa');
  });

  it('speaks of the PIN when the shell says to wait at the first try', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const backend: Backend = {
      ...(await team()),
      signIn: () =>
        Promise.reject({
          code: 'unlock-wait',
          message: "Trop d'essais de phrase secrète : attendez encore 3 secondes avant de réessayer. Aucune donnée n'est effacée.",
          problems: [],
          retry_after: 3,
        }),
    };
    render(<App backend={backend} />);
    await profileScreen();
    await signIn(1, '4821');
    const error = await waitFor(() => byId('profile-error'));
    expect(error.dataset.code).toBe('unlock-wait');
    expect(plain(error.textContent)).toBe("Trop d'essais de code : attendez encore 3 secondes avant de réessayer. Aucune donnée n'est effacée.");
    expect(plain(byId('profile-wait').textContent)).toBe('Nouvel essai possible dans 3 s');
    expect((byId('profile-submit') as HTMLButtonElement).disabled).toBe(true);
    await advance(3_000);
    expect((byId('profile-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('« Changer de personne » clears the screen and goes back to the profiles, the database still open', async () => {
    const backend = await team();
    await backend.signIn('Awa', '4821');
    go('#/personnes/1');
    render(<App backend={backend} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'BENALI Hélène' })).toBeTruthy();
    expect(plain(byId('current-worker').textContent)).toBe('Awa');

    fireEvent.click(byId('switch-worker'));
    await profileScreen();
    nothingLeft();
    expect(window.location.hash).toBe('#/personnes');
    await waitFor(async () => expect(await backend.vaultStatus()).toMatchObject({ unlocked: true, sign_in_required: true, worker: null }));
    await expect(backend.getPerson(1)).rejects.toMatchObject({ code: 'sign-in-required' });

    // « Verrouiller » from the profile screen closes the database.
    fireEvent.click(byId('lock'));
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
    expect((await backend.vaultStatus()).unlocked).toBe(false);
  });

  it('locks with Ctrl+L from the PIN field', async () => {
    const backend = await team();
    render(<App backend={backend} />);
    await profileScreen();
    await new Promise((resolve) => setTimeout(resolve, 150));
    fireEvent.keyDown(byId('profile-pin'), { key: 'l', code: 'KeyL', ctrlKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
  });
});

describe('person page', () => {
  it('says who created the record and who changed it last', async () => {
    const backend = await team();
    await backend.signIn('Jérôme', '7777');
    await backend.savePerson(1, { ...EMPTY_FORM, family_name: 'Benali', given_names: 'Hélène', phone: '06 12 34 56 78' });
    go('#/personnes/1');
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 1, name: 'BENALI Hélène' });
    expect(plain(byId('person-authors').textContent)).toBe('Créée par Awa — modifiée par Jérôme');
  });

  it('says nothing of authors for records made before profiles', async () => {
    const backend = memoryBackend();
    await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Diallo', given_names: 'Awa' });
    go('#/personnes/1');
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 1, name: 'DIALLO Awa' });
    expect(document.getElementById('person-authors')).toBeNull();
  });
});

describe('the stand-in', () => {
  it('keeps the shell’s rules: first profile signs in, the others need a signed-in worker, locking signs out', async () => {
    const backend = memoryBackend();
    expect(await backend.vaultStatus()).toEqual({ exists: true, unlocked: true, sign_in_required: false, worker: null });
    expect(await backend.listWorkers()).toEqual([]);
    const awa = await backend.addWorker('Awa', '4821', '4821');
    expect(await backend.vaultStatus()).toMatchObject({ sign_in_required: false, worker: awa });
    const person = await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Diallo' });
    expect(person.authors).toEqual({ created_by: 'Awa', updated_by: 'Awa' });
    expect((await backend.personAudit(person.person.id))[0].worker).toBe('Awa');

    await backend.signOut();
    expect(await backend.vaultStatus()).toMatchObject({ unlocked: true, sign_in_required: true, worker: null });
    await expect(backend.addWorker('Karim', '1111', '1111')).rejects.toMatchObject({ code: 'sign-in-required' });
    for (const call of [() => backend.getPerson(1), () => backend.searchPersons(''), () => backend.listDossiers(), () => backend.recentAudit()]) {
      await expect(call()).rejects.toMatchObject({ code: 'sign-in-required' });
    }
    // Profiles and settings stay readable.
    expect((await backend.listWorkers()).map((w) => w.name)).toEqual(['Awa']);
    expect((await backend.getSettings()).language).toBe('fr');

    await backend.signIn('AWA', '4821');
    await backend.addWorker('Karim', '1111', '1111');
    expect((await backend.vaultStatus()).worker?.name).toBe('Awa');

    await backend.lock();
    expect(await backend.vaultStatus()).toMatchObject({ unlocked: false, sign_in_required: false, worker: null });
    await expect(backend.getPerson(1)).rejects.toMatchObject({ code: 'locked' });
    await backend.unlock(PASSPHRASE);
    expect(await backend.vaultStatus()).toMatchObject({ unlocked: true, sign_in_required: true, worker: null });
  });

  it('makes PINs wait as the passphrase: 5 s after three wrong ones, even for the right one', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const backend = memoryBackend({ workers: [{ name: 'Awa', pin: '4821' }] });
    const attempt = (name: string, pin: string) =>
      backend.signIn(name, pin).then(
        () => null,
        (e) => e,
      );
    expect((await attempt('Awa', '0000')).code).toBe('wrong-pin');
    // An unknown name is a wrong PIN too.
    expect((await attempt('Personne', '4821')).code).toBe('wrong-pin');
    expect(await attempt('Awa', '0000')).toMatchObject({ code: 'wrong-pin-wait', retry_after: 5 });
    await advance(2_000);
    expect(await attempt('Awa', '4821')).toMatchObject({ code: 'unlock-wait', retry_after: 3 });
    await advance(3_000);
    expect(await attempt('awa', '4821')).toBeNull();
    expect((await backend.vaultStatus()).worker?.name).toBe('Awa');
  });
});
