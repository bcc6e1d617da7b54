import { z } from 'zod';
import type { Session } from '../session';

export const kanoCommandSchemas = [
  z.object({ type: z.literal('kano.setRevealed'), revealed: z.boolean() }),
] as const;

export type KanoCommand = z.infer<(typeof kanoCommandSchemas)[number]>;

export function applyKanoCommand(session: Session, command: KanoCommand): Session {
  switch (command.type) {
    case 'kano.setRevealed':
      return { ...session, kano: { ...session.kano, revealed: command.revealed } };
  }
}
