import { describe, expect, it } from 'vitest';

import { NAV, routeOf, shortcutTarget } from './router';

const key = (over: Partial<KeyboardEvent>) =>
  ({ altKey: false, ctrlKey: false, metaKey: false, key: '', code: '', ...over }) as KeyboardEvent;

describe('routes', () => {
  it('maps every navigation entry to its screen and back', () => {
    expect(NAV.map((n) => routeOf(n.path))).toEqual(['people', 'dossiers', 'deadlines', 'procedures', 'settings']);
  });

  it('opens the people screen by default and refuses unknown pages', () => {
    expect(routeOf('')).toBe('people');
    expect(routeOf('#/')).toBe('people');
    expect(routeOf('#/nope')).toBeNull();
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
