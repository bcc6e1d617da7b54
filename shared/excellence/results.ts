import type { Session } from '../session';
import type { BlockNumber } from './blocks';
import { actionCandidates, analyseBlocks, rankByGap, type BlockAnalysis } from './analysis';
import { analyseGroups, type GroupAnalysis } from './groups';

/** Everything the results screen and the report show for one session. */
export interface ExcellenceResults {
  blocks: BlockAnalysis[];
  /** Blocks with a gap, largest gap first (ties in block order). */
  ranking: BlockAnalysis[];
  /** The (at most three) largest positive gaps: where the team wants to move most. */
  candidates: BlockNumber[];
  /** One entry per group that has participants (plus "no group"); empty without groups. */
  groups: GroupAnalysis[];
}

export function excellenceResults(session: Session): ExcellenceResults {
  const blocks = analyseBlocks(session.excellence.participants);
  const ranking = rankByGap(blocks);
  return {
    blocks,
    ranking,
    candidates: actionCandidates(ranking),
    groups: analyseGroups(session),
  };
}
