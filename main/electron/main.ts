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
import { startDesktopShell } from './desktopShell';
import { FileOpenQueue, sessionFileArgs } from './openFiles';
import { projectorOpener } from './projectorWindow';
import { registerIpc } from './ipc';
import { guardParticipantMode, listenForParticipantMode } from './participantMode';
import { electronPdfExport } from './printPdf';
import { appWebPreferences, lockDownWebContents } from './security';
import { loadWindowState, rememberWindowState } from './windowState';
import { keepZoom } from './zoom';

// Bundled to dist/electron/main.cjs; the renderer is dist/renderer, the preload beside us.
const preload = join(__dirname, 'preload.cjs');
const indexHtml = join(__dirname, '..', 'renderer', 'index.html');
const licencesFile = join(__dirname, '..', 'licences.txt');
const rendererRoot = pathToFileURL(join(__dirname, '..', 'renderer')).href + '/';
const isAppUrl = (url: string) => url.startsWith(rendererRoot);

let mainWindow: BrowserWindow | null = null;
/** Set once the store and the IPC are ready, so that windows may be made. */
let started = false;
/** Session files the system asked us to open; they wait for the app window's page. */
const files = new FileOpenQueue();

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

function createWindow(): BrowserWindow {
  const state = loadWindowState();
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 800,
    minHeight: 560,
    title: 'Klantkompas',
    show: false,
    webPreferences: appWebPreferences(preload),
  });
  mainWindow = window;
  if (state.maximized) window.maximize();
  rememberWindowState(window);
  keepZoom(window, 'app');
  guardParticipantMode(window);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadFile(indexHtml);
  return window;
}

/** The app window, made again when there is none (macOS runs on without windows). */
function showAppWindow(): BrowserWindow {
  const window = mainWindow ?? createWindow();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return window;
}

async function start(): Promise<void> {
  lockDownWebContents(isAppUrl);
  await app.whenReady();
  let store: SessionStore;
  const dir = dataDir();
  try {
    store = await SessionStore.open(dir);
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
  startDesktopShell({
    appWindow: () => mainWindow,
    showAppWindow,
    isAppUrl,
    dataDir: store.dataDir,
    licencesFile,
    files,
  });
  started = true;
  createWindow();
  // Windows and Linux: a double-clicked session file is this launch's argument.
  for (const path of sessionFileArgs(process.argv, process.cwd())) files.open(path);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// macOS: a double-clicked session file, also before the app is ready (so listened for first).
app.on('open-file', (event, path) => {
  event.preventDefault();
  files.open(path);
  if (started) showAppWindow();
});

// One app per computer account: a second launch brings the first window forward, hands over
// the file it was asked to open, and quits, so that two windows never edit the same session
// (the CLI is kept in step by the session lock).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    for (const path of sessionFileArgs(argv, cwd)) files.open(path);
    if (started) showAppWindow(); // Still starting: the first window is on its way.
  });
  void start();
}
