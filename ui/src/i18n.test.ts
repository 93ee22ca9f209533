import { describe, expect, it } from 'vitest';

import { LANGS, actionOn, bundleFor, direction, isLang, sourcesOf, translator } from './i18n';

// Every `t('key')` written in the UI's source must exist in the French file;
// the Rust tests check that every other locale has what French has.
const uiSources = import.meta.glob(['./**/*.tsx', './**/*.ts', '!./**/*.test.*'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function keysUsedByTheUi(): Set<string> {
  const keys = new Set<string>();
  for (const text of Object.values(uiSources)) {
    for (const m of text.matchAll(/\bt\(\s*'([a-z0-9-]+)'/g)) keys.add(m[1]);
    for (const m of text.matchAll(/(?:labelKey|title|empty|hint|label|help): '([a-z0-9-]+)'/g)) keys.add(m[1]);
    for (const m of text.matchAll(/\['([a-z]+-[a-z0-9-]+)', /g)) keys.add(m[1]);
  }
  return keys;
}

describe('texts', () => {
  it('loads the same Fluent files as Rust for each language', () => {
    for (const lang of LANGS) {
      expect(sourcesOf(lang).length, lang).toBeGreaterThan(0);
      expect(bundleFor(lang).hasMessage('app-name'), lang).toBe(true);
    }
  });

  it('has every key the UI uses, in every language', () => {
    const keys = keysUsedByTheUi();
    expect(keys.size).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const lang of LANGS) {
      for (const key of keys) if (!bundleFor(lang).hasMessage(key)) missing.push(`${lang}:${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('translates, isolating placeables for bidi', () => {
    expect(translator('fr')('nav-people')).toBe('Personnes');
    expect(translator('en')('nav-people')).toBe('People');
    expect(translator('ar')('nav-people')).toBe('الأشخاص');
    expect(translator('ar')('settings-version', { version: '0.1.0' })).toBe('الإصدار \u20680.1.0\u2069');
  });

  it('falls back to French then to the key', () => {
    expect(translator('ar')('no-such-key')).toBe('no-such-key');
  });

  it('knows which languages read right to left', () => {
    expect(LANGS.map(direction)).toEqual(['ltr', 'ltr', 'rtl']);
    expect(isLang('ar')).toBe(true);
    expect(isLang('de')).toBe(false);
  });

  it('names an action on something with each language’s punctuation', () => {
    const fr = translator('fr');
    expect(actionOn(fr, fr('interview-edit'), 'Nom de famille')).toBe('Modifier : Nom de famille');
    const en = translator('en');
    expect(actionOn(en, en('interview-edit'), 'Family name')).toBe('Edit: Family name');
    const ar = translator('ar');
    expect(actionOn(ar, 'حذف', 'BENALI')).toBe('حذف: BENALI');
    expect(ar('name-and-procedure', { name: 'A', procedure: 'B' }).replace(/[\u2068\u2069]/g, '')).toBe('A، B');
  });

  it('builds no accessible name by gluing French punctuation in the code', () => {
    // « ${t(…)} : ${…} » reads wrong in English and Arabic: the words and
    // their punctuation come from a Fluent message (actionOn).
    const glued = Object.entries(uiSources).filter(([, text]) => /aria-label=\{`/.test(text) || /\} : \$\{/.test(text));
    expect(glued.map(([path]) => path)).toEqual([]);
  });
});
