import { isTauri } from '@tauri-apps/api/core';
import { render } from 'preact';

import { App } from './App';
import { type Backend, tauriBackend } from './api';
import './styles.css';

/** The shell's commands in the desktop window. Only a development server
 * (`npm run dev`, a plain browser) falls back to the in-memory stand-in:
 * `import.meta.env.DEV` is false in `vite build`, so the dynamic import is
 * dropped and the stand-in never ships. */
async function backend(): Promise<Backend> {
  if (import.meta.env.DEV && !isTauri()) {
    const { memoryBackend } = await import('./testing/memory');
    return memoryBackend({ vault: { exists: false, unlocked: false } });
  }
  return tauriBackend;
}

const root = document.getElementById('app');
if (root) {
  const element = root;
  void backend().then((b) => render(<App backend={b} />, element));
}
