import { readFile, stat } from 'node:fs/promises';
import { apply, type Command } from '../../shared/commands';
import { formatCsvProblems, MAX_CSV_BYTES, type CsvOutcome } from '../../shared/csv';
import { AppError } from '../../shared/errors';
import { findGroupByName } from '../../shared/groups';
import { newSession, type Session } from '../../shared/session';
import { megabytes } from '../store/transfer';
import { resolveSessionId } from './sessionLookup';
import type { CliContext } from './types';

// What the CLI commands read from their arguments and files. The messages are part of the CLI's
// stable interface (test/unit/*cli*.test.ts): each command passes its own wording.

/** The one positional argument, else "Give one <what>.". */
export function requireOne(positionals: string[], what: string): string {
  const [value] = positionals;
  if (!value || positionals.length > 1) throw new AppError('invalidInput', `Give one ${what}.`);
  return value;
}

/** `FILE.csv|--session ID`: exactly one of the two. */
export function fileOrSession(
  positionals: string[],
  session: string | boolean | undefined,
): { file: string } | { sessionId: string } {
  const [file, ...rest] = positionals;
  if ((typeof session === 'string') === (file !== undefined) || rest.length > 0) {
    throw new AppError('invalidInput', 'Give either one FILE.csv or --session ID.');
  }
  return typeof session === 'string' ? { sessionId: session } : { file: file ?? '' };
}

/** `FILE.csv --session ID`: both, and one file only. */
export function fileAndSession(
  positionals: string[],
  session: string | boolean | undefined,
): { file: string; sessionId: string } {
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0 || typeof session !== 'string') {
    throw new AppError('invalidInput', 'Give one FILE.csv and --session ID.');
  }
  return { file, sessionId: session };
}

/** The message for a file over the limit. */
export type TooLargeMessage = (file: string, size: number, max: number) => string;

/** "The file is too large (25.3 MB); the maximum is 20.0 MB." */
export const tooLargeWithSizes: TooLargeMessage = (_file, size, max) =>
  `The file is too large (${megabytes(size)}); the maximum is ${megabytes(max)}.`;

/** The size of a file in bytes; notFound when there is no such file. */
export async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    throw new AppError('notFound', `There is no file ${file}.`);
  }
}

/** Refuses (tooLarge) a file larger than `max` bytes before anything reads it. */
export async function assertFileSize(
  file: string,
  max: number,
  tooLarge: TooLargeMessage,
): Promise<void> {
  const size = await fileSize(file);
  if (size > max) throw new AppError('tooLarge', tooLarge(file, size, max));
}

/**
 * The bytes of a CSV file of at most MAX_CSV_BYTES (the CSV engine finds the encoding); the one
 * path and the one "too large" message for every method.
 */
export async function readCsvFile(file: string): Promise<Uint8Array> {
  await assertFileSize(file, MAX_CSV_BYTES, tooLargeWithSizes);
  return readFile(file);
}

/** A CSV outcome with its value, or invalidCsv listing the first problems. */
export function csvOrThrow<T>(outcome: CsvOutcome<T>): Extract<CsvOutcome<T>, { ok: true }> {
  if (!outcome.ok) throw new AppError('invalidCsv', formatCsvProblems(outcome.problems, 'en'));
  return outcome;
}

/**
 * A file is analysed exactly as it would be after importing it into a fresh session: the
 * import's commands (ids csv-1, csv-2, ...) applied to an empty session.
 */
function importedIntoFreshSession(
  importCommands: (fresh: Session, makeId: () => string) => readonly Command[],
): Session {
  const fresh = newSession('csv-file', { name: 'CSV file' });
  let next = 0;
  return importCommands(fresh, () => `csv-${++next}`).reduce(apply, fresh);
}

/**
 * The session `analyse <method> FILE.csv|--session ID` analyses: the stored one, or the file
 * imported into a fresh session (see importedIntoFreshSession) by `importCommands`.
 */
export async function sessionToAnalyse(
  ctx: CliContext,
  positionals: string[],
  session: string | boolean | undefined,
  importCommands: (bytes: Uint8Array, fresh: Session, makeId: () => string) => readonly Command[],
): Promise<Session> {
  const source = fileOrSession(positionals, session);
  if ('sessionId' in source) return storedSession(ctx, source.sessionId);
  const bytes = await readCsvFile(source.file);
  return importedIntoFreshSession((fresh, makeId) => importCommands(bytes, fresh, makeId));
}

/** The session of `--session ID|NAME`, from the store (a unique name also finds it). */
export async function storedSession(ctx: CliContext, idOrName: string): Promise<Session> {
  const store = await ctx.store();
  return store.get(resolveSessionId(idOrName, await store.list()));
}

/**
 * The id of the group of `--group NAME`, matched as the app matches group names
 * (shared/groups.ts); undefined without --group.
 */
export function groupOption(
  session: Session,
  name: string | boolean | undefined,
): string | undefined {
  if (typeof name !== 'string') return undefined;
  const group = findGroupByName(session.groups, name);
  if (!group) {
    const known = session.groups.map((g) => `"${g.name}"`).join(', ') || 'none';
    throw new AppError('invalidInput', `There is no group "${name}" (groups: ${known}).`);
  }
  return group.id;
}
