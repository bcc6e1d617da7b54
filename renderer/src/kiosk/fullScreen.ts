/**
 * Full screen for participant mode, where the browser allows it (it needs the facilitator's
 * click, so a reload in participant mode stays in the window). In full screen Chromium also lets
 * the page take the keys it otherwise keeps for itself (Keyboard Lock): Ctrl+W, Ctrl+N, Ctrl+T
 * and Alt+F4 then reach the page's guard instead of closing or opening a window. Escape stays
 * the browser's (held down, it leaves full screen).
 */
const LOCKED_KEYS = ['KeyW', 'KeyN', 'KeyT', 'KeyQ', 'F4'];

interface KeyboardLock {
  lock?(keyCodes?: string[]): Promise<void>;
}

export function enterFullScreen(): void {
  const keyboard = (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;
  void document.documentElement
    .requestFullscreen?.()
    .then(() => keyboard?.lock?.(LOCKED_KEYS))
    .catch(() => undefined);
}

export function leaveFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
