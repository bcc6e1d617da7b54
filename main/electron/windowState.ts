import { app, screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const file = () => join(app.getPath('userData'), 'window-state.json');
const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1280, height: 800 }, maximized: false };

/** The last size and position, if it still fits on a connected display. */
export function loadWindowState(): WindowState {
  try {
    const state = JSON.parse(readFileSync(file(), 'utf8')) as WindowState;
    const visible = screen.getAllDisplays().some((display) => {
      const area = display.workArea;
      return (
        state.bounds.x >= area.x - 50 &&
        state.bounds.y >= area.y - 50 &&
        state.bounds.x + 100 <= area.x + area.width &&
        state.bounds.y + 100 <= area.y + area.height
      );
    });
    return visible ? state : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

export function rememberWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    };
    try {
      writeFileSync(file(), JSON.stringify(state));
    } catch {
      /* losing the window size is not worth an error dialog */
    }
  });
}
