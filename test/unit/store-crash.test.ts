import { describe, expect, it, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseSessionText } from '../../main/store/sessionFile';

const KILLS = 200;

/** Starts the writer, waits until it has written once, lets it run `ms` more, kills it -9. */
function writeAndKill(script: string, path: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, path, 'kill-test'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), ms));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error('writer stopped by itself')),
    );
  });
}

describe('a process killed in the middle of writing', () => {
  let script = '';
  beforeAll(async () => {
    // Bundled once so that 200 starts cost milliseconds, not a TypeScript compile each.
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-writer-'));
    script = join(dir, 'writer.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '..', 'fixtures', 'killableWriter.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'error',
    });
  });

  it(`leaves the old or the new state, never a broken file (${KILLS} kills)`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-kill-'));
    const path = join(dir, 'kill-test.json');
    const seen = { old: 0, new: 0 };
    for (let i = 0; i < KILLS; i++) {
      await writeAndKill(script, path, Math.floor(Math.random() * 40));
      const session = parseSessionText(await readFile(path, 'utf8'));
      expect(['old', 'new']).toContain(session.name);
      expect(session.culture.entries).toHaveLength(2000);
      expect(session.culture.entries[1999]!.participant).toBe(session.name);
      seen[session.name as 'old' | 'new']++;
    }
    // Both states were caught, so the kills really landed at different moments.
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
    // Only the session file and at most one leftover temporary file per kill remain.
    const names = await readdir(dir);
    expect(names.filter((n) => !n.endsWith('.tmp'))).toEqual(['kill-test.json']);
  }, 300_000);
});
