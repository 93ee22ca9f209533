// The contract between the window and the shell, checked from both sides'
// sources: every command the UI invokes is registered by the shell and the
// other way round, and the in-memory stand-in stays out of the product.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

const UI = join(__dirname, '..');
const read = (path: string) => readFileSync(join(UI, path), 'utf8');

/** The names listed in the shell's `tauri::generate_handler![…]`. */
function shellCommands(): string[] {
  const shell = read('../src-tauri/src/lib.rs');
  const list = /generate_handler!\[([^\]]*)\]/.exec(shell);
  if (!list) throw new Error('generate_handler! not found in src-tauri/src/lib.rs');
  return list[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .sort();
}

/** The commands `tauriBackend` invokes. */
function uiCommands(): string[] {
  const api = read('src/api.ts');
  return [...new Set([...api.matchAll(/invoke(?:<[^>]*>)?\('([a-z_]+)'/g)].map((m) => m[1]))].sort();
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

describe('the contract with the shell', () => {
  it('invokes exactly the commands the shell registers', () => {
    const shell = shellCommands();
    const ui = uiCommands();
    expect(shell.length).toBeGreaterThan(50);
    expect(ui.filter((c) => !shell.includes(c))).toEqual([]);
    expect(shell.filter((c) => !ui.includes(c))).toEqual([]);
  });

  it('keeps the stand-in out of every production source', () => {
    const product = sources(join(UI, 'src')).filter((f) => !/\.test\.tsx?$/.test(f) && !f.includes('/testing/') && !f.endsWith('test-helpers.ts'));
    const importers = product.filter((f) => /from '\.\.?\/(?:\.\.\/)?testing\//.test(readFileSync(f, 'utf8'))).map((f) => relative(UI, f));
    // main.tsx loads it only behind import.meta.env.DEV, which vite build
    // replaces by false; checked on the built bundle below.
    expect(importers).toEqual([]);
    expect(read('src/main.tsx')).toMatch(/if \(import\.meta\.env\.DEV && !isTauri\(\)\) \{\n\s*const \{ memoryBackend \} = await import\('\.\/testing\/memory'\)/);
  });

  it('ships no stand-in in the built bundle', () => {
    // Built into a folder of its own so the test does not depend on (or
    // disturb) ui/dist.
    const out = join(UI, '../target/ui-contract-dist');
    // npm workspaces put the binaries at the root, a lone install in ui/.
    const vite = [join(UI, 'node_modules/.bin/vite'), join(UI, '../node_modules/.bin/vite')].find((p) => existsSync(p));
    if (!vite) throw new Error('vite is not installed: run npm ci');
    execFileSync(vite, ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: UI,
      // Vitest sets NODE_ENV=test, which would make a development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const js = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) {
      const text = readFileSync(join(out, 'assets', f), 'utf8');
      // Names of the stand-in's sample dossiers: only in testing/memory.ts.
      expect(text.includes('Okafor'), f).toBe(false);
      expect(text.includes('Thi Lan'), f).toBe(false);
    }
    expect(js.filter((f) => f.startsWith('memory'))).toEqual([]);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  }, 120_000);

  it('gives screens the texts and the backend through the context, never as props', () => {
    // services.ts: App provides them once; threading them by hand through
    // every level is what the context replaced.
    const screens = readdirSync(join(UI, 'src/screens')).map((f) => `src/screens/${f}`);
    const passed = /\bt=\{t\}|\bbackend=\{backend\}/;
    const declared = /\bt: Translate;|\bbackend: Backend;/;
    // App itself receives the backend: it is the one that provides it.
    const threaded = [...screens.filter((f) => passed.test(read(f)) || declared.test(read(f))), ...(passed.test(read('src/App.tsx')) ? ['src/App.tsx'] : [])];
    expect(threaded).toEqual([]);
  });
});
