import { apply, type Command } from '../../shared/commands';
import { newSession, type Session } from '../../shared/session';
import type { BlockScore, ExcellenceParticipant } from '../../shared/excellence/model';

export function emptySession(groups: string[] = []): Session {
  const session = newSession('s1', { name: 'Test', date: '2026-03-01' }, new Date(0));
  return applyAll(
    session,
    groups.map((name) => ({ type: 'session.addGroup', group: { id: `g-${name}`, name } })),
  );
}

export function applyAll(session: Session, commands: Command[]): Session {
  return commands.reduce(apply, session);
}

/** Marks per block as [now, target] (null for none), blocks 1, 2, ... in order. */
export function participant(
  id: string,
  marks: [number | null, number | null][],
  group: string | null = null,
): ExcellenceParticipant {
  const scores: Record<string, BlockScore> = {};
  marks.forEach(([now, target], index) => {
    scores[String(index + 1)] = { now, target, comment: '' };
  });
  return { id, label: id.toUpperCase(), group, scores };
}

export function withParticipants(session: Session, participants: ExcellenceParticipant[]): Session {
  return applyAll(
    session,
    participants.map((p) => ({ type: 'excellence.addParticipant', participant: p })),
  );
}
