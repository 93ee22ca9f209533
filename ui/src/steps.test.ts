import { describe, expect, it } from 'vitest';

import type { Step } from './api';
import { LANGS, translator } from './i18n';
import { stepText } from './screens/DeadlineParts';
// Written by `cargo test -p permanence-tests --test steps` from what the
// Rust side (crates/texts/src/steps.rs) says of each step.
import fixture from './testing/steps.fixture.json';

const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('a deadline explanation in the worker’s language', () => {
  const entries = fixture as unknown as ({ step: Step } & Record<(typeof LANGS)[number], string>)[];

  it('covers every kind of step', () => {
    const kinds = new Set(entries.map((e) => e.step.kind));
    // A Record over the kinds: a kind added in Rust fails to compile here
    // until it is listed (and so checked against the fixture).
    const every: Record<Step['kind'], true> = {
      count: true,
      franc: true,
      'franc-after-month-end': true,
      'moved-forward': true,
      suspended: true,
      'suspension-running': true,
      assumed: true,
      'not-enforceable': true,
    };
    expect([...kinds].sort()).toEqual(Object.keys(every).sort());
  });

  for (const lang of LANGS) {
    it(`says each step as Rust does, in ${lang}`, () => {
      const t = translator(lang);
      for (const entry of entries) {
        expect(plain(stepText(t, entry.step)), JSON.stringify(entry.step)).toBe(entry[lang]);
      }
    });
  }
});
