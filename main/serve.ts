import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_DIR } from './appRoot';
import { startBrowserMode } from './browserMode';
import { defaultDataDir } from './dataDir';
import { openAppWindow, type AppWindowOutcome } from './openAppWindow';
import { joinLines } from './live/joinLines';
import { parseServeArgs } from './serveArgs';

/**
 * `npm run serve [-- --port N --data-dir DIR --no-open --chromium PATH]`: browser mode.
 * Prints the URL (tests read the line starting with "Klantkompas:"). With `--live SESSION_ID
 * --live-method M [--live-host A] [--live-port Q]` the participant listener starts at once with
 * the exercise open, and a line `Join: URL` says where phones join (main/serveArgs.ts).
 */
async function main(): Promise<void> {
  const values = parseServeArgs(process.argv.slice(2));
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The app is not built yet: run "npm run build" first (npm start does this).');
  }
  const dataDir = values.dataDir ?? defaultDataDir();
  const server = await startBrowserMode({
    dataDir,
    port: values.port,
    chromiumPath: values.chromium,
  });
  console.log(`Klantkompas: ${server.url}`);
  console.log(`Data folder: ${dataDir}`);
  if (values.live) {
    const { sessionId, method, host, port } = values.live;
    try {
      for (const line of joinLines(await server.live.start(sessionId, method, { host, port }))) {
        console.log(line);
      }
    } catch (error) {
      await server.close();
      throw error;
    }
  }
  let appWindow: ChildProcess | undefined;
  if (!values.noOpen) {
    const outcome = await openAppWindow({
      url: server.url,
      dataDir,
      chromiumPath: values.chromium,
      pageServed: server.pageServed,
    });
    if (outcome.kind === 'opened' || outcome.kind === 'slow') appWindow = outcome.window;
    console.log(appWindowMessage(outcome));
  }
  // Stopping browser mode stops everything it started: the server and the app window.
  const stop = () => {
    appWindow?.kill();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
}

function appWindowMessage(outcome: AppWindowOutcome): string {
  switch (outcome.kind) {
    case 'opened':
      return 'Opened in an app window. Press Ctrl+C here to stop.';
    case 'slow':
      return 'Chromium has started but has not shown the app yet: if no window appears, open the address above in your browser. Ctrl+C stops.';
    case 'noChromium':
      return 'No Chromium found: open the address above in your browser. Ctrl+C stops.';
    case 'failed':
      return [
        `Chromium could not open the app window: ${outcome.reason}`,
        'Open the address above in your browser instead (or start with --chromium PATH). Ctrl+C stops.',
      ].join('\n');
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
