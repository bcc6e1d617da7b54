import type { Group } from '../session';
import { BLOCK_NUMBERS, type ExcellenceParticipant } from './model';
import type { BlockNumber } from './blocks';

/** One participant's comment ("toelichting") on a building block, without their name. */
export interface BlockComment {
  text: string;
  /** The participant's group name; null without a group. */
  group: string | null;
}

export interface BlockComments {
  block: BlockNumber;
  comments: BlockComment[];
}

/**
 * The comments per building block, in block order and then in the order they came in; blocks
 * without a comment are left out. Participants answered anonymously, so only the text and the
 * group travel to the results and the report, never the participant's label.
 */
export function commentsByBlock(
  participants: readonly ExcellenceParticipant[],
  groups: readonly Pick<Group, 'id' | 'name'>[],
): BlockComments[] {
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return BLOCK_NUMBERS.flatMap((block) => {
    const comments = participants.flatMap((participant) => {
      const text = participant.scores[String(block)]?.comment.trim() ?? '';
      if (text === '') return [];
      const group = participant.group === null ? null : (groupName.get(participant.group) ?? null);
      return [{ text, group }];
    });
    return comments.length > 0 ? [{ block, comments }] : [];
  });
}

/** How many comments there are in all. */
export function commentCount(blocks: readonly BlockComments[]): number {
  return blocks.reduce((sum, b) => sum + b.comments.length, 0);
}
