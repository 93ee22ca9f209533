// A message for the next screen, once: « Fiche effacée » is said on the
// people list the erased person's page gives way to. Nothing about the
// person is kept here, only which message.
export type Flash = 'person-erased';

let pending: Flash | null = null;

export function flash(message: Flash): void {
  pending = message;
}

/** The message left for this screen, if any; it is said only once. */
export function takeFlash(): Flash | null {
  const message = pending;
  pending = null;
  return message;
}
