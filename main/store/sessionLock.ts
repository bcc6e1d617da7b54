import lockfile from 'proper-lockfile';
import { setTimeout as wait } from 'node:timers/promises';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';

/**
 * A lock held by a process that no longer refreshes it (killed, or its computer asleep) is
 * taken over after this long. The holder refreshes it every half of this while it works.
 */
export const LOCK_STALE_MS = 5_000;
/** How long a writer waits for another process's lock before it says the session is busy. */
export const LOCK_WAIT_MS = 8_000;
/**
 * Between tries: short, because another process holds a session's lock for a few writes only
 * (main/store/sessionStore.ts: at most a batch, then a pause of more than two tries).
 */
export const RETRY_MS = 2;

export type Release = () => Promise<void>;

/**
 * One writer per session across processes (the app, the CLI, a second window): a lock beside
 * the session file, `<id>.json.lock`, made with mkdir (atomic on every file system) by
 * proper-lockfile. Only writers take it; readers need none, because every write replaces the
 * file whole (main/store/atomicFile.ts).
 */
export function lockPath(sessionPath: string): string {
  return `${sessionPath}.lock`;
}

/** The lock of `sessionPath` if no other process holds it, else null; never waits. */
export async function tryLock(sessionPath: string): Promise<Release | null> {
  try {
    const release = await lockfile.lock(sessionPath, {
      realpath: false,
      stale: LOCK_STALE_MS,
      retries: 0,
      // Lost only if this process stopped refreshing it for LOCK_STALE_MS; the operation in hand
      // is a single write and ends on its own.
      onCompromised: () => {},
    });
    return async () => {
      await release().catch(() => undefined);
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return null;
    throw error;
  }
}

/**
 * Waits (up to `waitMs`) for the lock of `sessionPath`. Another process holding it all that
 * time: AppError 'sessionBusy'.
 */
export async function waitForLock(sessionPath: string, waitMs = LOCK_WAIT_MS): Promise<Release> {
  const deadline = Date.now() + waitMs;
  let release = await tryLock(sessionPath);
  while (!release) {
    if (Date.now() >= deadline) {
      throw new AppError('sessionBusy', translate('en', 'error.sessionBusy'));
    }
    // A little randomness, so that two waiting processes do not keep trying in step.
    await wait(RETRY_MS + Math.random() * RETRY_MS);
    release = await tryLock(sessionPath);
  }
  return release;
}

/** Runs `operation` holding the lock of `sessionPath` (see waitForLock), then releases it. */
export async function withLock<T>(
  sessionPath: string,
  operation: () => Promise<T>,
  waitMs = LOCK_WAIT_MS,
): Promise<T> {
  const release = await waitForLock(sessionPath, waitMs);
  try {
    return await operation();
  } finally {
    await release();
  }
}
