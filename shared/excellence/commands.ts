import { z } from 'zod';
import { idSchema } from '../ids';
import { AppError } from '../errors';
import { assertGroupExists } from '../groups';
import { MAX_PARTICIPANT_LABEL } from '../participants';
import type { Session } from '../session';
import {
  actionStatusSchema,
  blockNumberSchema,
  excellenceActionSchema,
  excellenceParticipantSchema,
  markSchema,
  MAX_ACTION_WHAT,
  MAX_ACTION_WHEN,
  MAX_ACTION_WHO,
  MAX_COMMENT,
  type BlockScore,
  type ExcellenceAction,
  type ExcellenceData,
  type ExcellenceParticipant,
} from './model';
import type { DeepReadonly } from '../readonly';

export const excellenceCommandSchemas = [
  z.object({ type: z.literal('excellence.setRevealed'), revealed: z.boolean() }),
  /** A whole participant at once: the kiosk's "done", a CSV row group, a new grid row. */
  z.object({
    type: z.literal('excellence.addParticipant'),
    participant: excellenceParticipantSchema,
  }),
  z.object({
    type: z.literal('excellence.updateParticipant'),
    id: idSchema,
    label: z.string().max(MAX_PARTICIPANT_LABEL).optional(),
    group: idSchema.nullable().optional(),
  }),
  z.object({ type: z.literal('excellence.removeParticipant'), id: idSchema }),
  /** One cell of the grid; a field left out stays as it is, null clears a mark. */
  z.object({
    type: z.literal('excellence.setScore'),
    participant: idSchema,
    block: blockNumberSchema,
    now: markSchema.nullable().optional(),
    target: markSchema.nullable().optional(),
    comment: z.string().max(MAX_COMMENT).optional(),
  }),
  z.object({ type: z.literal('excellence.addAction'), action: excellenceActionSchema }),
  z.object({
    type: z.literal('excellence.updateAction'),
    id: idSchema,
    block: blockNumberSchema.optional(),
    what: z.string().min(1).max(MAX_ACTION_WHAT).optional(),
    who: z.string().max(MAX_ACTION_WHO).optional(),
    when: z.string().max(MAX_ACTION_WHEN).optional(),
    status: actionStatusSchema.optional(),
  }),
  z.object({ type: z.literal('excellence.removeAction'), id: idSchema }),
] as const;

export type ExcellenceCommand = DeepReadonly<z.infer<(typeof excellenceCommandSchemas)[number]>>;

export function applyExcellenceCommand(session: Session, command: ExcellenceCommand): Session {
  const data = session.excellence;
  const next = (changes: Partial<ExcellenceData>): Session => ({
    ...session,
    excellence: { ...data, ...changes },
  });
  switch (command.type) {
    case 'excellence.setRevealed':
      return next({ revealed: command.revealed });
    case 'excellence.addParticipant': {
      const { participant } = command;
      if (data.participants.some((p) => p.id === participant.id)) {
        throw new AppError('invalidCommand', `A participant with id ${participant.id} exists.`);
      }
      assertGroupExists(session, participant.group);
      assertBlockKeys(participant.scores);
      return next({ participants: [...data.participants, withoutEmptyScores(participant)] });
    }
    case 'excellence.updateParticipant': {
      findParticipant(data, command.id);
      if (command.group !== undefined) assertGroupExists(session, command.group);
      const changes = definedOnly({ label: command.label, group: command.group });
      return next({
        participants: data.participants.map((p) =>
          p.id === command.id ? { ...p, ...changes } : p,
        ),
      });
    }
    case 'excellence.removeParticipant':
      findParticipant(data, command.id);
      return next({ participants: data.participants.filter((p) => p.id !== command.id) });
    case 'excellence.setScore': {
      const participant = findParticipant(data, command.participant);
      const key = String(command.block);
      const score: BlockScore = {
        ...(participant.scores[key] ?? { now: null, target: null, comment: '' }),
        ...definedOnly({ now: command.now, target: command.target, comment: command.comment }),
      };
      const updated = withoutEmptyScores({
        ...participant,
        scores: { ...participant.scores, [key]: score },
      });
      return next({
        participants: data.participants.map((p) => (p.id === participant.id ? updated : p)),
      });
    }
    case 'excellence.addAction':
      if (data.actions.some((a) => a.id === command.action.id)) {
        throw new AppError('invalidCommand', `An action with id ${command.action.id} exists.`);
      }
      return next({ actions: [...data.actions, command.action] });
    case 'excellence.updateAction': {
      findAction(data, command.id);
      const { block, what, who, when, status } = command;
      const changes: Partial<ExcellenceAction> = definedOnly({ block, what, who, when, status });
      return next({
        actions: data.actions.map((a) => (a.id === command.id ? { ...a, ...changes } : a)),
      });
    }
    case 'excellence.removeAction':
      findAction(data, command.id);
      return next({ actions: data.actions.filter((a) => a.id !== command.id) });
  }
}

function findParticipant(data: ExcellenceData, id: string): ExcellenceParticipant {
  const participant = data.participants.find((p) => p.id === id);
  if (!participant) throw new AppError('invalidCommand', `There is no participant with id ${id}.`);
  return participant;
}

function findAction(data: ExcellenceData, id: string): ExcellenceAction {
  const action = data.actions.find((a) => a.id === id);
  if (!action) throw new AppError('invalidCommand', `There is no action with id ${id}.`);
  return action;
}

function assertBlockKeys(scores: Record<string, BlockScore>): void {
  const wrong = Object.keys(scores).find((key) => !/^[1-9]$/.test(key));
  if (wrong !== undefined) {
    throw new AppError('invalidCommand', `"${wrong}" is not a building block (1 to 9).`);
  }
}

/** A block without marks and comment is dropped, so "scored" always means something was given. */
function withoutEmptyScores(participant: ExcellenceParticipant): ExcellenceParticipant {
  const scores = Object.fromEntries(
    Object.entries(participant.scores).filter(
      ([, s]) => s.now !== null || s.target !== null || s.comment.trim() !== '',
    ),
  );
  return { ...participant, scores };
}

function definedOnly<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
