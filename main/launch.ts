import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { APP_ROOT } from './appRoot';

/**
 * `npm start` (after `npm run build`): the desktop app when Electron's binary is installed, browser mode otherwise.
 * Electron's binary is looked for without `require('electron')`, which would try a download.
 */
function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const folder = dirname(require.resolve('electron/package.json'));
    const pathFile = join(folder, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const args = process.argv.slice(2);
const child = binary
  ? spawn(binary, [APP_ROOT, ...args], { stdio: 'inherit' })
  : spawn(process.execPath, [join(APP_ROOT, 'dist', 'node', 'serve.mjs'), ...args], {
      stdio: 'inherit',
    });
if (!binary) {
  console.log(
    'Electron is not installed (no binary): starting browser mode. See README, "Installing without internet, and the desktop app".',
  );
}
// Ctrl+C reaches the whole process group, but a SIGTERM or SIGHUP sent to `npm start` reaches
// only this process: hand it on, so that stopping the launcher stops what it started.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
