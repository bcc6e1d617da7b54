import { readFile } from 'node:fs/promises';
import type { SessionListItem } from '../../shared/api';
import { writeFileAtomic } from './atomicFile';

export interface CachedItem {
  /** The version (main/store/regularFile.ts) of the session file the item was read from. */
  version: string;
  item: SessionListItem;
}

const CACHE_FORMAT = 1;

/**
 * The session list's summaries, kept on disk beside the sessions so that opening the app
 * reads one small file instead of parsing and validating every session. Only a cache: each
 * entry is used only while its file's version (inode, mtime, size) is unchanged; a missing or
 * damaged cache is simply rebuilt.
 */
export class ListingCache {
  private entries: Map<string, CachedItem> | null = null;
  private dirty = false;

  constructor(private readonly path: string) {}

  async load(): Promise<Map<string, CachedItem>> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    try {
      const raw = JSON.parse(await readFile(this.path, 'utf8')) as {
        format?: number;
        entries?: Record<string, CachedItem>;
      };
      if (raw.format === CACHE_FORMAT && raw.entries) {
        this.entries = new Map(Object.entries(raw.entries));
      }
    } catch {
      /* no cache yet, or an unreadable one: start empty */
    }
    return this.entries;
  }

  set(id: string, entry: CachedItem): void {
    this.entries?.set(id, entry);
    this.dirty = true;
  }

  delete(id: string): void {
    if (this.entries?.delete(id)) this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty || !this.entries) return;
    this.dirty = false;
    const text = JSON.stringify({
      format: CACHE_FORMAT,
      entries: Object.fromEntries(this.entries),
    });
    await writeFileAtomic(this.path, text).catch(() => undefined);
  }
}
