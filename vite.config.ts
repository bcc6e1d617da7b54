import { defineConfig } from 'vite';

// The renderer is loaded from file:// in Electron and from 127.0.0.1 in browser mode: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: { outDir: '../dist/renderer', emptyOutDir: true },
});
