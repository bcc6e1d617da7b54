import type { BrowserWindow } from 'electron';
import { rememberedZoom, rememberZoom, type WindowKind } from './windowState';

/** Chromium's zoom steps, as zoom levels (factor = 1.2 ^ level): 50% … 300%. */
const STEPS = [-3.8, -2.2, -1.58, -1.22, -0.58, 0, 0.52, 1.22, 2.22, 3.07, 3.8, 5.03, 6.03];

/** The next step in (1) or out (-1) from `level`, or 100% (0); stays within 50–300%. */
export function nextZoomLevel(level: number, step: -1 | 0 | 1): number {
  if (step === 0) return 0;
  if (step === 1) return STEPS.find((s) => s > level + 0.01) ?? STEPS[STEPS.length - 1]!;
  return [...STEPS].reverse().find((s) => s < level - 0.01) ?? STEPS[0]!;
}

const kinds = new WeakMap<BrowserWindow, WindowKind>();

/**
 * Gives a window its own remembered zoom: set when its page loads and whenever it gains the
 * focus again. Chromium keeps one zoom per page address, and the app's windows load the same
 * file, so a level set in one window may show in the other until it is focused; setting it
 * again on focus keeps each window at its own.
 */
export function keepZoom(window: BrowserWindow, kind: WindowKind): void {
  kinds.set(window, kind);
  const apply = () => {
    if (!window.isDestroyed()) window.webContents.setZoomLevel(rememberedZoom(kind));
  };
  window.webContents.on('did-finish-load', apply);
  window.on('focus', apply);
}

/** One zoom step for this window, remembered for its kind (the projector apart from the app). */
export function zoomWindow(window: BrowserWindow, step: -1 | 0 | 1): void {
  const kind = kinds.get(window) ?? 'app';
  const level = nextZoomLevel(window.webContents.getZoomLevel(), step);
  window.webContents.setZoomLevel(level);
  rememberZoom(kind, level);
}
