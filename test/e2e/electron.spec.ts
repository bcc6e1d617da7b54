import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELECTRON_BINARY as binary, launchElectronApp as launch } from './electronApp';
import { expect, test } from './fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const SKIP_REASON =
  'Electron binary not installed (no internet here); run `npm run electron:install` to test the desktop shell.';
if (!binary) console.log(`Skipping the Electron tests: ${SKIP_REASON}`);

test.describe('the desktop shell (Electron)', () => {
  test.skip(binary === null, SKIP_REASON);

  test('opens the app locked down, with the API over IPC and sessions on disk', async () => {
    const { app, dataDir } = await launch();
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

  test('the application menu: new session, undo of the session, zoom per window', async () => {
    const { app } = await launch();
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Klantkompas' })).toBeVisible();
    /** Clicks File/Edit/View → item, as the facilitator would with the mouse. */
    const click = (menu: string, item: string) =>
      app.evaluate(
        ({ Menu }, [menu, item]) => {
          const top = Menu.getApplicationMenu()!.items.find((i) => i.label === menu)!;
          top.submenu!.items.find((i) => i.label === item)!.click();
        },
        [menu, item] as const,
      );
    await click('Bestand', 'Nieuwe sessie');
    await page.getByRole('dialog').getByLabel('Naam van de sessie').fill('Menu');
    await page.getByRole('dialog').getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByLabel('Nieuwe groep').fill('management');
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await expect(page.getByTestId('group')).toHaveCount(1);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await click('Bewerken', 'Ongedaan maken');
    await expect(page.getByTestId('group')).toHaveCount(0);
    // The menu follows the app's language.
    await page.getByRole('button', { name: 'EN' }).click();
    await expect
      .poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((i) => i.label)))
      .toContain('File');

    // The projector window keeps its own zoom.
    const id = /#\/session\/([a-z0-9-]+)\//.exec(page.url())![1]!;
    await page.evaluate((id) => window.klantkompas!.openProjector(id, 'culture'), id);
    await expect.poll(() => app.windows().length).toBe(2);
    const projector = app.windows().find((w) => w.url().includes('#/projector/'))!;
    await projector.bringToFront();
    await click('View', 'Zoom in');
    const zoom = () =>
      app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => [
          w.webContents.getURL().includes('#/projector/'),
          w.webContents.getZoomLevel(),
        ]),
      );
    await page.bringToFront();
    // One step in (Chromium's 110%) for the projector, the app window stays at 100%.
    await expect.poll(zoom).toEqual(
      expect.arrayContaining([
        [false, 0],
        [true, 0.52],
      ]),
    );
    await app.close();
  });

  test('a session file given at launch is imported after one question, and opens', async () => {
    const source = await mkdtemp(join(tmpdir(), 'klantkompas-electron-file-'));
    const file = join(source, 'mt.klantkompas.json');
    const cli = (...args: string[]) =>
      execFileSync(
        process.execPath,
        [join(ROOT, 'dist', 'node', 'cli.mjs'), ...args, '--data-dir', source],
        { encoding: 'utf8' },
      );
    const id = cli('sessions', 'create', '--name', 'Van schijf').trim().split('\n').at(-1)!.trim();
    cli('sessions', 'export', id, '--out', file);
    const { app, dataDir } = await launch(file);
    const page = await app.firstWindow();
    const question = page.getByRole('dialog', { name: 'Sessie openen' });
    await expect(question).toContainText('"mt.klantkompas.json" importeren als sessie');
    await question.getByRole('button', { name: 'Importeren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Van schijf');
    expect(await readdir(join(dataDir, 'sessions'))).toEqual([`${id}.json`]);
    await app.close();
  });
});
