import type { z } from 'zod';
import type { Session } from '../session';
import { analyseBlocks } from './analysis';
import type { previousScoresSchema } from './model';

type PreviousScores = z.infer<typeof previousScoresSchema>;

/** The "now" means of a session, frozen into its repeat for comparison. */
export function previousScoresFrom(session: Session): PreviousScores | null {
  const participants = session.excellence.participants;
  if (participants.length === 0) return null;
  return {
    sessionName: session.name,
    date: session.date,
    blocks: analyseBlocks(participants).map(({ block, now }) => ({
      block,
      n: now.n,
      meanNow: now.mean,
    })),
  };
}
