import { BrowserWindow, ipcMain, type IpcMainEvent } from 'electron';
import { PARTICIPANT_MODE_CHANNEL } from '../../shared/contracts/windowShell';
import { isLeavingKey } from '../../shared/participantModeKeys';

/**
 * The desktop side of participant mode. The page says when its window enters or leaves
 * participant mode (it asks the PIN before leaving); while in it, main holds the window:
 * kiosk mode (full screen, no window controls, no menu bar), closing refused (the close button,
 * Alt+F4, Cmd+Q), no page navigation, no developer tools, and the keys that go back, reload,
 * close or open the developer tools stopped before the page and the menu see them. The page's own guards (renderer
 * src/kiosk/ParticipantModeGuards.tsx) still apply: Backspace outside a text box, the mouse's
 * side buttons, `history.back()`.
 */
const inParticipantMode = new WeakSet<BrowserWindow>();

/** Whether this window's page is in participant mode: no menu command reaches it then. */
export function isHeldInParticipantMode(window: BrowserWindow): boolean {
  return inParticipantMode.has(window);
}

/** Listens for the page's messages; once, at start. */
export function listenForParticipantMode(isAppUrl: (url: string) => boolean): void {
  ipcMain.on(PARTICIPANT_MODE_CHANNEL, (event: IpcMainEvent, on: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url) || typeof on !== 'boolean') return;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (window) hold(window, on);
  });
}

function hold(window: BrowserWindow, on: boolean): void {
  if (inParticipantMode.has(window) === on) return;
  if (on) inParticipantMode.add(window);
  else inParticipantMode.delete(window);
  window.setKiosk(on);
  // Windows and Linux: no menu bar to reach Reload or the developer tools with the mouse.
  window.setMenuBarVisibility(!on);
}

/** Holds this window while its page is in participant mode; for every app window. */
export function guardParticipantMode(window: BrowserWindow): void {
  const held = () => inParticipantMode.has(window);
  window.on('close', (event) => {
    if (held()) event.preventDefault();
  });
  window.webContents.on('before-input-event', (event, input) => {
    if (!held() || input.type !== 'keyDown') return;
    const press = {
      key: input.key,
      altKey: input.alt,
      ctrlKey: input.control,
      metaKey: input.meta,
      shiftKey: input.shift,
      // Main cannot see the focus: Backspace and Cmd+arrows are the page's to refuse.
      inTextField: true,
    };
    if (isLeavingKey(press)) event.preventDefault();
  });
  // The developer tools show every answer: closed again if opened anyway.
  window.webContents.on('devtools-opened', () => {
    if (held()) window.webContents.closeDevTools();
  });
  // A crashed page shows nothing, and must not leave a window that cannot be closed. Reloaded,
  // the page comes back in participant mode and says so again.
  window.webContents.on('render-process-gone', () => hold(window, false));
  // Within the app only address changes inside the page happen (they do not come here); a
  // navigation of the whole page would reload it.
  window.webContents.on('will-navigate', (event) => {
    if (held()) event.preventDefault();
  });
}
