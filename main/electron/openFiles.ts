import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { MAX_SESSION_IMPORT_BYTES } from '../../shared/api';
import type { MenuCommand } from '../../shared/contracts/windowShell';

/** The file type the installers associate with the app (electron-builder.yml). */
export const SESSION_FILE_EXTENSION = '.klantkompas.json';

/**
 * The session files among a launch's arguments (Windows and Linux pass a double-clicked file
 * this way, also to a second launch): arguments that name a .json file, resolved against the
 * folder the launch was made from. Options (--data-dir DIR) and the app's own path are skipped.
 */
export function sessionFileArgs(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--data-dir') i += 1;
    else if (!arg.startsWith('-') && arg.toLowerCase().endsWith('.json'))
      files.push(resolve(cwd, arg));
  }
  return files;
}

/**
 * A file the system asked the app to open, read for the page, which asks once and then imports
 * it through the same validated import as the home screen. Nothing is read past the import
 * limit; what cannot be read becomes a message the page shows.
 */
export async function readSessionFile(path: string, ask: boolean): Promise<MenuCommand> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { type: 'openFileFailed', name, reason: 'unreadable' };
    if (info.size > MAX_SESSION_IMPORT_BYTES)
      return { type: 'openFileFailed', name, reason: 'tooLarge' };
    return { type: 'openFile', name, text: await readFile(path, 'utf8'), ask };
  } catch {
    return { type: 'openFileFailed', name, reason: 'unreadable' };
  }
}

/**
 * Files wait here until the app window's page listens (it says so by sending its language):
 * macOS sends `open-file` before the app is ready, and a launch's arguments arrive before the
 * window exists.
 */
export class FileOpenQueue {
  private waiting: { path: string; ask: boolean }[] = [];
  private send: ((command: MenuCommand) => void) | null = null;

  constructor(private readonly read = readSessionFile) {}

  open(path: string, ask = true): void {
    if (this.send) void this.deliver(path, ask, this.send);
    else this.waiting.push({ path, ask });
  }

  /** The page listens now (or again, after a reload): waiting files go to it. */
  pageReady(send: (command: MenuCommand) => void): void {
    this.send = send;
    const waiting = this.waiting;
    this.waiting = [];
    for (const { path, ask } of waiting) void this.deliver(path, ask, send);
  }

  /** The window closed: files wait for the next one. */
  pageGone(): void {
    this.send = null;
  }

  private async deliver(path: string, ask: boolean, send: (command: MenuCommand) => void) {
    send(await this.read(path, ask));
  }
}
