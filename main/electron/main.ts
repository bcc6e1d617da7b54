import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApi } from '../api';
import { DATA_DIR_ENV } from '../dataDir';
import { SessionStore } from '../store/sessionStore';
import { AppEventHub } from '../events/appEventHub';
import { watchSessionChanges } from '../events/watchSessionChanges';
import { LiveService } from '../live/liveService';
import { forwardAppEvents } from './appEvents';
import { projectorOpener } from './projectorWindow';
import { registerIpc } from './ipc';
import { guardParticipantMode, listenForParticipantMode } from './participantMode';
import { electronPdfExport } from './printPdf';
import { lockDownWebContents } from './security';
import { loadWindowState, rememberWindowState } from './windowState';

// Bundled to dist/electron/main.cjs; the renderer is dist/renderer, the preload beside us.
const preload = join(__dirname, 'preload.cjs');
const indexHtml = join(__dirname, '..', 'renderer', 'index.html');
const rendererRoot = pathToFileURL(join(__dirname, '..', 'renderer')).href + '/';
const isAppUrl = (url: string) => url.startsWith(rendererRoot);

let mainWindow: BrowserWindow | null = null;
/** Set once the store and the IPC are ready, so that windows may be made. */
let started = false;

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
  guardParticipantMode(mainWindow);
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
  // Live workshop: pushed events to the windows, the participant listener (off until started).
  const events = new AppEventHub();
  watchSessionChanges(store, (id, updatedAt) => events.sessionChanged(id, updatedAt));
  forwardAppEvents(events.subscribe, isAppUrl);
  const live = new LiveService({ store, events, rendererDir: join(__dirname, '..', 'renderer') });
  app.on('will-quit', () => void live.close());
  const api = createApi({
    store,
    transport: 'electron',
    version: app.getVersion(),
    exportPdf: electronPdfExport(store, { preload, indexHtml, parent: () => mainWindow }),
    live,
    openProjector: projectorOpener({ preload, indexHtml }),
  });
  registerIpc(api, isAppUrl);
  listenForParticipantMode(isAppUrl);
  started = true;
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// One app per computer account: a second launch brings the first window forward and quits, so
// that two windows never edit the same session (the CLI is kept in step by the session lock).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!started) return; // Still starting: the first window is on its way.
    if (!mainWindow) return createWindow(); // macOS: running without a window.
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  void start();
}
