import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from './App';
import { type Backend, EMPTY_FORM } from './api';
import { memoryBackend, unlockDelay } from './testing/memory';
import { isLockShortcut, lockShortcutLabel } from './lock';
import { type SecretForm, advance, go, normalizer, plain, refusedTwiceWithoutWait, refusedWithFiveSecondWait } from './test-helpers';

const PASSPHRASE = 'mardi soir permanence';
const LOCKED = 'Permanence est verrouillé';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Fake timers (and Date) that also follow real time, so testing-library's
 * waiting still works; the test moves the clock on with advance(). */
function fakeClock() {
  vi.useFakeTimers({ shouldAdvanceTime: true });
}

async function withPerson(options: Parameters<typeof memoryBackend>[0] = {}): Promise<Backend> {
  const backend = memoryBackend(options);
  await backend.savePerson(null, { ...EMPTY_FORM, family_name: 'Benali', given_names: 'Hélène', notes: 'Rendez-vous CAF' });
  return backend;
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function personShown() {
  return screen.findByRole('heading', { level: 1, name: 'BENALI Hélène' });
}

/** The clock faked, and the person's page open. */
async function onPersonPage(): Promise<Backend> {
  fakeClock();
  const backend = await withPerson();
  go('#/personnes/1');
  render(<App backend={backend} />);
  await personShown();
  return backend;
}

const isLocked = () => screen.queryByRole('heading', { level: 1, name: LOCKED }) !== null;

/** Nothing about the person is left in the page. */
function nothingLeft() {
  const text = document.body.textContent ?? '';
  expect(text).not.toMatch(/Benali|Hélène|Rendez-vous CAF/i);
  expect(screen.queryByRole('navigation')).toBeNull();
}

/** Effects run after the frame is painted: the shortcut listens then. */
const ready = () => new Promise((resolve) => setTimeout(resolve, 150));

async function unlock(passphrase = PASSPHRASE) {
  type('Phrase secrète', passphrase);
  fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
}

describe('idle lock', () => {
  it('locks after the delay without input, leaving no name in the page, and reopens on the people list', async () => {
    const backend = await onPersonPage();

    await advance(599_000);
    expect(isLocked()).toBe(false);
    expect(plain(document.body.textContent)).toContain('Hélène');

    await advance(2_000);
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
    nothingLeft();
    expect((await backend.vaultStatus()).unlocked).toBe(false);
    // The route went back to the list: nothing of the person reopens.
    expect(window.location.hash).toBe('#/personnes');

    await unlock();
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'BENALI Hélène' })).toBeNull();
  });

  it('is postponed by input before the delay', async () => {
    await onPersonPage();

    await advance(500_000);
    fireEvent.keyDown(document.body, { key: 'a', code: 'KeyA' });
    await advance(300_000);
    // Many pointer moves in a row: the timer is reset at most once a second.
    for (let i = 0; i < 50; i++) fireEvent.pointerMove(document.body);
    await advance(300_000);
    fireEvent.wheel(document.body);
    await advance(599_000);
    expect(isLocked()).toBe(false);
    expect(await personShown()).toBeTruthy();

    await advance(2_000);
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
    nothingLeft();
  });

  it('locks at the first input when the laptop slept past the delay', async () => {
    await onPersonPage();
    await advance(1_000);
    // The clock moves on but no timer could run (the computer was asleep).
    vi.setSystemTime(Date.now() + 3_600_000);
    await advance(100);
    expect(isLocked()).toBe(false);
    // Coming back to the window is not taken for presence: it locks.
    fireEvent.focus(window);
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
    nothingLeft();
  });

  it('follows the delay the shell gives, read again at each unlock', async () => {
    fakeClock();
    let seconds = 5;
    const backend = await withPerson();
    const shell: Backend = { ...backend, lockDelaySeconds: async () => seconds };
    render(<App backend={shell} />);
    await screen.findByRole('heading', { level: 1, name: 'Personnes' });
    await advance(6_000);
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();

    seconds = 60;
    await unlock();
    await screen.findByRole('heading', { level: 1, name: 'Personnes' });
    await advance(30_000);
    expect(isLocked()).toBe(false);
    await advance(31_000);
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
  });

  it('uses the minutes saved in Paramètres as soon as they are saved', async () => {
    fakeClock();
    const backend = memoryBackend();
    go('#/parametres');
    render(<App backend={backend} />);
    const minutes = (await screen.findByLabelText('Verrouiller après N minutes sans activité')) as HTMLInputElement;
    await waitFor(() => expect(minutes.disabled).toBe(false));
    type('Verrouiller après N minutes sans activité', '1');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer : Confidentialité' }));
    expect(await screen.findByText(/Le verrouillage automatique suit ce nouveau délai/)).toBeTruthy();
    await advance(61_000);
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
  });
});

describe('lock shortcut', () => {
  it('shows Ctrl+L next to « Verrouiller »', async () => {
    render(<App backend={memoryBackend()} />);
    const button = await screen.findByRole('button', { name: 'Verrouiller' });
    expect(button.id).toBe('lock');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+L Meta+L');
    expect(plain(button.getAttribute('title'))).toBe('Raccourci : Ctrl+L');
    expect(button.querySelector('kbd')?.textContent).toBe('Ctrl+L');
  });

  it('locks with Ctrl+L from anywhere, even from a text field', async () => {
    const backend = await withPerson();
    go('#/personnes/1/modifier');
    render(<App backend={backend} />);
    const family = (await screen.findByLabelText('Nom de famille')) as HTMLInputElement;
    await waitFor(() => expect(family.value).toBe('Benali'));
    fireEvent.keyDown(family, { key: 'l', code: 'KeyL', ctrlKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
    nothingLeft();
    await waitFor(async () => expect((await backend.vaultStatus()).unlocked).toBe(false));
  });

  it('locks with Cmd+L, and with Ctrl+L on an Arabic keyboard', async () => {
    const backend = memoryBackend();
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 1, name: 'Personnes' });
    await ready();
    fireEvent.keyDown(window, { key: 'l', code: 'KeyL', metaKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
    await unlock();
    await screen.findByRole('heading', { level: 1, name: 'Personnes' });
    await ready();
    fireEvent.keyDown(window, { key: 'م', code: 'KeyL', ctrlKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
  });

  it('tells the shortcut apart from other keys', () => {
    const key = (k: Partial<KeyboardEvent>) => isLockShortcut({ altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, key: '', code: '', ...k });
    expect(key({ key: 'l', code: 'KeyL', ctrlKey: true })).toBe(true);
    expect(key({ key: 'L', code: 'KeyL', metaKey: true })).toBe(true);
    expect(key({ key: 'l', code: 'KeyL' })).toBe(false);
    expect(key({ key: 'l', code: 'KeyL', ctrlKey: true, altKey: true })).toBe(false);
    expect(key({ key: 'l', code: 'KeyL', ctrlKey: true, shiftKey: true })).toBe(false);
    // Dvorak: the key in L's place types « n ».
    expect(key({ key: 'n', code: 'KeyL', ctrlKey: true })).toBe(false);
    expect(lockShortcutLabel(true)).toBe('Cmd+L');
    expect(lockShortcutLabel(false)).toBe('Ctrl+L');
  });

  it('does nothing while typing the passphrase on the unlock screen', async () => {
    const backend = memoryBackend({ vault: { exists: true, unlocked: false } });
    const lock = vi.spyOn(backend, 'lock');
    render(<App backend={backend} />);
    const field = await screen.findByLabelText('Phrase secrète');
    fireEvent.keyDown(field, { key: 'l', code: 'KeyL', ctrlKey: true });
    type('Phrase secrète', PASSPHRASE);
    expect(lock).not.toHaveBeenCalled();
    expect((field as HTMLInputElement).value).toBe(PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
  });

  it('keeps what was just typed in a form as a draft before the database closes', async () => {
    const backend = memoryBackend();
    go('#/personnes/nouvelle');
    render(<App backend={backend} />);
    await screen.findByLabelText('Nom de famille');
    type('Nom de famille', 'Koné');
    fireEvent.keyDown(window, { key: 'l', code: 'KeyL', ctrlKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: LOCKED })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Koné');
    await unlock();
    await screen.findByRole('heading', { level: 1, name: 'Personnes' });
    expect((await backend.personDraft(null))?.family_name).toBe('Koné');
  });
});

describe('wrong passphrases', () => {
  it('make the next try wait, with a countdown, then let the worker try again', async () => {
    fakeClock();
    const backend = memoryBackend({ vault: { exists: true, unlocked: false } });
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 1, name: LOCKED });
    const button = () => screen.getByRole('button', { name: 'Déverrouiller' }) as HTMLButtonElement;
    const countdown = () => document.getElementById('unlock-wait')!;
    const form: SecretForm = { tryWrong: () => unlock('pas la bonne'), errorId: 'vault-error', button, waitId: 'unlock-wait' };

    await refusedTwiceWithoutWait(form, 'wrong-passphrase');
    expect(plain(countdown().textContent)).toBe('');

    await refusedWithFiveSecondWait(form, 'wrong-passphrase-wait');

    // The next wrong one waits twice as long.
    await unlock('toujours pas');
    await waitFor(() => expect(plain(countdown().textContent)).toBe('Nouvel essai possible dans 10 s'));
    expect(button().disabled).toBe(true);
    await advance(10_000);
    expect(button().disabled).toBe(false);

    await unlock();
    expect(await screen.findByRole('heading', { level: 1, name: 'Personnes' })).toBeTruthy();
  });

  it('shows a wait the shell reports at the first try (after a restart)', async () => {
    fakeClock();
    const backend: Backend = {
      ...memoryBackend({ vault: { exists: true, unlocked: false } }),
      unlock: () =>
        Promise.reject({
          code: 'unlock-wait',
          message: "Trop d'essais de phrase secrète : attendez encore 3 secondes avant de réessayer. Aucune donnée n'est effacée.",
          problems: [],
          retry_after: 3,
        }),
    };
    render(<App backend={backend} />);
    await screen.findByRole('heading', { level: 1, name: LOCKED });
    await unlock();
    const error = await screen.findByRole('alert');
    expect(error.id).toBe('vault-error');
    expect(error.dataset.code).toBe('unlock-wait');
    expect(await screen.findByText('Nouvel essai possible dans 3 s', { normalizer })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Déverrouiller' }) as HTMLButtonElement).disabled).toBe(true);
    await advance(3_000);
    expect((screen.getByRole('button', { name: 'Déverrouiller' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('in the stand-in: 5 s after three, doubling up to 5 minutes, and no try during the wait', async () => {
    fakeClock();
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(unlockDelay)).toEqual([0, 0, 0, 5, 10, 20, 40, 80, 160, 300, 300]);
    const backend = memoryBackend({ vault: { exists: true, unlocked: false } });
    const attempt = (p: string) =>
      backend.unlock(p).then(
        () => null,
        (e) => e,
      );
    expect((await attempt('a')).code).toBe('wrong-passphrase');
    expect((await attempt('b')).code).toBe('wrong-passphrase');
    expect(await attempt('c')).toMatchObject({ code: 'wrong-passphrase-wait', retry_after: 5 });
    await advance(2_000);
    // Even the right passphrase waits.
    expect(await attempt(PASSPHRASE)).toMatchObject({ code: 'unlock-wait', retry_after: 3 });
    expect((await backend.vaultStatus()).unlocked).toBe(false);
    await advance(3_000);
    expect(await attempt('d')).toMatchObject({ code: 'wrong-passphrase-wait', retry_after: 10 });
    await advance(10_000);
    expect(await attempt(PASSPHRASE)).toBeNull();
    expect((await backend.vaultStatus()).unlocked).toBe(true);
    // Unlocking starts the count again.
    await backend.lock();
    expect((await attempt('e')).code).toBe('wrong-passphrase');
  });
});

describe('settings → Confidentialité', () => {
  const MINUTES = 'Verrouiller après N minutes sans activité';
  const MONTHS = 'Dossiers clos : proposer la suppression après M mois';

  it('shows the saved values, refuses numbers out of range next to the field, and saves', async () => {
    const backend = memoryBackend();
    go('#/parametres');
    render(<App backend={backend} />);
    const section = await waitFor(() => {
      const s = document.getElementById('settings-privacy');
      expect(s).toBeTruthy();
      return s!;
    });
    expect(section.getAttribute('aria-labelledby')).toBe('settings-privacy-title');
    expect(plain(document.getElementById('settings-privacy-title')?.textContent)).toBe('Confidentialité');
    expect(plain(document.getElementById('privacy-help')?.textContent)).toMatch(/ferme la base de données et efface l'écran.*n'efface jamais rien/);
    const minutes = screen.getByLabelText(MINUTES) as HTMLInputElement;
    const months = screen.getByLabelText(MONTHS) as HTMLInputElement;
    expect(minutes.id).toBe('lock-after-minutes');
    expect(months.id).toBe('retention-months');
    await waitFor(() => expect(minutes.disabled).toBe(false));
    expect(minutes.value).toBe('10');
    expect(months.value).toBe('24');

    type(MINUTES, '0');
    type(MONTHS, '500');
    const save = screen.getByRole('button', { name: 'Enregistrer : Confidentialité' });
    fireEvent.click(save);
    expect(await screen.findByText('Indiquez un nombre de minutes entre 1 et 240.')).toBeTruthy();
    expect(screen.getByText('Indiquez un nombre de mois entre 1 et 120.')).toBeTruthy();
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(minutes.getAttribute('aria-describedby')).toBe('lock-after-minutes-help lock-after-minutes-problem');
    expect(document.activeElement).toBe(minutes);
    expect((await backend.getSettings()).lock_after_minutes).toBe(10);

    type(MINUTES, '15');
    type(MONTHS, '36');
    fireEvent.click(save);
    expect(await screen.findByText('Enregistré. Le verrouillage automatique suit ce nouveau délai.')).toBeTruthy();
    expect(minutes.getAttribute('aria-invalid')).toBeNull();
    const saved = await backend.getSettings();
    expect([saved.lock_after_minutes, saved.retention_months]).toEqual([15, 36]);
    expect(await backend.lockDelaySeconds()).toBe(900);
  });

  it('is clamped by the backend as by Rust (1–240 minutes, 1–120 months)', async () => {
    const backend = memoryBackend();
    const s = await backend.getSettings();
    expect([s.lock_after_minutes, s.retention_months]).toEqual([10, 24]);
    expect(await backend.lockDelaySeconds()).toBe(600);
    let saved = await backend.setPrivacySettings(0, 500);
    expect([saved.lock_after_minutes, saved.retention_months]).toEqual([1, 120]);
    saved = await backend.setPrivacySettings(1000, 0);
    expect([saved.lock_after_minutes, saved.retention_months]).toEqual([240, 1]);
    saved = await backend.setPrivacySettings(15, 36);
    expect([saved.lock_after_minutes, saved.retention_months]).toEqual([15, 36]);
    expect(await memoryBackend({ lockDelaySeconds: 3 }).lockDelaySeconds()).toBe(3);
  });

  it('shows the values the backend kept', async () => {
    const backend = memoryBackend();
    const clamping: Backend = { ...backend, setPrivacySettings: (m, r) => backend.setPrivacySettings(m * 100, r) };
    go('#/parametres');
    render(<App backend={clamping} />);
    const minutes = (await screen.findByLabelText(MINUTES)) as HTMLInputElement;
    await waitFor(() => expect(minutes.disabled).toBe(false));
    type(MINUTES, '5');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer : Confidentialité' }));
    await waitFor(() => expect(minutes.value).toBe('240'));
  });
});
