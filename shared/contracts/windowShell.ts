import type { Language } from '../session';

/**
 * The desktop window's own bridge, beside the API. The page tells the Electron main process
 * when this window enters or leaves participant mode (main then holds the window in kiosk mode
 * and refuses closing, reloading and browser shortcuts until the facilitator's PIN is given) and
 * which language the app speaks (main builds its menu in it); main sends the page the
 * application menu's commands and the files the system asked the app to open. Browser mode has
 * no such bridge (the global is absent): the page's own guards and buttons apply.
 */

/** The global the preload script exposes (`window.klantkompasWindow`). */
export const WINDOW_SHELL_GLOBAL = 'klantkompasWindow';

/** The one-way IPC message the preload sends, with `true` (entering) or `false` (leaving). */
export const PARTICIPANT_MODE_CHANNEL = 'klantkompas-window:participant-mode';
/** The one-way IPC message the preload sends with the app's language ('nl' | 'en'). */
export const LANGUAGE_CHANNEL = 'klantkompas-window:language';
/** The channel on which main sends the page a MenuCommand. */
export const MENU_COMMAND_CHANNEL = 'klantkompas-window:menu';

/**
 * What the application menu (and the system, for files) asks of the page. Everything else in
 * the menu (zoom, full screen, copy and paste, about, the data folder) is main's own.
 */
export type MenuCommand =
  | { type: 'newSession' }
  | { type: 'exportSession' }
  | { type: 'exportPdf' }
  | { type: 'undo' }
  | { type: 'redo' }
  /**
   * A session file to import, read by main: picked in the menu's open dialog (`ask: false`),
   * or opened from the system (double-click, "Open with", a second launch): `ask: true`, the
   * page asks once before importing it.
   */
  | { type: 'openFile'; name: string; text: string; ask: boolean }
  /** main could not read a file it was asked to open; the page says why. */
  | { type: 'openFileFailed'; name: string; reason: 'tooLarge' | 'unreadable' };

export type MenuCommandType = MenuCommand['type'];

export interface WindowShell {
  participantMode(on: boolean): void;
  language(language: Language): void;
  /** Listens for the menu's commands; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The bridge in the desktop app; undefined in browser mode. */
export function windowShellOf(global: object): WindowShell | undefined {
  return (global as Record<string, WindowShell | undefined>)[WINDOW_SHELL_GLOBAL];
}
