import type { ChildProcess } from 'node:child_process';
import { createApi } from './api';
import { appVersion, RENDERER_DIR } from './appRoot';
import { AppEventHub } from './events/appEventHub';
import { watchSessionChanges } from './events/watchSessionChanges';
import { startHttpServer, type RunningServer } from './http/server';
import { LiveService, type LiveServiceOptions } from './live/liveService';
import { openAppWindow } from './openAppWindow';
import { reportFileName } from './pdf/reportFileName';
import { SessionStore } from './store/sessionStore';
import { projectorRoute } from '../shared/live/projectorRoute';

export interface BrowserModeOptions {
  dataDir: string;
  port?: number;
  /** The built renderer; tests may serve a stand-in. */
  rendererDir?: string;
  chromiumPath?: string;
  /** The participant listener's defaults (its address, limits, clock): tests and the bench. */
  live?: Pick<LiveServiceOptions, 'defaultHost' | 'limits' | 'now' | 'statusIntervalMs'>;
  /** How often one session's changes are pushed at most (ms; 0: every change at once). */
  sessionEventIntervalMs?: number;
}

export type BrowserMode = RunningServer & {
  store: SessionStore;
  live: LiveService;
  events: AppEventHub;
};

/** The whole app without Electron: the store, the API and the renderer over HTTP. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const store = await SessionStore.open(options.dataDir);
  const events = new AppEventHub({ sessionIntervalMs: options.sessionEventIntervalMs });
  watchSessionChanges(store, (id, updatedAt) => events.sessionChanged(id, updatedAt));
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  const live = new LiveService({ store, events, rendererDir, ...options.live });
  /** Projector windows this process started: they close with it. */
  const projectors = new Set<ChildProcess>();
  /** The server's address, known once it listens (the API is made before). */
  let baseUrl = '';
  const api = createApi({
    store,
    transport: 'http',
    version: appVersion(),
    exportPdf: async (id, printOptions) => {
      const session = await store.get(id);
      // Loaded on first use: Playwright is large and most runs never print.
      const { printReportPdf } = await import('./pdf/printReport');
      const pdf = await printReportPdf({
        baseUrl,
        sessionId: id,
        ...printOptions,
        chromiumPath: options.chromiumPath,
      });
      return {
        saved: true,
        fileName: reportFileName(session),
        base64: pdf.toString('base64'),
      };
    },
    live,
    // A second app window on the projector route. Chromium having started is enough: with the
    // app's profile it hands the window to the Chromium already showing the app, and exits.
    openProjector: async (id, method) => {
      await store.get(id);
      const outcome = await openAppWindow({
        url: baseUrl + projectorRoute(id, method),
        dataDir: options.dataDir,
        chromiumPath: options.chromiumPath,
        pageServed: Promise.resolve(),
      });
      // No pid: the executable could not be started at all.
      if (outcome.kind !== 'opened' || outcome.window.pid === undefined) return { opened: false };
      projectors.add(outcome.window);
      outcome.window.once('exit', () => projectors.delete(outcome.window));
      return { opened: true };
    },
  });
  const http = await startHttpServer({
    api,
    rendererDir,
    port: options.port,
    events: events.subscribe,
  });
  baseUrl = http.url;
  return {
    ...http,
    store,
    live,
    events,
    close: async () => {
      for (const window of projectors) window.kill();
      await live.close();
      events.close();
      await http.close();
    },
  };
}
