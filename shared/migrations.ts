import { AppError } from './errors';
import { SCHEMA_VERSION } from './session';

type Migration = (session: Record<string, unknown>) => Record<string, unknown>;

/**
 * Numbered steps: `migrations[n]` turns a schemaVersion n session into n + 1. Version 1 is the
 * first released format, so there are no steps yet; add one with every SCHEMA_VERSION bump,
 * with a unit test that upgrades a stored example of the old version.
 */
export const migrations: Record<number, Migration> = {};

/** Brings a parsed session file up to SCHEMA_VERSION, or says in plain words why it cannot. */
export function migrate(
  raw: unknown,
  steps: Record<number, Migration> = migrations,
  target = SCHEMA_VERSION,
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError('invalidImport', 'The file does not hold a Klantkompas session.');
  }
  let session = raw as Record<string, unknown>;
  const version = session.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError('invalidImport', 'The file has no valid schemaVersion.');
  }
  if (version > target) {
    throw new AppError(
      'newerVersion',
      `The file was made by a newer version of Klantkompas (schema version ${version}; this app reads up to ${target}).`,
      { version, supported: target },
    );
  }
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) throw new AppError('invalidImport', `No migration from schema version ${v}.`);
    session = { ...step(session), schemaVersion: v + 1 };
  }
  return session;
}
