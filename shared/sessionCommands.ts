import { z } from 'zod';
import { idSchema } from './ids';
import { AppError } from './errors';
import { sameGroupName } from './groups';
import {
  groupNameSchema,
  groupSchema,
  isoDateSchema,
  languageSchema,
  MAX_GROUPS,
  type Session,
} from './session';
import { MAX_FACILITATOR, MAX_ORGANISATION, MAX_SESSION_NAME } from './sessionLimits';
import type { DeepReadonly } from './readonly';

export const sessionCommandSchemas = [
  z.object({
    type: z.literal('session.rename'),
    name: z.string().trim().min(1).max(MAX_SESSION_NAME),
  }),
  z.object({
    type: z.literal('session.updateSettings'),
    organisation: z.string().trim().max(MAX_ORGANISATION).optional(),
    date: isoDateSchema.optional(),
    facilitator: z.string().trim().max(MAX_FACILITATOR).optional(),
    language: languageSchema.optional(),
  }),
  z.object({ type: z.literal('session.addGroup'), group: groupSchema }),
  z.object({
    type: z.literal('session.renameGroup'),
    id: idSchema,
    name: groupNameSchema,
  }),
  z.object({ type: z.literal('session.removeGroup'), id: idSchema }),
] as const;

type SessionCommand = DeepReadonly<z.infer<(typeof sessionCommandSchemas)[number]>>;

function assertGroup(session: Session, id: string): void {
  if (!session.groups.some((g) => g.id === id)) {
    throw new AppError('invalidCommand', `There is no group with id ${id}.`);
  }
}

function assertUniqueGroupName(session: Session, name: string, exceptId?: string): void {
  if (session.groups.some((g) => g.id !== exceptId && sameGroupName(g.name, name))) {
    throw new AppError('invalidCommand', `A group named "${name}" already exists.`, {
      name,
      messageKey: 'groups.duplicate',
    });
  }
}

/** Removing a group keeps everyone's answers; they simply no longer belong to a group. */
function ungroup<T extends { readonly group: string | null }>(
  items: readonly T[],
  id: string,
): T[] {
  return items.map((item) => (item.group === id ? { ...item, group: null } : item));
}

export function applySessionCommand(session: Session, command: SessionCommand): Session {
  switch (command.type) {
    case 'session.rename':
      return { ...session, name: command.name };
    case 'session.updateSettings': {
      const { type: _type, ...changes } = command;
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      );
      return { ...session, ...defined };
    }
    case 'session.addGroup':
      if (session.groups.some((g) => g.id === command.group.id)) {
        throw new AppError('invalidCommand', `A group with id ${command.group.id} already exists.`);
      }
      assertUniqueGroupName(session, command.group.name);
      // A 51st group would make the session fail its own schema the next time it is read.
      if (session.groups.length >= MAX_GROUPS) {
        throw new AppError('invalidCommand', `A session has at most ${MAX_GROUPS} groups.`, {
          max: MAX_GROUPS,
          messageKey: 'groups.tooMany',
        });
      }
      return { ...session, groups: [...session.groups, command.group] };
    case 'session.renameGroup':
      assertGroup(session, command.id);
      assertUniqueGroupName(session, command.name, command.id);
      return {
        ...session,
        groups: session.groups.map((g) => (g.id === command.id ? { ...g, name: command.name } : g)),
      };
    case 'session.removeGroup':
      assertGroup(session, command.id);
      return {
        ...session,
        groups: session.groups.filter((g) => g.id !== command.id),
        culture: { ...session.culture, entries: ungroup(session.culture.entries, command.id) },
        kano: { ...session.kano, respondents: ungroup(session.kano.respondents, command.id) },
        excellence: {
          ...session.excellence,
          participants: ungroup(session.excellence.participants, command.id),
        },
      };
  }
}
