import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/*
 * The one test of the CLI as a separate process: the built bundle and the `klantkompas` bin that
 * runs it. Everything else about the CLI is tested in process (test/unit/cli-sessions.test.ts).
 * `npm test` runs this after the build (test:e2e builds); alone it needs `npm run build` first.
 */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'node', 'cli.mjs');
const BIN = join(ROOT, 'bin', 'klantkompas.mjs');
const built = existsSync(BUILT);
if (!built) console.warn(`Skipping the CLI smoke test: ${BUILT} is not built (npm run build).`);

async function node(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.skipIf(!built)('the built CLI as a process', () => {
  it('creates through the bin and lists through the bundle, with exit codes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-smoke-'));
    const created = await node(BIN, ['sessions', 'create', '--name', 'Rook', '--data-dir', dir]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const id = created.stdout.trim().split('\n').at(-1);

    const listed = await node(BUILT, ['sessions', 'list', '--json'], { KLANTKOMPAS_DATA_DIR: dir });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ status: 'ok', id, name: 'Rook' }]);

    const failed = await node(BUILT, ['sessions', 'export', 'nope', '--out', join(dir, 'x.json')], {
      KLANTKOMPAS_DATA_DIR: dir,
    });
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect(failed.stderr).toMatch(/^Error: There is no session[^\n]*\n$/);
  });
});
