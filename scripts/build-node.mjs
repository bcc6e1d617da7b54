// Bundles the Node side. dist/electron: the Electron main process and the preload (which runs
// sandboxed, so it must be one CommonJS file that only requires 'electron'). dist/node: the
// browser-mode server and the CLI (cli.mjs, run by bin/klantkompas.mjs), so that `npm run serve`
// and `klantkompas` start without compiling TypeScript first.
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // What users run: no freezing of sessions before each command (main/store/freezeBeforeApply.ts).
  define: { 'process.env.NODE_ENV': '"production"' },
};
const electron = { ...node, format: 'cjs', external: ['electron'] };
// A dynamic import() stays one (splitting): Playwright, seconds to load, is loaded only when a
// PDF is printed, not at every start of the server or the CLI.
const esm = {
  ...node,
  format: 'esm',
  splitting: true,
  outdir: 'dist/node',
  outExtension: { '.js': '.mjs' },
  metafile: true,
};

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
const server = await build({
  ...esm,
  packages: 'external',
  entryPoints: { serve: 'main/serve.ts', launch: 'main/launch.ts' },
  chunkNames: 'chunks/[name]-[hash]',
});
// The CLI starts for every command, so its packages are bundled too: resolving and loading
// zod, lowdb and papaparse from node_modules file by file costs more than the command itself
// (`sessions list`). Playwright stays outside (its own files and browsers list). `require` is
// given to the bundled CommonJS packages (papaparse), which ESM output does not have.
const cli = await build({
  ...esm,
  external: ['playwright-core'],
  entryPoints: { cli: 'main/cli/main.ts' },
  chunkNames: 'chunks/cli-[name]-[hash]',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

// Chunk names change with their content: remove those of earlier builds (files are replaced,
// never the folder, so a server started from dist/node meanwhile still finds its files).
const written = new Set(
  [server, cli].flatMap((result) => Object.keys(result.metafile.outputs)).map((f) => resolve(f)),
);
for (const name of await readdir('dist/node/chunks')) {
  const file = resolve(join('dist/node/chunks', name));
  if (!written.has(file)) await rm(file);
}
