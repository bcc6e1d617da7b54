import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { findChromium } from './chromium';
import { sandboxFlags } from './chromiumFlags';

export type AppWindowOutcome =
  /** The window asked the server for the app's page. */
  | { kind: 'opened'; window: ChildProcess }
  | { kind: 'noChromium' }
  /** Chromium ended before it showed the app; `reason` is Chromium's own error line. */
  | { kind: 'failed'; reason: string }
  /** Chromium runs but has not asked for the page within the wait. */
  | { kind: 'slow'; window: ChildProcess };

export interface AppWindowRequest {
  url: string;
  dataDir: string;
  chromiumPath?: string;
  /** Resolves when the server has served the app's page (see RunningServer.pageServed). */
  pageServed: Promise<void>;
  /** How long to wait for the page before saying that Chromium is slow (ms). */
  patience?: number;
}

/**
 * Opens browser mode in an app-style Chromium window (no tabs, no address bar) with its own
 * profile inside the data folder, and tells how that went: the server seeing the page requested
 * is the proof that the window opened, Chromium exiting first is a failure with its reason.
 * The window is a child of this process, so stopping browser mode closes it too.
 */
export async function openAppWindow(request: AppWindowRequest): Promise<AppWindowOutcome> {
  const executable = findChromium(request.chromiumPath);
  if (!executable) return { kind: 'noChromium' };
  const profile = join(request.dataDir, 'browser-profile');
  await quietProfile(profile);
  const window = spawn(
    executable,
    [
      `--app=${request.url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,800',
      ...sandboxFlags(),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const errors: string[] = [];
  window.stderr?.setEncoding('utf8');
  window.stderr?.on('data', (chunk: string) => {
    if (errors.length < 200) errors.push(...chunk.split('\n').filter((l) => l.trim() !== ''));
  });
  const exited = new Promise<AppWindowOutcome>((resolve) => {
    window.once('error', (error) => resolve({ kind: 'failed', reason: error.message }));
    window.once('exit', (code, signal) =>
      resolve({ kind: 'failed', reason: chromiumReason(errors, code, signal) }),
    );
  });
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<AppWindowOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'slow', window }), request.patience ?? 30_000);
  });
  const opened = request.pageServed.then((): AppWindowOutcome => ({ kind: 'opened', window }));
  const outcome = await Promise.race([exited, opened, slow]);
  clearTimeout(timer);
  return outcome;
}

/**
 * The app window's profile never offers to save a password (the participant-mode PIN) or to
 * translate the app: Chromium reads these preferences at start; other preferences are kept.
 */
export async function quietProfile(profile: string): Promise<void> {
  const file = join(profile, 'Default', 'Preferences');
  let preferences: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      preferences = parsed as Record<string, unknown>;
    }
  } catch {
    // No profile yet, or one Chromium left half-written: start from a clean one.
  }
  const section = (name: string) => {
    const value = preferences[name];
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  };
  preferences.credentials_enable_service = false;
  preferences.credentials_enable_autosignin = false;
  preferences.profile = { ...section('profile'), password_manager_enabled: false };
  preferences.translate = { ...section('translate'), enabled: false };
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, JSON.stringify(preferences), { mode: 0o600 });
}

/**
 * Chromium's own words for why it stopped: its FATAL line, else its error lines (at most two,
 * without the D-Bus noise it prints on every start), else its exit code.
 */
export function chromiumReason(
  lines: readonly string[],
  code: number | null,
  signal: NodeJS.Signals | null,
): string {
  const text = (line: string) => line.replace(/^\[[^\]]*\]\s*/, '').trim();
  const fatal = lines.find((l) => /:FATAL:/.test(l));
  if (fatal) return text(fatal);
  const errors = lines.filter((l) => /:ERROR:/.test(l) && !/bus|dbus/i.test(l)).map(text);
  if (errors.length > 0) return [...new Set(errors)].slice(0, 2).join(' ');
  if (lines.length > 0) return text(lines.at(-1)!);
  return signal ? `Chromium was stopped (${signal}).` : `Chromium exited with code ${code}.`;
}
