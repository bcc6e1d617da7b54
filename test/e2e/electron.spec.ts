import { _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';

const ROOT = join(import.meta.dirname, '..', '..');

/** Electron's binary, when `npm run electron:install` has fetched it; null otherwise. */
function electronBinary(): string | null {
  const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const SKIP_REASON =
  'Electron binary not installed (no internet here); run `npm run electron:install` to test the desktop shell.';
if (!binary) console.log(`Skipping the Electron tests: ${SKIP_REASON}`);

test.describe('the desktop shell (Electron)', () => {
  test.skip(binary === null, SKIP_REASON);

  test('opens the app locked down, with the API over IPC and sessions on disk', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [ROOT, '--no-sandbox', '--data-dir', dataDir],
    });
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Klantkompas' })).toBeVisible();
    // The page has the typed API, and nothing of Node or of ipcRenderer.
    const exposed = await page.evaluate(() => ({
      api: typeof window.klantkompas?.listSessions,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ipc: 'ipcRenderer' in (window.klantkompas ?? {}),
    }));
    expect(exposed).toEqual({
      api: 'function',
      require: 'undefined',
      process: 'undefined',
      ipc: false,
    });
    // window.open is denied.
    await page.evaluate(() => window.open('https://example.com'));
    expect(app.windows()).toHaveLength(1);

    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    await page.getByRole('dialog').getByLabel('Naam van de sessie').fill('Via Electron');
    await page.getByRole('dialog').getByRole('button', { name: 'Aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Via Electron');
    expect(await readdir(join(dataDir, 'sessions'))).toHaveLength(1);
    await page.screenshot({ path: 'test/artifacts/electron-window.png' });
    await app.close();
  });
});
