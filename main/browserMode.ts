import { createApi } from './api';
import { appVersion, RENDERER_DIR } from './appRoot';
import { startHttpServer, type RunningServer } from './http/server';
import { reportFileName } from './pdf/reportFileName';
import { SessionStore } from './store/sessionStore';

export interface BrowserModeOptions {
  dataDir: string;
  port?: number;
  /** The built renderer; tests may serve a stand-in. */
  rendererDir?: string;
  chromiumPath?: string;
}

/** The whole app without Electron: the store, the API and the renderer over HTTP. */
export async function startBrowserMode(
  options: BrowserModeOptions,
): Promise<RunningServer & { store: SessionStore }> {
  const store = await SessionStore.open(options.dataDir);
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
  });
  const server = await startHttpServer({
    api,
    rendererDir: options.rendererDir ?? RENDERER_DIR,
    port: options.port,
  });
  baseUrl = server.url;
  return { ...server, store };
}
