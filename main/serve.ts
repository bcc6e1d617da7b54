import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_DIR } from './appRoot';
import { startBrowserMode } from './browserMode';
import { defaultDataDir } from './dataDir';
import { openAppWindow } from './openAppWindow';

/**
 * `npm run serve [-- --port N --data-dir DIR --no-open --chromium PATH]`: browser mode.
 * Prints the URL (tests read the line starting with "Klantkompas:").
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      chromium: { type: 'string' },
    },
  });
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The app is not built yet: run "npm run build" first (npm start does this).');
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const server = await startBrowserMode({ dataDir, port, chromiumPath: values.chromium });
  console.log(`Klantkompas: ${server.url}`);
  console.log(`Data folder: ${dataDir}`);
  if (!values['no-open']) {
    if (openAppWindow(server.url, dataDir, values.chromium)) {
      console.log('Opened in an app window. Press Ctrl+C here to stop.');
    } else {
      console.log('No Chromium found: open the address above in your browser. Ctrl+C stops.');
    }
  }
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
