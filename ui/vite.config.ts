import { defineConfig } from 'vitest/config';

// The UI is served from the binary by Tauri: no dev server is needed to run
// the app, and nothing is ever loaded from the network.
export default defineConfig({
  // Relative asset URLs so the built files work from Tauri's custom protocol.
  base: './',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  server: {
    // ../locales and ../assets are shared with the Rust side.
    fs: { allow: ['..'] },
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari15',
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
  },
});
