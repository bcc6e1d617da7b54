import { open, rename, rm } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Temporary files are named `<target>.<pid>.<random>.tmp`: whose they were stays visible. */
export const TEMPORARY_SUFFIX = '.tmp';

export function temporaryFileOf(name: string): { target: string; pid: number } | null {
  const match = /^(.+)\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  return match ? { target: match[1]!, pid: Number(match[2]) } : null;
}

export interface AtomicWriteOptions {
  /**
   * The mtime (ns) of the file being replaced: the new file's mtime is made later than it, so
   * that a reader comparing versions (main/store/regularFile.ts) never takes the new file for
   * the old one, however fast the writes follow each other.
   */
  newerThan?: bigint;
}

/**
 * Writes `text` so that a crash at any moment leaves either the old or the new file, never a
 * mix: write a temporary file beside it, fsync it, rename it over the target, fsync the folder.
 * (lowdb's default adapter renames but does not fsync; a power cut could then leave zeros.)
 * If anything fails, the target is untouched and the temporary file removed. Returns the new
 * file's information (its version).
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  options: AtomicWriteOptions = {},
): Promise<BigIntStats> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}${TEMPORARY_SUFFIX}`;
  // 0600: a workshop's answers are for the facilitator's account only (the umask may remove more).
  const handle = await open(temporary, 'w', 0o600);
  let info: BigIntStats;
  try {
    // One buffer written in full is markedly faster than FileHandle.writeFile(string).
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) {
      written += (await handle.write(bytes, written, bytes.length - written, written)).bytesWritten;
    }
    info = await laterThan(handle, options.newerThan);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
  return info;
}

/**
 * The written file's information, its mtime first moved past `previous` if the clock has not
 * (two writes within one tick of the file system's clock, or a clock set back). Tries a
 * microsecond, then steps coarse file systems can store (FAT keeps 2 seconds).
 */
async function laterThan(handle: FileHandle, previous: bigint | undefined): Promise<BigIntStats> {
  let info = await handle.stat({ bigint: true });
  if (previous === undefined) return info;
  for (const stepNs of [1_000n, 1_000_000n, 1_000_000_000n, 2_000_000_000n]) {
    if (info.mtimeNs > previous) return info;
    const seconds = Number((previous + stepNs) / 1_000n) / 1e6;
    await handle.utimes(seconds, seconds);
    info = await handle.stat({ bigint: true });
  }
  return info;
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable. Not every platform can open a folder (Windows): skip there.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}
