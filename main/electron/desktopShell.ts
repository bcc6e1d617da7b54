import { app, BrowserWindow, dialog, ipcMain, Menu, shell, type IpcMainEvent } from 'electron';
import {
  LANGUAGE_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type MenuCommand,
} from '../../shared/contracts/windowShell';
import type { Language } from '../../shared/session';
import { showAbout } from './about';
import { menuTemplate, type MenuActions } from './appMenu';
import { menuText } from './menuMessages';
import type { FileOpenQueue } from './openFiles';
import { isHeldInParticipantMode } from './participantMode';
import { zoomWindow } from './zoom';

/**
 * What a desktop app has beside its page: the application menu in the app's language, files
 * opened from the system (a launch's arguments, macOS `open-file`, a second launch, the menu's
 * open dialog) handed to the page, which asks once and imports them through the validated
 * import, and per-window zoom. main.ts gives it the app window and the data folder.
 */
export function startDesktopShell(options: {
  appWindow(): BrowserWindow | null;
  /** Makes the app window when there is none (macOS keeps running without one). */
  showAppWindow(): BrowserWindow;
  isAppUrl(url: string): boolean;
  dataDir: string;
  licencesFile: string;
  /** Files to open; main.ts makes it before the app is ready (macOS sends them that early). */
  files: FileOpenQueue;
}): void {
  const { files } = options;
  let language: Language = 'nl';

  /** Commands go to the app window's page; never while it is held in participant mode. */
  const sendToPage = (command: MenuCommand) => {
    const window = options.appWindow();
    if (!window || window.isDestroyed() || isHeldInParticipantMode(window)) return;
    window.webContents.send(MENU_COMMAND_CHANNEL, command);
  };

  const actions: MenuActions = {
    page: (type) => {
      const window = options.showAppWindow();
      if (window.isMinimized()) window.restore();
      window.focus();
      sendToPage({ type });
    },
    importSession: () => void pickSessionFile(),
    openDataFolder: () => void shell.openPath(options.dataDir),
    zoom: (step) => {
      const window = BrowserWindow.getFocusedWindow();
      if (window && options.isAppUrl(window.webContents.getURL())) zoomWindow(window, step);
    },
    about: () =>
      void showAbout({
        parent: options.appWindow(),
        version: app.getVersion(),
        dataDir: options.dataDir,
        licencesFile: options.licencesFile,
        text: menuText(language),
      }),
  };

  async function pickSessionFile(): Promise<void> {
    const text = menuText(language);
    const parent = options.appWindow();
    const dialogOptions = {
      title: text.importTitle,
      filters: [{ name: text.importFilter, extensions: ['json'] }],
      properties: ['openFile' as const],
    };
    const choice = parent
      ? await dialog.showOpenDialog(parent, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions);
    const [path] = choice.filePaths;
    if (!choice.canceled && path) files.open(path, false);
  }

  const buildMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(actions, {
          platform: process.platform,
          text: menuText(language),
          appName: app.name,
        }),
      ),
    );
  buildMenu();

  // The app window's page says its language when it starts and when it changes: the menu follows,
  // and files waiting to be opened go to it (it listens now).
  ipcMain.on(LANGUAGE_CHANNEL, (event: IpcMainEvent, next: unknown) => {
    if (!event.senderFrame || !options.isAppUrl(event.senderFrame.url)) return;
    if ((next === 'nl' || next === 'en') && next !== language) {
      language = next;
      buildMenu();
    }
    const window = options.appWindow();
    if (window && event.sender === window.webContents) {
      files.pageReady(sendToPage);
      const forget = () => files.pageGone();
      window.webContents.once('did-start-loading', forget);
      window.once('closed', forget);
    }
  });
}
