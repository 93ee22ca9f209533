// Hash routes: they survive a reload of the webview and need no server.
import { useEffect, useState } from 'preact/hooks';

export type Route = 'people' | 'dossiers' | 'deadlines' | 'procedures' | 'settings';

export interface NavItem {
  route: Route;
  path: string;
  labelKey: string;
  /** Alt+<key> jumps to the screen. */
  key: string;
}

export const NAV: readonly NavItem[] = [
  { route: 'people', path: '#/personnes', labelKey: 'nav-people', key: '1' },
  { route: 'dossiers', path: '#/dossiers', labelKey: 'nav-dossiers', key: '2' },
  { route: 'deadlines', path: '#/echeances', labelKey: 'nav-deadlines', key: '3' },
  { route: 'procedures', path: '#/demarches', labelKey: 'nav-procedures', key: '4' },
  { route: 'settings', path: '#/parametres', labelKey: 'nav-settings', key: '5' },
];

/** Where the worker is: a main screen, possibly one person in it. */
export interface Location {
  route: Route;
  /** On the people screen: `new`, a person to view, or a person to edit. */
  person?: { mode: 'new' } | { mode: 'view' | 'edit'; id: number };
  /** On the dossiers screen: one dossier's interview. */
  dossier?: number;
  /** In a dossier: one of its letters, as a draft or a frozen copy. */
  letter?: { id: string; frozen?: number };
}

export const dossierPath = (id: number) => `#/dossiers/${id}`;

/** A letter of a dossier: the draft, or one of its frozen copies. */
export const letterPath = (dossierId: number, letterId: string, frozenId?: number) =>
  `#/dossiers/${dossierId}/courriers/${letterId}${frozenId === undefined ? '' : `/${frozenId}`}`;

export const personPath = {
  list: '#/personnes',
  create: '#/personnes/nouvelle',
  view: (id: number) => `#/personnes/${id}`,
  edit: (id: number) => `#/personnes/${id}/modifier`,
};

/** The location for a hash; `null` for an unknown page. */
export function parseLocation(hash: string): Location | null {
  if (hash === '' || hash === '#' || hash === '#/') return { route: 'people' };
  const nav = NAV.find((n) => n.path === hash);
  if (nav) return { route: nav.route };
  if (hash === personPath.create) return { route: 'people', person: { mode: 'new' } };
  const m = /^#\/personnes\/(\d{1,15})(\/modifier)?$/.exec(hash);
  if (m) return { route: 'people', person: { mode: m[2] ? 'edit' : 'view', id: Number(m[1]) } };
  const d = /^#\/dossiers\/(\d{1,15})$/.exec(hash);
  if (d) return { route: 'dossiers', dossier: Number(d[1]) };
  const l = /^#\/dossiers\/(\d{1,15})\/courriers\/([a-z0-9][a-z0-9_-]{0,63})(?:\/(\d{1,15}))?$/.exec(hash);
  if (l) {
    const letter = l[3] === undefined ? { id: l[2] } : { id: l[2], frozen: Number(l[3]) };
    return { route: 'dossiers', dossier: Number(l[1]), letter };
  }
  return null;
}

/** The route for a location hash; `null` for an unknown page. */
export function routeOf(hash: string): Route | null {
  return parseLocation(hash)?.route ?? null;
}

export function useLocation(): Location | null {
  const [location, setLocation] = useState(() => parseLocation(window.location.hash));
  useEffect(() => {
    const onChange = () => setLocation(parseLocation(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}

/** Alt+1…Alt+5, as listed in NAV. Returns the path to go to, if any. */
export function shortcutTarget(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'key' | 'code'>): string | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  // `code` is layout-independent: on an AZERTY keyboard Alt+1 gives key "&".
  const digit = e.code?.startsWith('Digit') ? e.code.slice(5) : e.code?.startsWith('Numpad') ? e.code.slice(6) : e.key;
  return NAV.find((n) => n.key === digit)?.path ?? null;
}
