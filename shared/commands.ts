import { z } from 'zod';
import { AppError } from './errors';
import type { DeepReadonly } from './readonly';
import type { Session } from './session';
import { applySessionCommand, sessionCommandSchemas } from './sessionCommands';
import { METHODS, type MethodDefinition } from './methods';
import { applyReportCommand, reportCommandSchemas } from './report/commands';

type MethodCommandSchema = (typeof METHODS)[number]['commandSchemas'][number];
const methodCommandSchemas = METHODS.flatMap(
  (method): readonly MethodCommandSchema[] => method.commandSchemas,
);
const methodById = new Map<string, MethodDefinition>(
  METHODS.map((method) => [method.id, method as unknown as MethodDefinition]),
);

/**
 * Every change to a session is one of these plain objects. The facilitator's screens, the kiosk,
 * the CSV imports and the CLI all send them; nothing changes a session any other way.
 */
export const commandSchema = z.discriminatedUnion('type', [
  ...sessionCommandSchemas,
  ...methodCommandSchemas,
  ...reportCommandSchemas,
]);
/** Read-only: a command's payload becomes part of the session (see shared/readonly.ts). */
export type Command = DeepReadonly<z.infer<typeof commandSchema>>;

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
  if (hasPrefix(command, 'report')) return applyReportCommand(session, command);
  // Every other command belongs to the method its type starts with ("kano.addWishes").
  const method = methodById.get(command.type.slice(0, command.type.indexOf('.')));
  if (method) return method.apply(session, command as never);
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
