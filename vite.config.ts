import { defineConfig } from 'vite';

// The renderer is loaded from file:// in Electron and from 127.0.0.1 in browser mode: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // One bundle read from the local disk: its size costs nothing worth a warning at every build.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-router marks its modules "use client" for server frameworks; meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
