import { createContext, useContext } from 'react';
import type { CommandInput } from '../session/SessionContext';

/** One participant's turn, as the DoneButton sees it. */
export interface ParticipantRound {
  /** Sends the answer; ignored while an answer of this round is being sent or is stored. */
  handIn(answer: CommandInput): void;
  sending: boolean;
}

export const ParticipantRoundContext = createContext<ParticipantRound | null>(null);

export function useParticipantRound(): ParticipantRound {
  const round = useContext(ParticipantRoundContext);
  if (!round) throw new Error('useParticipantRound outside ParticipantShell');
  return round;
}
