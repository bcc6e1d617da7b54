import type { Page } from '@playwright/test';
import type { MenuCommand } from '../../shared/contracts/windowShell';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, lastLine, test, type App } from './fixtures';
import { HomePage } from './pages/HomePage';

/**
 * The page's side of the desktop shell, in browser mode: a session file dropped on the window,
 * and the application menu's commands. Electron's preload is stood in for by a bridge the test
 * drives (the same `window.klantkompasWindow` shape); main's side is tested in
 * test/unit/electron-wiring.test.ts, and with the real binary in electron.spec.ts.
 */
async function standInForTheWindowBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const listeners = new Set<(command: unknown) => void>();
    const said: string[] = [];
    Object.assign(window, {
      klantkompasWindow: {
        participantMode: () => {},
        language: (language: string) => said.push(language),
        onMenuCommand: (listener: (command: unknown) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      testMenu: {
        send: (command: unknown) => listeners.forEach((listener) => listener(command)),
        languages: said,
      },
    });
  });
}

function menu(page: Page, command: MenuCommand): Promise<void> {
  return page.evaluate(
    (c) => (window as unknown as { testMenu: { send(c: unknown): void } }).testMenu.send(c),
    command,
  );
}

async function drop(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    { name, text },
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** The session as `sessions export` writes it. */
async function exported(app: App, id: string): Promise<string> {
  const file = join(app.dataDir, `${id}.klantkompas.json`);
  await app.cli('sessions', 'export', id, '--out', file);
  return readFile(file, 'utf8');
}

test('a session file dropped on the window is imported after one question, and opens', async ({
  page,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Zorggroep De Linde MT'));
  const json = await exported(app, id);
  const home = new HomePage(page);
  await home.open(app.url);

  // A damaged file: the import refuses it in plain words, and nothing is added.
  await drop(page, 'kapot.klantkompas.json', '{"name": "half');
  const question = page.getByRole('dialog', { name: 'Sessie openen' });
  await expect(question).toContainText('"kapot.klantkompas.json" importeren als sessie');
  await question.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await app.sessionFiles()).toEqual([`${id}.json`]);

  // Cancelled: nothing happens.
  await drop(page, 'mt.klantkompas.json', json);
  await question.getByRole('button', { name: 'Annuleren' }).click();
  await expect(question).toBeHidden();
  expect(await app.sessionFiles()).toEqual([`${id}.json`]);

  await drop(page, 'mt.klantkompas.json', json);
  await question.getByRole('button', { name: 'Importeren' }).click();
  // The same session is there already: it comes in as a new one, and opens.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zorggroep De Linde MT');
  await expect(page).not.toHaveURL(new RegExp(id));
  expect(await app.sessionFiles()).toHaveLength(2);
  await page.screenshot({ path: 'test/artifacts/desktop-shell-imported.png' });
});

test('the desktop menu: new session, files opened from the system, undo of the session or of the typing', async ({
  page,
  app,
}) => {
  await standInForTheWindowBridge(page);
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Menu'));
  const home = new HomePage(page);
  await home.open(app.url);
  // The page tells the shell its language; the menu follows the switch.
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { testMenu: { languages: string[] } }).testMenu.languages,
      ),
    )
    .toEqual(['nl']);

  await menu(page, { type: 'newSession' });
  await expect(page.getByRole('dialog').getByLabel('Naam van de sessie')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

  // A file the system asked the app to open: asked once; one picked in the menu's dialog: not.
  await menu(page, { type: 'openFileFailed', name: 'groot.json', reason: 'tooLarge' });
  const tooLarge = page.getByRole('alert').filter({ hasText: '"groot.json" is te groot' });
  await expect(tooLarge).toBeVisible();
  await tooLarge.getByRole('button').click();
  const json = await exported(app, id);
  await menu(page, { type: 'openFile', name: 'menu.klantkompas.json', text: json, ask: false });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Menu');

  // Undo: the session's last change, or the typing when the cursor is in a text field.
  await page.getByRole('tab', { name: 'Instellingen' }).click();
  await page.getByLabel('Nieuwe groep').fill('management');
  await page.getByRole('button', { name: 'Groep toevoegen' }).click();
  await expect(page.getByTestId('group')).toHaveCount(1);
  const name = page.getByLabel('Naam van de sessie');
  await name.click();
  await name.press('End');
  await name.pressSequentially(' X');
  await menu(page, { type: 'undo' });
  await expect(name).not.toHaveValue('Menu X');
  await expect(page.getByTestId('group')).toHaveCount(1);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await menu(page, { type: 'undo' });
  await expect(page.getByTestId('group')).toHaveCount(0);
  await menu(page, { type: 'redo' });
  await expect(page.getByTestId('group')).toHaveCount(1);
  const opened = /#\/session\/([a-z0-9-]+)\//.exec(page.url())![1]!;
  expect((await app.sessionOnDisk(opened)).groups).toHaveLength(1);
});
