import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contracts/windowShell';
import type { MenuText } from './menuMessages';

/** The commands the menu hands to the page (files come from main's own open dialog). */
export type PageCommand = Exclude<MenuCommand, { type: 'openFile' | 'openFileFailed' }>['type'];

/** What the menu's own items do; main/electron/main.ts gives the real ones, tests a double. */
export interface MenuActions {
  /** To the app window's page (the session's undo, export, a new session). */
  page(command: PageCommand): void;
  /** The open dialog, then the same validated import as the home screen. */
  importSession(): void;
  openDataFolder(): void;
  /** The focused window's zoom: one step in (1), out (-1) or back to 100% (0); remembered. */
  zoom(step: -1 | 0 | 1): void;
  about(): void;
}

/**
 * The application menu, following each platform's conventions: on macOS the app menu (about,
 * services, hide, quit) and Window menu, Cmd shortcuts; on Windows and Linux File (with Quit),
 * Edit, View, Window and Help, Ctrl shortcuts. Undo and redo go to the page, which decides
 * between the text field's own undo and the session's (renderer/src/shell/SessionMenuCommands.tsx).
 * Zoom is main's (per window, remembered) rather than the roles', which zoom every window of
 * the app at once.
 */
export function menuTemplate(
  actions: MenuActions,
  options: { platform: NodeJS.Platform; text: MenuText; appName: string },
): MenuItemConstructorOptions[] {
  const { text } = options;
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: text.about, click: () => actions.about() };
  const page = (command: PageCommand, label: string, accelerator?: string) =>
    ({
      label,
      click: () => actions.page(command),
      ...(accelerator ? { accelerator } : {}),
    }) as const;

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      page('newSession', text.newSession, 'CmdOrCtrl+N'),
      {
        label: text.importSession,
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.importSession(),
      },
      page('exportSession', text.exportSession, 'CmdOrCtrl+Shift+E'),
      page('exportPdf', text.exportPdf, 'CmdOrCtrl+P'),
      { type: 'separator' },
      { label: text.openDataFolder, click: () => actions.openDataFolder() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      page('undo', text.undo, 'CmdOrCtrl+Z'),
      page('redo', text.redo, mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      { label: text.zoomReset, accelerator: 'CmdOrCtrl+0', click: () => actions.zoom(0) },
      { label: text.zoomIn, accelerator: 'CmdOrCtrl+=', click: () => actions.zoom(1) },
      // The same on keyboards where + needs Shift; not shown twice in the menu.
      {
        label: text.zoomIn,
        accelerator: 'CmdOrCtrl+Plus',
        visible: false,
        click: () => actions.zoom(1),
      },
      { label: text.zoomOut, accelerator: 'CmdOrCtrl+-', click: () => actions.zoom(-1) },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: text.window,
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = { role: 'help', label: text.help, submenu: [about] };
  return mac ? [appMenu, file, edit, view, window] : [file, edit, view, window, help];
}
