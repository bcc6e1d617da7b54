import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApi } from './api';
import { startHttpServer, type RunningServer } from './http/server';
import { printReportPdf } from './pdf/printReport';
import { reportFileName } from './pdf/reportFileName';
import { SessionStore } from './store/sessionStore';

export const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer/', import.meta.url));

export function appVersion(): string {
  const pkg = JSON.parse(
    readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
  ) as { version: string };
  return pkg.version;
}

export interface BrowserModeOptions {
  dataDir: string;
  port?: number;
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
  const server = await startHttpServer({ api, rendererDir: RENDERER_DIR, port: options.port });
  baseUrl = server.url;
  return { ...server, store };
}
