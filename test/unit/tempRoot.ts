import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder the unit tests make (data folders, exports,
 * CLI runs) lands in one folder for this run, removed when the run ends.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'klantkompas-unit-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
