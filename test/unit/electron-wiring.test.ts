import { mkdtemp, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MAX_SESSION_IMPORT_BYTES } from '../../shared/api';
import { API_METHODS, IPC_CHANNEL_PREFIX } from '../../shared/apiMethods';
import {
  LANGUAGE_CHANNEL,
  MENU_COMMAND_CHANNEL,
  PARTICIPANT_MODE_CHANNEL,
  type MenuCommand,
} from '../../shared/contracts/windowShell';
import { menuTemplate, type MenuActions, type PageCommand } from '../../main/electron/appMenu';
import { menuText } from '../../main/electron/menuMessages';
import * as electron from './electronDouble';

// Every `electron` import in main/electron/* gets the double.
vi.mock('electron', () => import('./electronDouble'));

const { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } = electron;
const RENDERER = join(import.meta.dirname, '..', '..', 'main', 'renderer');
const APP_URL = pathToFileURL(join(RENDERER, 'index.html')).href;

let dataDir: string;
let appWindow: electron.BrowserWindow;

/** An IPC event as main sees it, from a frame at `url`, sent by `sender`. */
function ipcEvent(url: string, sender = appWindow.webContents) {
  return { senderFrame: { url }, sender };
}

function invoke(method: string, args: unknown[], url = APP_URL) {
  const handler = ipcMain.handlers.get(`${IPC_CHANNEL_PREFIX}${method}`)!;
  return (handler as (event: unknown, args: unknown) => Promise<unknown>)(ipcEvent(url), args);
}

/** Menu commands the app window's page received. */
function pageCommands(): MenuCommand[] {
  return appWindow.webContents.sent
    .filter((s) => s.channel === MENU_COMMAND_CHANNEL)
    .map((s) => s.message as MenuCommand);
}

function menuItems(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : []),
  ]);
}

function clickable(item: MenuItemConstructorOptions) {
  return item.click as unknown as () => void;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-electron-wiring-'));
  app.userData = dataDir;
  process.env.KLANTKOMPAS_DATA_DIR = dataDir;
  await import('../../main/electron/main');
  // The main process starts asynchronously (the store opens first); then the window is made.
  await vi.waitFor(() => expect(BrowserWindow.all).toHaveLength(1));
  appWindow = BrowserWindow.all[0]!;
});

describe('the Electron main process (wiring against an electron test double)', () => {
  it('registers exactly one IPC handler per API method, and nothing else', () => {
    const expected = API_METHODS.map((method) => `${IPC_CHANNEL_PREFIX}${method}`).sort();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(expected);
    for (const channel of expected) expect(ipcMain.handleCount.get(channel)).toBe(1);
  });

  it('answers the app page and refuses a frame that is not the app page', async () => {
    expect(await invoke('info', [])).toMatchObject({ ok: true, value: { dataDir } });
    for (const url of ['https://example.com/', 'file:///tmp/other/index.html', '']) {
      expect(await invoke('listSessions', [], url)).toEqual({
        ok: false,
        error: { code: 'invalidInput', message: 'Unknown sender.' },
      });
    }
    const noFrame = ipcMain.handlers.get(`${IPC_CHANNEL_PREFIX}info`)! as (
      e: unknown,
      a: unknown,
    ) => Promise<unknown>;
    expect(await noFrame({ senderFrame: null }, [])).toMatchObject({ ok: false });
  });

  it('makes every window isolated, sandboxed and without Node, the projector window too', async () => {
    const session = (await invoke('createSession', [{ name: 'Projector' }])) as {
      value: { id: string };
    };
    await invoke('openProjector', [session.value.id, 'culture']);
    expect(BrowserWindow.all).toHaveLength(2);
    for (const window of BrowserWindow.all) {
      expect(window.options.webPreferences).toEqual({
        preload: expect.stringMatching(/preload\.cjs$/),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
    }
    expect(BrowserWindow.all[1]!.loaded?.hash).toBe(`/projector/${session.value.id}/culture`);
  });

  it('denies navigation away from the app, new windows, webviews and every permission', () => {
    const contents = new electron.FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.fire('will-navigate', 'https://example.com/').defaultPrevented).toBe(true);
    expect(contents.fire('will-redirect', 'file:///etc/passwd').defaultPrevented).toBe(true);
    expect(contents.fire('will-navigate', `${APP_URL}#/`).defaultPrevented).toBe(false);
    expect(contents.fire('will-attach-webview').defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const granted = vi.fn();
    session.defaultSession.permissionRequest!(...([null, 'media', granted] as never[]));
    expect(granted).toHaveBeenCalledWith(false);
    expect(session.defaultSession.permissionCheck!()).toBe(false);
  });

  it('builds the menu in the language the page speaks', () => {
    const labels = () =>
      (Menu.current!.template as MenuItemConstructorOptions[]).map((item) => item.label);
    expect(labels()).toContain('Bestand');
    ipcMain.emit(LANGUAGE_CHANNEL, ipcEvent(APP_URL), 'en');
    expect(labels()).toContain('File');
    // Another frame cannot change it.
    ipcMain.emit(LANGUAGE_CHANNEL, ipcEvent('https://example.com/'), 'nl');
    expect(labels()).toContain('File');
  });

  it('sends each page command of the menu to the app page, none while it is in participant mode', () => {
    const items = menuItems(Menu.current!.template as MenuItemConstructorOptions[]);
    const byLabel = (label: string) => items.find((item) => item.label === label)!;
    appWindow.webContents.sent.length = 0;
    for (const label of [
      'New session',
      'Export session…',
      'Export report as PDF…',
      'Undo',
      'Redo',
    ]) {
      clickable(byLabel(label))();
    }
    expect(pageCommands().map((c) => c.type)).toEqual([
      'newSession',
      'exportSession',
      'exportPdf',
      'undo',
      'redo',
    ]);
    ipcMain.emit(PARTICIPANT_MODE_CHANNEL, ipcEvent(APP_URL), true);
    expect(appWindow.kiosk).toBe(true);
    clickable(byLabel('Undo'))();
    expect(pageCommands()).toHaveLength(5);
    ipcMain.emit(PARTICIPANT_MODE_CHANNEL, ipcEvent(APP_URL), false);
    clickable(byLabel('Undo'))();
    expect(pageCommands()).toHaveLength(6);
  });

  it('zooms the focused window one step, remembered per kind of window', () => {
    const items = menuItems(Menu.current!.template as MenuItemConstructorOptions[]);
    const projector = BrowserWindow.all[1]!;
    projector.focus();
    clickable(items.find((item) => item.label === 'Zoom in')!)();
    clickable(items.find((item) => item.label === 'Zoom in')!)();
    expect(projector.webContents.zoomLevel).toBeCloseTo(1.22);
    appWindow.focus();
    expect(appWindow.webContents.zoomLevel).toBe(0);
    clickable(items.find((item) => item.label === 'Zoom out')!)();
    expect(appWindow.webContents.zoomLevel).toBeCloseTo(-0.58);
    // Each window gets its own level back when it gains the focus.
    projector.focus();
    expect(projector.webContents.zoomLevel).toBeCloseTo(1.22);
    const stored = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'));
    expect(stored.zoom).toEqual({ projector: 1.22, app: -0.58 });
  });

  it('hands a session file from a second launch to the page, which imports it through the validated import', async () => {
    const exported = (await invoke('createSession', [{ name: 'Opened from disk' }])) as {
      value: { id: string };
    };
    const file = (await invoke('exportSession', [exported.value.id])) as {
      value: { json: string };
    };
    await invoke('deleteSession', [exported.value.id]);
    const path = join(dataDir, 'mt-sessie.klantkompas.json');
    await writeFile(path, file.value.json);
    appWindow.webContents.sent.length = 0;
    app.emit(
      'second-instance',
      {},
      ['/opt/Klantkompas/klantkompas', 'mt-sessie.klantkompas.json'],
      dataDir,
    );
    await vi.waitFor(() => expect(pageCommands()).toHaveLength(1));
    const command = pageCommands()[0]!;
    expect(command).toEqual({
      type: 'openFile',
      name: 'mt-sessie.klantkompas.json',
      text: file.value.json,
      ask: true,
    });
    // What the page does after asking (renderer/src/home/useSessionImport.ts): the API's import.
    const imported = await invoke('importSession', [(command as { text: string }).text]);
    expect(imported).toMatchObject({ ok: true, value: { summary: { name: 'Opened from disk' } } });
    // A damaged file is refused by that import, with a message, and stores nothing.
    const before = await invoke('listSessions', []);
    expect(await invoke('importSession', ['{"not": "a session"'])).toMatchObject({
      ok: false,
      error: { code: 'invalidImport' },
    });
    expect(await invoke('listSessions', [])).toEqual(before);
  });

  it('reads nothing past the import limit: the page hears why instead', async () => {
    const big = join(dataDir, 'big.klantkompas.json');
    await writeFile(big, Buffer.alloc(MAX_SESSION_IMPORT_BYTES + 1, 32));
    appWindow.webContents.sent.length = 0;
    app.fire('open-file', big);
    await vi.waitFor(() => expect(pageCommands()).toHaveLength(1));
    expect(pageCommands()[0]).toEqual({
      type: 'openFileFailed',
      name: 'big.klantkompas.json',
      reason: 'tooLarge',
    });
  });

  it('imports the file picked in the menu open dialog without asking again', async () => {
    const path = join(dataDir, 'picked.json');
    await writeFile(path, '{}');
    dialog.openPaths = [path];
    appWindow.webContents.sent.length = 0;
    const items = menuItems(Menu.current!.template as MenuItemConstructorOptions[]);
    clickable(items.find((item) => item.label === 'Import session…')!)();
    await vi.waitFor(() => expect(pageCommands()).toHaveLength(1));
    expect(pageCommands()[0]).toEqual({
      type: 'openFile',
      name: 'picked.json',
      text: '{}',
      ask: false,
    });
  });

  it('opens the data folder and the about box from the menu', async () => {
    const items = menuItems(Menu.current!.template as MenuItemConstructorOptions[]);
    clickable(items.find((item) => item.label === 'Open data folder')!)();
    expect(shell.opened).toContain(dataDir);
    clickable(items.find((item) => item.label === 'About Klantkompas')!)();
    await vi.waitFor(() => expect(dialog.messageBoxes).toHaveLength(1));
    expect(dialog.messageBoxes[0]).toMatchObject({
      message: 'Klantkompas 0.1.0-test',
      detail: expect.stringContaining(dataDir),
    });
  });
});

describe('the application menu (wiring against an electron test double)', () => {
  /** Roles Electron implements itself; anything else must have a click of ours. */
  const ROLES = new Set([
    'services',
    'hide',
    'hideOthers',
    'unhide',
    'quit',
    'cut',
    'copy',
    'paste',
    'selectAll',
    'togglefullscreen',
    'minimize',
    'zoom',
    'front',
    'close',
    'help',
  ]);
  const rendererSource = (dir: string): string =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
      .join('\n');
  const renderer = rendererSource(join(import.meta.dirname, '..', '..', 'renderer', 'src'));

  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    for (const language of ['nl', 'en'] as const) {
      it(`${platform}, ${language}: every item is a role or calls one of our actions, and the page handles every command`, () => {
        const calls: string[] = [];
        const actions: MenuActions = {
          page: (command: PageCommand) => void calls.push(`page:${command}`),
          importSession: () => void calls.push('importSession'),
          openDataFolder: () => void calls.push('openDataFolder'),
          zoom: (step) => void calls.push(`zoom:${step}`),
          about: () => void calls.push('about'),
        };
        const template = menuTemplate(actions, {
          platform,
          text: menuText(language),
          appName: 'Klantkompas',
        });
        for (const item of menuItems(template)) {
          if (item.type === 'separator' || Array.isArray(item.submenu)) continue;
          if (item.role) {
            expect(ROLES).toContain(item.role);
            continue;
          }
          expect(item.label, 'a menu item without label').toBeTruthy();
          const before = calls.length;
          clickable(item)();
          expect(calls.length, `${item.label} does nothing`).toBe(before + 1);
        }
        for (const call of calls.filter((c) => c.startsWith('page:'))) {
          const type = call.slice('page:'.length);
          expect(renderer, `no page handler for ${type}`).toContain(`useMenuCommand('${type}'`);
        }
        expect(new Set(calls)).toEqual(
          new Set([
            'page:newSession',
            'page:exportSession',
            'page:exportPdf',
            'page:undo',
            'page:redo',
            'importSession',
            'openDataFolder',
            'zoom:1',
            'zoom:-1',
            'zoom:0',
            'about',
          ]),
        );
        const top = template.map((item) => item.label ?? item.role);
        expect(top[0]).toBe(platform === 'darwin' ? 'Klantkompas' : menuText(language).file);
        // Quit sits in the app menu on macOS, in File elsewhere; never twice.
        expect(menuItems(template).filter((item) => item.role === 'quit')).toHaveLength(1);
      });
    }
  }
});
