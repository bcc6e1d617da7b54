import { describe, expect, it, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseSessionText } from '../../main/store/sessionFile';
import { seededRandom } from '../fixtures/seededRandom';

const KILLS = 30;
/** The most writes announced before a kill (0 included). */
const MAX_ANNOUNCED = 3;

/**
 * When, during the write that follows the announced one, the kill comes:
 * - announced: the moment the announcement arrives (the next write is just starting);
 * - opened: when that write's temporary file appears (the bytes are being written);
 * - renamed: when that temporary file has been renamed over the session file.
 */
const MOMENTS = ['announced', 'opened', 'renamed'] as const;
type Moment = (typeof MOMENTS)[number];

/**
 * Starts the writer (test/fixtures/killableWriter.ts) on `dir`/kill-test.json, answers its
 * announcements until number `killOn`, and kills it with SIGKILL at `moment` of write
 * killOn + 1, which the writer starts unasked; it never starts killOn + 2. Resolves with the name
 * of that write's temporary file, when it got as far as making one.
 */
function killDuringWrite(
  script: string,
  dir: string,
  killOn: number,
  moment: Moment,
): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    // Every write makes one temporary file, so the n-th one created belongs to write n - 1
    // (state 0 is written first). The file system reports each name twice: made, then renamed.
    const temporaries: string[] = [];
    const events = new Map<string, number>();
    const watcher = watch(dir, (event, name) => {
      if (event !== 'rename' || !name?.endsWith('.tmp')) return;
      const count = (events.get(name) ?? 0) + 1;
      events.set(name, count);
      if (count === 1) temporaries.push(name);
      if (name !== temporaries[killOn + 1]) return;
      if ((moment === 'opened' && count === 1) || (moment === 'renamed' && count === 2)) kill();
    });
    const child = spawn(process.execPath, [script, join(dir, 'kill-test.json'), 'kill-test'], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let killed = false;
    const kill = () => {
      if (!killed) killed = child.kill('SIGKILL');
    };
    child.on('message', (n) => {
      if (killed) return;
      if (n !== killOn) child.send(n as number);
      else if (moment === 'announced') kill();
      // Otherwise no answer: the watcher kills during the write in flight.
    });
    child.on('exit', (_code, signal) => {
      watcher.close();
      if (signal === 'SIGKILL') resolve(temporaries[killOn + 1]);
      else reject(new Error('writer stopped by itself'));
    });
  });
}

describe('a process killed in the middle of writing', () => {
  let script = '';
  beforeAll(async () => {
    // Bundled once so that each start costs milliseconds, not a TypeScript compile.
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

  it(`leaves the last announced state or the one in flight, never a broken file (${KILLS} kills)`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-kill-'));
    const random = seededRandom(11);
    const seen = { announced: 0, inFlight: 0, midWrite: 0 };
    for (let i = 0; i < KILLS; i++) {
      const killOn = Math.floor(random() * (MAX_ANNOUNCED + 1));
      const moment = MOMENTS[i % MOMENTS.length]!;
      const temporary = await killDuringWrite(script, dir, killOn, moment);
      const session = parseSessionText(await readFile(join(dir, 'kill-test.json'), 'utf8'));
      const inFlight = `write ${killOn + 1}`;
      expect([`write ${killOn}`, inFlight]).toContain(session.name);
      // A rename that happened is never undone by the kill.
      if (moment === 'renamed') expect(session.name).toBe(inFlight);
      // Every entry carries its write's label: the file is one write, not a mix of two.
      expect(session.culture.entries).toHaveLength(2000);
      expect(session.culture.entries.every((e) => e.participant === session.name)).toBe(true);
      if (session.name === inFlight) seen.inFlight++;
      else seen.announced++;
      if (temporary && existsSync(join(dir, temporary))) seen.midWrite++;
    }
    // The kills landed at different moments: before the write in flight was done (some in the
    // middle of it, its temporary file left behind) and after.
    expect(seen.announced).toBeGreaterThan(0);
    expect(seen.midWrite).toBeGreaterThan(0);
    expect(seen.inFlight).toBeGreaterThan(0);
    // Only the session file and the temporary files of interrupted writes remain.
    const names = await readdir(dir);
    expect(names.filter((n) => !n.endsWith('.tmp'))).toEqual(['kill-test.json']);
    console.log(`Kills: ${KILLS}; ${JSON.stringify(seen)}`);
  }, 120_000);
});
