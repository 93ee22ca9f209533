// After several wrong tries of a secret (the passphrase on the unlock
// screen, a PIN on the profile screen) the shell makes the next one wait
// (`retry_after`, nothing is erased): both screens count the wait down the
// same way, keep their button off until then, and say it in the same line.
import { useEffect, useState } from 'preact/hooks';

import type { CommandError } from '../api';
import { useT } from '../services';

/** Seconds left before `until` (a Date.now() instant), updated as each
 * second passes; 0 once it is over. `start(seconds)` begins a wait. */
function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState<number | null>(null);
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (until === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const ms = until - Date.now();
      const seconds = Math.max(0, Math.ceil(ms / 1000));
      setLeft(seconds);
      // Next tick when the shown number changes.
      if (seconds > 0) timer = setTimeout(tick, ms - (seconds - 1) * 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [until]);
  const start = (seconds: number) => {
    setLeft(seconds);
    setUntil(Date.now() + seconds * 1000);
  };
  return [left, start];
}

export interface RetryWait {
  /** The last refusal asked to wait (the line speaks until the next one). */
  waited: boolean;
  /** Seconds left; 0 when the secret may be tried. */
  left: number;
  /** A refusal: starts the wait it asks for, if any. */
  refused: (problem: CommandError) => void;
}

export function useRetryWait(): RetryWait {
  const [waited, setWaited] = useState(false);
  const [left, startWait] = useCountdown();
  const refused = (problem: CommandError) => {
    const wait = typeof problem.retry_after === 'number' && problem.retry_after > 0 ? Math.ceil(problem.retry_after) : 0;
    setWaited(wait > 0);
    if (wait > 0) startWait(wait);
  };
  return { waited, left, refused };
}

/** The countdown, then « Vous pouvez réessayer maintenant. ». Always in
 * the page, so screen readers follow its changes; the button it holds back
 * names it in `aria-describedby` while it speaks. */
export function WaitLine({ id, wait }: { id: string; wait: RetryWait }) {
  const t = useT();
  const { waited, left } = wait;
  return (
    <p class="status-line" id={id} aria-live="polite" data-seconds={waited ? left : undefined}>
      {waited ? (left > 0 ? t('unlock-wait-countdown', { seconds: left }) : t('unlock-wait-over')) : null}
    </p>
  );
}
