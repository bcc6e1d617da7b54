import { describe, expect, it } from 'vitest';
import { commentCount, commentsByBlock } from '../../shared/excellence/comments';
import type { ExcellenceParticipant } from '../../shared/excellence/model';

const score = (comment: string) => ({ now: 6, target: 8, comment });

const participants: ExcellenceParticipant[] = [
  {
    id: 'p1',
    label: 'Anna',
    group: 'g1',
    scores: { '3': score('  Te veel lagen  '), '1': score('Wij vragen het nooit') },
  },
  { id: 'p2', label: 'Bert', group: null, scores: { '3': score('Besluiten duren lang') } },
  { id: 'p3', label: '', group: 'gone', scores: { '1': score('   '), '9': score('') } },
];

describe('Service Excellence comments per building block', () => {
  it('lists them in block order, trimmed, with the group and without names', () => {
    const blocks = commentsByBlock(participants, [{ id: 'g1', name: 'MT' }]);
    expect(blocks).toEqual([
      { block: 1, comments: [{ text: 'Wij vragen het nooit', group: 'MT' }] },
      {
        block: 3,
        comments: [
          { text: 'Te veel lagen', group: 'MT' },
          { text: 'Besluiten duren lang', group: null },
        ],
      },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/Anna|Bert/);
    expect(commentCount(blocks)).toBe(3);
  });

  it('has nothing without comments', () => {
    expect(commentsByBlock([participants[2]!], [])).toEqual([]);
  });
});
