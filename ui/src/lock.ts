// Locking a shared laptop: after a delay without input, and with Ctrl+L
// (Cmd+L on macOS). The hostel's laptop is left open between two people:
// whoever sits down next must not find the previous person's file on screen.
import { useEffect, useRef } from 'preact/hooks';

/** What counts as the worker being there. `focus` is the window's own (a
 * worker coming back to it); the others are listened to on the way down
 * (capture), so a screen stopping an event does not hide it. */
export const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** The timer is reset at most this often: pointermove fires hundreds of
 * times a second. */
export const RESET_THROTTLE_MS = 1000;

/** Paramètres' default (10 minutes), used when the shell cannot say. */
export const DEFAULT_LOCK_DELAY_SECONDS = 600;

/** setTimeout's longest delay (about 24 days). */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** A delay as the shell gave it, made usable: at least a second, the
 * default when it is not a number. */
export function saneDelay(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return DEFAULT_LOCK_DELAY_SECONDS;
  return Math.min(MAX_TIMEOUT_MS / 1000, Math.max(1, seconds));
}

/** Calls `onIdle` once after `delaySeconds` without input; `null` turns
 * the watch off (the vault is locked, or the delay is not known yet).
 *
 * One timer, re-armed on input at most once a second. Input arriving when
 * the delay is already over (the laptop slept, so the timer could not
 * fire) locks instead of counting as presence. */
export function useIdleLock(delaySeconds: number | null, onIdle: () => void) {
  const callback = useRef(onIdle);
  callback.current = onIdle;

  useEffect(() => {
    if (delaySeconds === null) return;
    const delay = saneDelay(delaySeconds) * 1000;
    let seen = Date.now();
    let armedAt = seen;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;

    const fire = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      callback.current();
    };
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(check, ms);
    };
    // Input skipped by the throttle still counts: the timer, when it
    // fires, waits for what is left since the last input seen.
    const check = () => {
      const idle = Date.now() - seen;
      if (idle >= delay) fire();
      else arm(delay - idle);
    };
    const onInput = () => {
      if (done) return;
      const now = Date.now();
      if (now - seen >= delay) {
        fire();
        return;
      }
      seen = now;
      if (now - armedAt >= RESET_THROTTLE_MS) {
        armedAt = now;
        arm(delay);
      }
    };

    arm(delay);
    const options = { capture: true, passive: true };
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, options);
    window.addEventListener('focus', onInput);
    return () => {
      done = true;
      clearTimeout(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, options);
      window.removeEventListener('focus', onInput);
    };
  }, [delaySeconds]);
}

/** macOS names the modifier Cmd. */
export function isMac(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent || '');
}

/** The shortcut as shown next to the « Verrouiller » button. */
export function lockShortcutLabel(mac: boolean = isMac()): string {
  return mac ? 'Cmd+L' : 'Ctrl+L';
}

/** Ctrl+L, or Cmd+L (Meta): by the letter on Latin layouts (AZERTY,
 * QWERTY), by the key's place when the layout types another script
 * (Arabic). */
export function isLockShortcut(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'key' | 'code'>): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return false;
  const key = e.key ?? '';
  if (/^[a-z]$/i.test(key)) return key.toLowerCase() === 'l';
  return e.code === 'KeyL';
}
