import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../main/cli/index';

/**
 * Runs the CLI in this process, as `klantkompas ARGS` would with these environment variables;
 * resolves with the exit code and what it wrote, each line ended by a newline as on a terminal.
 */
async function cli(args: string[], env: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, {
    stdout: (line) => stdout.push(`${line}\n`),
    stderr: (line) => stderr.push(`${line}\n`),
    env,
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('klantkompas sessions …', () => {
  it('creates, lists (also as JSON), exports and imports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-cli-'));
    const created = await cli([
      'sessions',
      'create',
      '--name',
      'CLI-sessie',
      '--organisation',
      'ACME',
      '--lang',
      'en',
      '--data-dir',
      dir,
    ]);
    expect(created.code).toBe(0);
    const id = created.stdout.trim().split('\n').at(-1)!;
    expect(id).toMatch(/^[a-z0-9-]{36}$/);

    const listed = await cli(['sessions', 'list', '--json'], { KLANTKOMPAS_DATA_DIR: dir });
    expect(JSON.parse(listed.stdout)).toMatchObject([
      {
        status: 'ok',
        id,
        name: 'CLI-sessie',
        organisation: 'ACME',
        language: 'en',
        participants: 0,
      },
    ]);

    const out = join(dir, 'export.klantkompas.json');
    expect((await cli(['sessions', 'export', id, '--out', out, '--data-dir', dir])).code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).session.id).toBe(id);
    const imported = await cli(['sessions', 'import', out, '--data-dir', dir]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('as a new session');
  });

  it('lists damaged files with status "damaged" and the reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-cli-'));
    await cli(['sessions', 'create', '--name', 'Goed', '--data-dir', dir]);
    await writeFile(join(dir, 'sessions', 'kapot.json'), '{');
    const listed = JSON.parse(
      (await cli(['sessions', 'list', '--json', '--data-dir', dir])).stdout,
    );
    expect(listed).toContainEqual(
      expect.objectContaining({
        status: 'damaged',
        id: 'kapot',
        reason: expect.stringContaining('Not valid JSON'),
      }),
    );
  });

  it("prints the usage for help, and one command's usage for --help, with exit code 0", async () => {
    const help = await cli(['help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('sessions list [--json]');
    const one = await cli(['sessions', 'list', '--help']);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(one.stdout.trim()).toBe('Usage: klantkompas sessions list [--json] [--data-dir DIR]');
  });

  it.each([
    [['sessions', 'create'], 'Give --name'],
    [['sessions', 'create', '--name', 'x', '--lang', 'de'], '--lang must be nl or en'],
    [['sessions', 'export', 'nope', '--out', '/tmp/x.json'], 'There is no session'],
    [['sessions', 'import', '/does/not/exist.json'], 'There is no file'],
    [['sessions', 'frobnicate'], 'Unknown command'],
  ])('%j fails with exit code 1 and one plain line on stderr', async (args, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-cli-'));
    const result = await cli([...args, '--data-dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });
});
