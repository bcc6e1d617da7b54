import { test as base, expect } from '@playwright/test';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

export interface App {
  /** Base URL of browser mode, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The fresh data folder of this test. */
  dataDir: string;
  /** Runs the built CLI on this test's data folder; resolves with stdout (throws on exit code 1). */
  cli(...args: string[]): Promise<string>;
  /** The parsed session file as it is on disk now. */
  sessionOnDisk(id: string): Promise<Record<string, unknown>>;
  sessionFiles(): Promise<string[]>;
}

/** Starts browser mode as `npm run serve` does (the built server and renderer) on a new data folder. */
async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist', 'node', 'serve.mjs'), '--no-open', '--port', '0', '--data-dir', dataDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Klantkompas: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { url, child };
}

export const test = base.extend<{ app: App }>({
  app: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-e2e-'));
    const { url, child } = await startServer(dataDir);
    await use({
      url,
      dataDir,
      cli: async (...args) => {
        const { stdout } = await run(
          process.execPath,
          [join(ROOT, 'dist', 'node', 'cli.mjs'), ...args, '--data-dir', dataDir],
          { cwd: ROOT },
        );
        return stdout;
      },
      sessionOnDisk: async (id) =>
        JSON.parse(await readFile(join(dataDir, 'sessions', `${id}.json`), 'utf8')) as Record<
          string,
          unknown
        >,
      sessionFiles: async () => (await readdir(join(dataDir, 'sessions'))).sort(),
    });
    child.kill();
    await rm(dataDir, { recursive: true, force: true });
  },
});

/** The id a CLI command printed on its last line. */
export function lastLine(output: string): string {
  return output.trim().split('\n').at(-1)!.trim();
}

export { expect };
