import { z } from 'zod';
import type { Session } from '../session';

export const excellenceCommandSchemas = [
  z.object({ type: z.literal('excellence.setRevealed'), revealed: z.boolean() }),
] as const;

export type ExcellenceCommand = z.infer<(typeof excellenceCommandSchemas)[number]>;

export function applyExcellenceCommand(session: Session, command: ExcellenceCommand): Session {
  switch (command.type) {
    case 'excellence.setRevealed':
      return { ...session, excellence: { ...session.excellence, revealed: command.revealed } };
  }
}
