// What several Vitest files need: text as read (without Fluent's bidi
// isolation marks), an element by id, moving to a route, a stand-in
// dossier at its review, and the steps of wrong passphrases and PINs.
import { waitFor } from '@testing-library/preact';
import { type ComponentChild, h } from 'preact';
import { expect, vi } from 'vitest';

import type { Backend } from './api';
import { type Lang, translator } from './i18n';
import { ServicesContext } from './services';
import { memoryBackend } from './testing/memory';

/** Text without isolation marks and with collapsed spaces (a testing-library normalizer). */
export const normalizer = (s: string) =>
  s
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
export const plain = (s: string | null | undefined) => normalizer(s ?? '');

/** The element of that id; throws while it is not there (for waitFor). */
export function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is not in the page`);
  return el;
}

/** Goes to `hash` as a click on a link would. */
export function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** A droit-au-compte dossier of the stand-in, answered up to its review. */
export async function dossier(backend: Backend, answers: Record<string, unknown>): Promise<number> {
  const { dossier_id } = await backend.startDemarche(1, 'droit-au-compte');
  for (const [q, v] of Object.entries(answers)) await backend.answerQuestion(dossier_id, q, v);
  await backend.moveInterview(dossier_id, null, 'review');
  return dossier_id;
}

/** Moves the fake clock on (fake timers that follow real time, so
 * testing-library's waiting still works). */
export const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** The unlock screen's passphrase or the profile screen's PIN, as the
 * tests of wrong tries drive them. */
export interface SecretForm {
  /** Types a wrong secret and submits it. */
  tryWrong: () => Promise<unknown>;
  /** Where the refusal is said (its code in `data-code`). */
  errorId: string;
  button: () => HTMLButtonElement;
  /** The countdown line the button names while it waits. */
  waitId: string;
}

/** Two wrong tries in a row, each refused with `code`, without a wait. */
export async function refusedTwiceWithoutWait(form: SecretForm, code: string) {
  for (let i = 0; i < 2; i++) {
    await form.tryWrong();
    await waitFor(() => expect(document.getElementById(form.errorId)?.dataset.code).toBe(code));
    await waitFor(() => expect(form.button().disabled).toBe(false));
  }
}

/** A wrong try refused with `code` and a wait of 5 s, nothing erased: the
 * button stays off while the line counts down, then lets the worker try
 * again. */
export async function refusedWithFiveSecondWait(form: SecretForm, code: string) {
  const { button } = form;
  const countdown = () => byId(form.waitId);
  await form.tryWrong();
  await waitFor(() => expect(document.getElementById(form.errorId)?.dataset.code).toBe(code));
  expect(document.getElementById(form.errorId)?.textContent).toContain("Aucune donnée n'est effacée");
  expect(button().disabled).toBe(true);
  expect(countdown().getAttribute('aria-live')).toBe('polite');
  expect(plain(countdown().textContent)).toBe('Nouvel essai possible dans 5 s');
  expect(button().getAttribute('aria-describedby')).toBe(form.waitId);

  await advance(1_000);
  expect(plain(countdown().textContent)).toBe('Nouvel essai possible dans 4 s');
  expect(button().disabled).toBe(true);
  await advance(4_000);
  expect(countdown().dataset.seconds).toBe('0');
  expect(plain(countdown().textContent)).toBe('Vous pouvez réessayer maintenant.');
  expect(button().disabled).toBe(false);
}

/** A part of a screen drawn alone, with the texts of `lang` and a backend
 * (the stand-in by default) as App would provide them. */
export function inServices(node: ComponentChild, lang: Lang = 'fr', backend: Backend = memoryBackend()) {
  return h(ServicesContext.Provider, { value: { t: translator(lang), backend } }, node);
}
