import { app, screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app's windows that remember their state apart: the facilitator's and the projector's. */
export type WindowKind = 'app' | 'projector';

interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
  /** Chromium zoom levels (0 = 100%) per kind of window. */
  zoom: Partial<Record<WindowKind, number>>;
}

const file = () => join(app.getPath('userData'), 'window-state.json');
const DEFAULT: WindowState = {
  bounds: { x: 0, y: 0, width: 1280, height: 800 },
  maximized: false,
  zoom: {},
};

function read(): WindowState {
  try {
    const stored = JSON.parse(readFileSync(file(), 'utf8')) as Partial<WindowState>;
    return { ...DEFAULT, ...stored, zoom: { ...stored.zoom } };
  } catch {
    return DEFAULT;
  }
}

function write(change: Partial<WindowState>): void {
  try {
    writeFileSync(file(), JSON.stringify({ ...read(), ...change }));
  } catch {
    /* losing the window size is not worth an error dialog */
  }
}

/** The last size and position, if it still fits on a connected display. */
export function loadWindowState(): Pick<WindowState, 'bounds' | 'maximized'> {
  const state = read();
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
}

export function rememberWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    write({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
}

export function rememberedZoom(kind: WindowKind): number {
  return read().zoom[kind] ?? 0;
}

export function rememberZoom(kind: WindowKind, level: number): void {
  write({ zoom: { ...read().zoom, [kind]: level } });
}
