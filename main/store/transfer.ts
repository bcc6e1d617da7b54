import { z } from 'zod';
import { MAX_SESSION_IMPORT_BYTES, type ImportRepair } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Session } from '../../shared/session';
import { checkImportedSession, MAX_IMPORT_DEPTH, nestedDeeperThan } from './importCheck';
import { parseSessionText } from './sessionFile';

export const EXPORT_FORMAT = 'klantkompas-session';
export const EXPORT_SUFFIX = '.klantkompas.json';

/** A file name that is safe on Windows, macOS and Linux, and not absurdly long. */
export function safeFileName(name: string, fallback = 'klantkompas'): string {
  const cleaned = name
    .normalize('NFC')
    // Control characters and the characters Windows forbids in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  return cleaned || fallback;
}

export function exportSessionFile(session: Session): { fileName: string; json: string } {
  const envelope = {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    session,
  };
  return {
    fileName: `${safeFileName(session.name)}${EXPORT_SUFFIX}`,
    json: JSON.stringify(envelope, null, 2),
  };
}

const envelopeSchema = z.object({ format: z.literal(EXPORT_FORMAT), session: z.unknown() });

/**
 * Checks an import completely before anything touches the disk: size first (without parsing),
 * nesting depth, then JSON, envelope, version (migrations), the full session schema and whether
 * the parts fit together (main/store/importCheck.ts: refused, or repaired and said).
 */
export function parseImport(text: string): { session: Session; repairs: ImportRepair[] } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SESSION_IMPORT_BYTES) {
    throw new AppError(
      'tooLarge',
      `The file is too large (${megabytes(bytes)}); the maximum is ${megabytes(MAX_SESSION_IMPORT_BYTES)}.`,
      { size: megabytes(bytes), max: megabytes(MAX_SESSION_IMPORT_BYTES) },
    );
  }
  if (nestedDeeperThan(text, MAX_IMPORT_DEPTH)) {
    throw new AppError(
      'invalidImport',
      'The file is not a Klantkompas session export (it is nested far too deeply).',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Never JSON.parse's own message: it quotes the file's text.
    throw new AppError('invalidImport', 'The file is not a Klantkompas export (not valid JSON).');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new AppError('invalidImport', 'The file is not a Klantkompas session export.');
  }
  let session: Session;
  try {
    session = parseSessionText(JSON.stringify(envelope.data.session));
  } catch (error) {
    if (error instanceof AppError && error.code === 'newerVersion') throw error;
    throw new AppError('invalidImport', (error as Error).message);
  }
  return checkImportedSession(session);
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
