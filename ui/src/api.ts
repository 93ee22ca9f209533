// The only way the UI talks to Rust: typed wrappers over the shell's
// commands. Outside the desktop window (unit tests, a plain browser) a small
// in-memory stand-in answers instead, so screens can be developed and tested
// without building the Rust side.
import { invoke, isTauri } from '@tauri-apps/api/core';

import type { Lang } from './i18n';

export interface AppInfo {
  version: string;
  data_dir: string;
  locales: string[];
}

export interface Settings {
  language: Lang;
}

/** Error shape returned by every command: branch on `code`, show `message`. */
export interface CommandError {
  code: string;
  message: string;
}

export function isCommandError(e: unknown): e is CommandError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

export interface Backend {
  appInfo(): Promise<AppInfo>;
  getSettings(): Promise<Settings>;
  setLanguage(code: Lang): Promise<Settings>;
}

export const tauriBackend: Backend = {
  appInfo: () => invoke<AppInfo>('app_info'),
  getSettings: () => invoke<Settings>('get_settings'),
  setLanguage: (code) => invoke<Settings>('set_language', { code }),
};

/** Stand-in used outside the desktop window. */
export function memoryBackend(initial: Settings = { language: 'fr' }): Backend {
  let settings = { ...initial };
  return {
    appInfo: async () => ({ version: 'web', data_dir: '(navigateur)', locales: ['fr', 'en', 'ar'] }),
    getSettings: async () => ({ ...settings }),
    setLanguage: async (code) => {
      settings = { ...settings, language: code };
      return { ...settings };
    },
  };
}

export function defaultBackend(): Backend {
  return isTauri() ? tauriBackend : memoryBackend();
}
