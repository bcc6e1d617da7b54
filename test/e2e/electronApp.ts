import { _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Electron's binary, when `npm run electron:install` has fetched it; null otherwise. */
function electronBinary(): string | null {
  const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_BINARY = electronBinary();

/** The app from this checkout on a fresh data folder, with `extraArgs` (a file to open). */
export async function launchElectronApp(...extraArgs: string[]) {
  const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-electron-'));
  const app = await electron.launch({
    executablePath: ELECTRON_BINARY!,
    args: [ROOT, '--no-sandbox', '--data-dir', dataDir, ...extraArgs],
  });
  return { app, dataDir };
}
