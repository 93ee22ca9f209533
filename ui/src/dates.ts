// Dates as the worker types and reads them: JJ/MM/AAAA on screen, ISO
// (AAAA-MM-JJ) between the UI and Rust.

/** `JJ/MM/AAAA` or `AAAA-MM-JJ` → `AAAA-MM-JJ`, or null if impossible. */
export function isoDate(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = s.includes('/') ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `AAAA-MM-JJ`, or an RFC 3339 instant, → `JJ/MM/AAAA`. The day of an
 * instant is the one written in it (the worker's local day when it was
 * recorded), not converted to this computer's time zone. */
export function frenchDate(iso: unknown): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(iso ?? '');
}

/** Today on this computer, as `JJ/MM/AAAA` (the default of date fields). */
export function todayFrench(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}

/** Day of the week of `AAAA-MM-JJ`, 1 (Monday) to 7 (Sunday), or null. */
export function isoWeekday(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Today on this computer, as `AAAA-MM-JJ`. */
export function todayIso(now: Date = new Date()): string {
  return isoDate(todayFrench(now)) as string;
}
