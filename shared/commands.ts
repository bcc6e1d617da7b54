import { z } from 'zod';
import { AppError } from './errors';
import type { Session } from './session';
import { applySessionCommand, sessionCommandSchemas } from './sessionCommands';
import { applyCultureCommand, cultureCommandSchemas } from './culture/commands';
import { applyKanoCommand, kanoCommandSchemas } from './kano/commands';
import { applyExcellenceCommand, excellenceCommandSchemas } from './excellence/commands';
import { applyReportCommand, reportCommandSchemas } from './report/commands';

/**
 * Every change to a session is one of these plain objects. The facilitator's screens, the kiosk,
 * the CSV imports and the CLI all send them; nothing changes a session any other way.
 */
export const commandSchema = z.discriminatedUnion('type', [
  ...sessionCommandSchemas,
  ...cultureCommandSchemas,
  ...kanoCommandSchemas,
  ...excellenceCommandSchemas,
  ...reportCommandSchemas,
]);
export type Command = z.infer<typeof commandSchema>;

type CommandOf<P extends string> = Extract<Command, { type: `${P}.${string}` }>;

function hasPrefix<P extends string>(command: Command, prefix: P): command is CommandOf<P> {
  return command.type.startsWith(`${prefix}.`);
}

/**
 * Applies one command and returns the next session; the input is never mutated. An impossible
 * command (unknown id, duplicate name, ...) throws an AppError and changes nothing.
 */
export function apply(session: Session, command: Command): Session {
  if (hasPrefix(command, 'session')) return applySessionCommand(session, command);
  if (hasPrefix(command, 'culture')) return applyCultureCommand(session, command);
  if (hasPrefix(command, 'kano')) return applyKanoCommand(session, command);
  if (hasPrefix(command, 'excellence')) return applyExcellenceCommand(session, command);
  if (hasPrefix(command, 'report')) return applyReportCommand(session, command);
  throw new AppError('invalidCommand', `Unknown command ${(command as Command).type}.`);
}

/** Validates an untrusted command (from IPC, HTTP or a file) with a plain message on failure. */
export function parseCommand(value: unknown): Command {
  const result = commandSchema.safeParse(value);
  if (!result.success) {
    throw new AppError('invalidCommand', `Invalid command: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}
