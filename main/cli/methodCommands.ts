import { formatCsvProblems } from '../../shared/csv';
import { importMethodCsv, METHODS, methodById, type MethodId } from '../../shared/methods';
import {
  csvOrThrow,
  fileAndSession,
  groupOption,
  readCsvFile,
  sessionToAnalyse,
  storedSession,
} from './input';
import type { CliCommand } from './types';

/** At most this many notes ("Line 9: ... replaces it.") are printed before the summary. */
const MAX_NOTES = 20;

/**
 * `analyse <method> FILE.csv|--session ID [--group NAME] [--json]`: a file is analysed exactly
 * as it would be after importing it into a fresh session; the output is the method's JSON or
 * its text table (shared/<method>/method.ts).
 */
function analyseCommand(id: MethodId): CliCommand {
  const method = methodById(id);
  return {
    path: ['analyse', id],
    usage: `analyse ${id} FILE.csv|--session ID [--group NAME] [--json]`,
    options: { session: { type: 'string' }, group: { type: 'string' }, json: { type: 'boolean' } },
    async run(ctx, positionals, values) {
      const session = await sessionToAnalyse(
        ctx,
        positionals,
        values.session,
        (bytes, fresh, makeId) =>
          csvOrThrow(importMethodCsv(id, bytes, fresh, makeId)).value.commands,
      );
      const groupId = groupOption(session, values.group);
      const analysis = method.analyse(session, groupId === undefined ? {} : { groupId });
      if (values.json) ctx.print(JSON.stringify(method.json(analysis)));
      else method.textTable(analysis).forEach((line) => ctx.print(line));
    },
  };
}

/**
 * `import <method> FILE.csv --session ID`: everything as one undoable step, or nothing and the
 * file's problems; prints the notes and the import's summary.
 */
function importCommand(id: MethodId): CliCommand {
  return {
    path: ['import', id],
    usage: `import ${id} FILE.csv --session ID`,
    options: { session: { type: 'string' } },
    async run(ctx, positionals, values) {
      const { file, sessionId } = fileAndSession(positionals, values.session);
      const bytes = await readCsvFile(file);
      const store = await ctx.store();
      const session = await storedSession(ctx, sessionId);
      const { value, notes } = csvOrThrow(importMethodCsv(id, bytes, session));
      if (value.commands.length > 0) await store.executeMany(session.id, value.commands);
      if (notes.length > 0) {
        formatCsvProblems(notes, 'en', MAX_NOTES)
          .split('\n')
          .forEach((line) => ctx.print(line));
      }
      ctx.print(`Session "${session.name}": ${value.summary('en')}`);
    },
  };
}

/** `analyse` and `import` for every method of shared/methods.ts. */
export const methodCommands: CliCommand[] = METHODS.flatMap((method) => [
  analyseCommand(method.id),
  importCommand(method.id),
]);
