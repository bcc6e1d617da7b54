import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './chromium';

/**
 * Opens browser mode in an app-style Chromium window (no tabs, no address bar) with its own
 * profile inside the data folder. Returns false when no Chromium is found.
 */
export function openAppWindow(url: string, dataDir: string, chromiumPath?: string): boolean {
  const executable = findChromium(chromiumPath);
  if (!executable) return false;
  const child = spawn(
    executable,
    [
      `--app=${url}`,
      `--user-data-dir=${join(dataDir, 'browser-profile')}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,800',
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  return true;
}
