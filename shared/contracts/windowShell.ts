/**
 * The desktop window's own bridge, beside the API: the page tells the Electron main process
 * when this window enters or leaves participant mode, so main can hold the window in kiosk
 * mode and refuse closing, reloading and browser shortcuts until the facilitator's PIN is
 * given. Browser mode has no such bridge (the global is absent); the page's own guards apply.
 */

/** The global the preload script exposes (`window.klantkompasWindow`). */
export const WINDOW_SHELL_GLOBAL = 'klantkompasWindow';

/** The one-way IPC message the preload sends, with `true` (entering) or `false` (leaving). */
export const PARTICIPANT_MODE_CHANNEL = 'klantkompas-window:participant-mode';

export interface WindowShell {
  participantMode(on: boolean): void;
}
