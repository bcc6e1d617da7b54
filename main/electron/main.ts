import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApi } from '../api';
import { DATA_DIR_ENV } from '../dataDir';
import { SessionStore } from '../store/sessionStore';
import { registerIpc } from './ipc';
import { electronPdfExport } from './printPdf';
import { lockDownWebContents } from './security';
import { loadWindowState, rememberWindowState } from './windowState';

// Bundled to dist/electron/main.cjs; the renderer is dist/renderer, the preload beside us.
const preload = join(__dirname, 'preload.cjs');
const indexHtml = join(__dirname, '..', 'renderer', 'index.html');
const rendererRoot = pathToFileURL(join(__dirname, '..', 'renderer')).href + '/';
const isAppUrl = (url: string) => url.startsWith(rendererRoot);

let mainWindow: BrowserWindow | null = null;

/** `--data-dir DIR` / `--data-dir=DIR`, else $KLANTKOMPAS_DATA_DIR, else Electron's userData. */
function dataDir(): string {
  const args = process.argv;
  const index = args.indexOf('--data-dir');
  const inline = args.find((a) => a.startsWith('--data-dir='));
  return (
    (index >= 0 ? args[index + 1] : undefined) ??
    inline?.slice('--data-dir='.length) ??
    process.env[DATA_DIR_ENV] ??
    app.getPath('userData')
  );
}

function createWindow(): void {
  const state = loadWindowState();
  mainWindow = new BrowserWindow({
    ...state.bounds,
    minWidth: 800,
    minHeight: 560,
    title: 'Klantkompas',
    show: false,
    webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  if (state.maximized) mainWindow.maximize();
  rememberWindowState(mainWindow);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadFile(indexHtml);
}

async function start(): Promise<void> {
  lockDownWebContents(isAppUrl);
  await app.whenReady();
  let store: SessionStore;
  try {
    store = await SessionStore.open(dataDir());
  } catch (error) {
    dialog.showErrorBox('Klantkompas', (error as Error).message);
    app.exit(1);
    return;
  }
  const api = createApi({
    store,
    transport: 'electron',
    version: app.getVersion(),
    exportPdf: electronPdfExport(store, { preload, indexHtml, parent: () => mainWindow }),
  });
  registerIpc(api, isAppUrl);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void start();
