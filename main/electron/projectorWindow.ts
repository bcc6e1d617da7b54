import { BrowserWindow, screen } from 'electron';
import { appWebPreferences } from './security';
import { keepZoom } from './zoom';
import type { Api } from '../../shared/api';
import { projectorRoute } from '../../shared/live/projectorRoute';

/**
 * The projector view's window: one at a time, reused. With a second display (the projector)
 * it opens there, full screen; without one it opens as an ordinary window beside the app, so
 * that it never covers the facilitator's own screen.
 */
export function projectorOpener(options: {
  preload: string;
  indexHtml: string;
}): Api['openProjector'] {
  let projector: BrowserWindow | null = null;
  return async (id, method) => {
    const primary = screen.getPrimaryDisplay();
    const external = screen.getAllDisplays().find((display) => display.id !== primary.id);
    if (!projector || projector.isDestroyed()) {
      projector = new BrowserWindow({
        ...(external ? external.bounds : { width: 1280, height: 720 }),
        title: 'Klantkompas',
        show: false,
        autoHideMenuBar: true,
        backgroundColor: '#ffffff',
        webPreferences: appWebPreferences(options.preload),
      });
      keepZoom(projector, 'projector');
      projector.on('closed', () => (projector = null));
    }
    const window = projector;
    await window.loadFile(options.indexHtml, { hash: projectorRoute(id, method).slice(1) });
    window.show();
    if (external) window.setFullScreen(true);
    return { opened: true };
  };
}
