// What several Vitest files need: text as read (without Fluent's bidi
// isolation marks), an element by id, moving to a route, and a stand-in
// dossier at its review.
import type { Backend } from './api';

/** Text without isolation marks and with collapsed spaces (a testing-library normalizer). */
export const normalizer = (s: string) => s.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
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
