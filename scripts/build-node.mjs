// Bundles the Node side. dist/electron: the Electron main process and the preload (which runs
// sandboxed, so it must be one CommonJS file that only requires 'electron'). dist/node: the
// browser-mode server, so that `npm run serve` starts without compiling TypeScript first.
import { build } from 'esbuild';

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};
const electron = { ...node, format: 'cjs', external: ['electron'] };

await build({
  ...electron,
  entryPoints: ['main/electron/main.ts'],
  outfile: 'dist/electron/main.cjs',
});
await build({
  ...electron,
  entryPoints: ['main/electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
});
await build({
  ...node,
  format: 'esm',
  packages: 'external',
  entryPoints: ['main/serve.ts', 'main/launch.ts'],
  outdir: 'dist/node',
  outExtension: { '.js': '.mjs' },
});
