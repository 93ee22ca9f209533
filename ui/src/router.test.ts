import { describe, expect, it } from 'vitest';

import { NAV, dossierPath, letterPath, parseLocation, routeOf, shortcutTarget } from './router';

const key = (over: Partial<KeyboardEvent>) => ({ altKey: false, ctrlKey: false, metaKey: false, key: '', code: '', ...over }) as KeyboardEvent;

describe('routes', () => {
  it('maps every navigation entry to its screen and back', () => {
    expect(NAV.map((n) => routeOf(n.path))).toEqual(['people', 'dossiers', 'deadlines', 'procedures', 'settings']);
  });

  it('opens the people screen by default and refuses unknown pages', () => {
    expect(routeOf('')).toBe('people');
    expect(routeOf('#/')).toBe('people');
    expect(routeOf('#/nope')).toBeNull();
  });

  it('opens a dossier, one of its letters, or a frozen copy of it', () => {
    expect(parseLocation(dossierPath(12))).toEqual({ route: 'dossiers', dossier: 12 });
    expect(parseLocation('#/dossiers/12/courriers/demande-ouverture')).toEqual({
      route: 'dossiers',
      dossier: 12,
      letter: { id: 'demande-ouverture' },
    });
    expect(parseLocation('#/dossiers/12/courriers/saisine-bdf/3')).toEqual({
      route: 'dossiers',
      dossier: 12,
      letter: { id: 'saisine-bdf', frozen: 3 },
    });
    // The paths the screens link to lead back to the same places.
    expect(parseLocation(letterPath(12, 'saisine-bdf'))?.letter).toEqual({ id: 'saisine-bdf' });
    expect(parseLocation(letterPath(12, 'saisine-bdf', 3))?.letter).toEqual({ id: 'saisine-bdf', frozen: 3 });
    // Navigation highlights Dossiers on a letter too.
    expect(routeOf(letterPath(1, 'demande-ouverture', 2))).toBe('dossiers');
  });

  it('refuses malformed letter pages', () => {
    expect(parseLocation('#/dossiers/12/courriers')).toBeNull();
    expect(parseLocation('#/dossiers/12/courriers/')).toBeNull();
    expect(parseLocation('#/dossiers/x/courriers/demande-ouverture')).toBeNull();
    expect(parseLocation('#/dossiers/12/courriers/Demande Ouverture')).toBeNull();
    expect(parseLocation('#/dossiers/12/courriers/demande-ouverture/abc')).toBeNull();
    expect(parseLocation('#/dossiers/12/courriers/demande-ouverture/3/4')).toBeNull();
  });

  it('jumps with Alt+digit whatever the keyboard layout', () => {
    expect(shortcutTarget(key({ altKey: true, key: '3', code: 'Digit3' }))).toBe('#/echeances');
    // AZERTY: Alt+1 reports key "&" but code "Digit1".
    expect(shortcutTarget(key({ altKey: true, key: '&', code: 'Digit1' }))).toBe('#/personnes');
    expect(shortcutTarget(key({ altKey: true, key: '5', code: 'Numpad5' }))).toBe('#/parametres');
    expect(shortcutTarget(key({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(shortcutTarget(key({ altKey: true, ctrlKey: true, key: '1', code: 'Digit1' }))).toBeNull();
    expect(shortcutTarget(key({ altKey: true, key: '9', code: 'Digit9' }))).toBeNull();
  });
});
