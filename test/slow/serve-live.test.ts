import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SessionStore } from '../../main/store/sessionStore';
import { Phone } from '../fixtures/livePhone';

/*
 * `npm run serve -- --live ...` as users and scripts run it: the built server prints a line
 * `Join: URL` that a phone can open as it is. Needs `npm run build` first (npm test builds).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'node', 'serve.mjs');
const built = existsSync(BUILT) && existsSync(join(ROOT, 'dist', 'renderer', 'phone.html'));
if (!built) console.warn(`Skipping the live serve test: ${BUILT} or phone.html is not built.`);

describe.skipIf(!built)('npm run serve -- --live', () => {
  it('prints Join: with a URL that opens the phone page and joins', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-serve-live-'));
    const store = await SessionStore.open(dataDir);
    const { id } = await store.create({ name: 'Live' });
    const child = spawn(
      process.execPath,
      [
        BUILT,
        '--no-open',
        '--port',
        '0',
        '--data-dir',
        dataDir,
        '--live',
        id,
        '--live-method',
        'culture',
        '--live-host',
        '127.0.0.1',
        '--live-port',
        '0',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const join = await new Promise<string>((resolve, reject) => {
        const lines = createInterface({ input: child.stdout! });
        lines.on('line', (line) => {
          if (line.startsWith('Join: ')) resolve(line.slice('Join: '.length));
        });
        child.once('exit', (code) => reject(new Error(`serve stopped (exit code ${code})`)));
      });
      const url = new URL(join);
      expect(url.hostname).toBe('127.0.0.1');
      const code = /^\/j\/([A-Z0-9]+)$/.exec(url.pathname)?.[1];
      expect(code).toBeDefined();
      const phone = new Phone({ port: Number(url.port) });
      const page = await phone.send('GET', url.pathname);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<div id="root">');
      const joined = await phone.join(code!);
      expect(joined.body.value.exercise).toMatchObject({
        method: 'culture',
        title: 'Live',
        open: true,
      });
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
