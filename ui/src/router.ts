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

/** The route for a location hash; `null` for an unknown page. */
export function routeOf(hash: string): Route | null {
  if (hash === '' || hash === '#' || hash === '#/') return 'people';
  return NAV.find((n) => n.path === hash)?.route ?? null;
}

export function useRoute(): Route | null {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Alt+1…Alt+5, as listed in NAV. Returns the path to go to, if any. */
export function shortcutTarget(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'key' | 'code'>): string | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  // `code` is layout-independent: on an AZERTY keyboard Alt+1 gives key "&".
  const digit = e.code?.startsWith('Digit') ? e.code.slice(5) : e.code?.startsWith('Numpad') ? e.code.slice(6) : e.key;
  return NAV.find((n) => n.key === digit)?.path ?? null;
}
