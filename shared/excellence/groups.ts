import type { Session } from '../session';
import type { BlockNumber } from './blocks';
import { analyseBlocks, type BlockAnalysis } from './analysis';
import type { ExcellenceParticipant } from './model';

export interface GroupAnalysis {
  /** Group id; null for the participants without a group. */
  group: string | null;
  /** The group's name; null for "no group" (the screen says it in the session language). */
  name: string | null;
  participants: number;
  blocks: BlockAnalysis[];
}

/**
 * The figures per group, in the session's group order, groups without participants left out;
 * participants without a group come last. Without any groups there is nothing to compare.
 */
export function analyseGroups(session: Session): GroupAnalysis[] {
  if (session.groups.length === 0) return [];
  const byGroup = new Map<string | null, ExcellenceParticipant[]>();
  for (const participant of session.excellence.participants) {
    const members = byGroup.get(participant.group);
    if (members) members.push(participant);
    else byGroup.set(participant.group, [participant]);
  }
  const buckets: { group: string | null; name: string | null }[] = [
    ...session.groups.map((g) => ({ group: g.id, name: g.name })),
    { group: null, name: null },
  ];
  return buckets.flatMap(({ group, name }) => {
    const members = byGroup.get(group);
    if (!members) return [];
    return [{ group, name, participants: members.length, blocks: analyseBlocks(members) }];
  });
}

export interface BlockDifference {
  block: BlockNumber;
  /** Mean "now" of the first group minus that of the second; null when either has no marks. */
  now: number | null;
  target: number | null;
  gap: number | null;
}

/** Per block, how much group `a` differs from group `b` (e.g. management minus staff). */
export function groupDifferences(a: GroupAnalysis, b: GroupAnalysis): BlockDifference[] {
  return a.blocks.map((mine, index) => {
    const theirs = b.blocks[index]!;
    return {
      block: mine.block,
      now: difference(mine.now.mean, theirs.now.mean),
      target: difference(mine.target.mean, theirs.target.mean),
      gap: difference(mine.gap, theirs.gap),
    };
  });
}

function difference(a: number | null, b: number | null): number | null {
  return a !== null && b !== null ? a - b : null;
}
