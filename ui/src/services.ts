// What every screen needs and nothing should thread by hand: the texts in
// the worker's language and the bridge to Rust. App provides them; a
// screen reads them with useT() and useBackend().
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

import type { Backend } from './api';
import type { Translate } from './i18n';

export interface Services {
  t: Translate;
  backend: Backend;
}

export const ServicesContext = createContext<Services | null>(null);

function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('a screen was drawn outside <ServicesContext.Provider> (App provides it)');
  return services;
}

/** The translate function of the worker's language. */
export function useT(): Translate {
  return useServices().t;
}

/** The bridge to Rust (the in-memory stand-in in tests). */
export function useBackend(): Backend {
  return useServices().backend;
}
