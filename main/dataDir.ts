import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_ENV = 'KLANTKOMPAS_DATA_DIR';
export const APP_FOLDER = 'Klantkompas';

/**
 * Where sessions live when no --data-dir is given: the folder Electron uses as userData for
 * this app, so the desktop app and browser mode see the same sessions.
 */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (env[DATA_DIR_ENV]) return env[DATA_DIR_ENV];
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  }
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}
