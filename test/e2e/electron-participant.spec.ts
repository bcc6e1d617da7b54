import { _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { ParticipantMode } from './pages/ParticipantMode';

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

test.describe('participant mode in the desktop window (Electron)', () => {
  test.skip(binary === null, 'Electron binary not installed; run `npm run electron:install`.');

  test('kiosk while in participant mode, closing refused; both undone by the PIN', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [ROOT, '--no-sandbox', '--data-dir', dataDir],
    });
    const page = await app.firstWindow();
    const isKiosk = () =>
      app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isKiosk());

    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    await page.getByRole('dialog').getByLabel('Naam van de sessie').fill('Kiosk');
    await page.getByRole('dialog').getByRole('button', { name: 'Aanmaken' }).click();
    const mode = new ParticipantMode(page);
    await mode.start();
    await expect.poll(isKiosk).toBe(true);

    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await expect(page.getByTestId('participant-page')).toBeVisible();
    expect(app.windows()).toHaveLength(1);

    await mode.leave();
    await expect.poll(isKiosk).toBe(false);
    await app.close();
  });
});
