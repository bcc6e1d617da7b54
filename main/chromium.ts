import { existsSync } from 'node:fs';

export const CHROMIUM_ENV = 'KLANTKOMPAS_CHROMIUM';

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** A Chromium-family browser on this machine: the one the user named, else a usual place. */
export function findChromium(explicit?: string, env = process.env): string | null {
  const named = explicit ?? env[CHROMIUM_ENV];
  if (named) return existsSync(named) ? named : null;
  return (CANDIDATES[process.platform] ?? []).find((path) => existsSync(path)) ?? null;
}

export const INSTALL_CHROMIUM_HINT =
  'Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or name one with --chromium PATH or the KLANTKOMPAS_CHROMIUM environment variable.';
