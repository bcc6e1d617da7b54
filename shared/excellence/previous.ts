import { BLOCK_NUMBERS } from './model';
import type { Session } from '../session';
import { z } from 'zod';
import type { previousScoresSchema } from './model';

type PreviousScores = z.infer<typeof previousScoresSchema>;

/** The "now" means of a session, frozen into its repeat for comparison. */
export function previousScoresFrom(session: Session): PreviousScores | null {
  const participants = session.excellence.participants;
  if (participants.length === 0) return null;
  return {
    sessionName: session.name,
    date: session.date,
    blocks: BLOCK_NUMBERS.map((block) => {
      const values = participants
        .map((p) => p.scores[String(block)]?.now)
        .filter((v): v is number => typeof v === 'number');
      const meanNow = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
      return { block, n: values.length, meanNow };
    }),
  };
}
