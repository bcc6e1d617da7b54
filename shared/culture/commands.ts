import { z } from 'zod';
import type { Session } from '../session';

export const cultureCommandSchemas = [
  z.object({ type: z.literal('culture.setRevealed'), revealed: z.boolean() }),
] as const;

export type CultureCommand = z.infer<(typeof cultureCommandSchemas)[number]>;

export function applyCultureCommand(session: Session, command: CultureCommand): Session {
  switch (command.type) {
    case 'culture.setRevealed':
      return { ...session, culture: { ...session.culture, revealed: command.revealed } };
  }
}
