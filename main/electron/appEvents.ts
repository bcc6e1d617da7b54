import { BrowserWindow } from 'electron';
import { APP_EVENT_CHANNEL } from '../../shared/apiMethods';
import type { Subscribe } from '../../shared/api';

/**
 * Electron's push channel: every AppEvent goes to every window showing the app (the main
 * window, the projector), where the preload hands it to `window.klantkompas.onEvent`.
 */
export function forwardAppEvents(subscribe: Subscribe, isAppUrl: (url: string) => boolean): void {
  subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) {
        contents.send(APP_EVENT_CHANNEL, event);
      }
    }
  });
}
