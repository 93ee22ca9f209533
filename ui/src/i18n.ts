// The UI's texts: the very same Fluent files as the Rust side
// (locales/<lang>/*.ftl), bundled at build time so nothing is fetched.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export type Lang = 'fr' | 'en' | 'ar';
export const LANGS: readonly Lang[] = ['fr', 'en', 'ar'];
export const REFERENCE: Lang = 'fr';

/** Name of each language in itself, for the picker. */
export const AUTONYMS: Record<Lang, string> = { fr: 'Français', en: 'English', ar: 'العربية' };

// Interface texts and each démarche's texts (locales/<lang>/procedures/).
const files = import.meta.glob(['../../locales/*/*.ftl', '../../locales/*/procedures/*.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function sourcesOf(lang: Lang): string[] {
  return Object.entries(files)
    .filter(([path]) => path.includes(`/locales/${lang}/`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, text]) => text);
}

export function isLang(code: unknown): code is Lang {
  return typeof code === 'string' && (LANGS as readonly string[]).includes(code);
}

export function direction(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export type Translate = (key: string, args?: Record<string, FluentVariable>) => string;

const bundles = new Map<Lang, FluentBundle>();

export function bundleFor(lang: Lang): FluentBundle {
  let bundle = bundles.get(lang);
  if (!bundle) {
    // useIsolating wraps placeables in FSI/PDI, so a Latin name or path
    // inside an Arabic sentence keeps its own direction.
    bundle = new FluentBundle(lang, { useIsolating: true });
    for (const text of sourcesOf(lang)) {
      const errors = bundle.addResource(new FluentResource(text));
      if (errors.length > 0) console.error(`locales/${lang}:`, errors);
    }
    bundles.set(lang, bundle);
  }
  return bundle;
}

/** A translate function for `lang`, falling back to French, then the key. */
export function translator(lang: Lang): Translate {
  const chain = lang === REFERENCE ? [bundleFor(lang)] : [bundleFor(lang), bundleFor(REFERENCE)];
  return (key, args) => {
    for (const bundle of chain) {
      const message = bundle.getMessage(key);
      if (message?.value) return bundle.formatPattern(message.value, args);
    }
    return key;
  };
}

/** Applies language and direction to the whole document. */
export function applyToDocument(lang: Lang, doc: Document = document): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = direction(lang);
}

/**
 * An accessible name for a button or link that acts on something
 * (« Modifier : Nom de famille »), with the language's own punctuation.
 * It is spoken, not drawn: the isolation marks are left out, so a screen
 * reader has nothing to skip.
 */
export function actionOn(t: Translate, action: string, target: string): string {
  return t('action-on', { action, target }).replace(/[\u2068\u2069]/g, '');
}
