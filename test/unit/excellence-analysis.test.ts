import { describe, expect, it } from 'vitest';
import {
  actionCandidates,
  analyseBlocks,
  rankByGap,
  type BlockAnalysis,
} from '../../shared/excellence/analysis';
import { analyseGroups, groupDifferences } from '../../shared/excellence/groups';
import { previousScoresFrom } from '../../shared/excellence/previous';
import { excellenceResults } from '../../shared/excellence/results';
import { emptySession, participant, withParticipants } from '../fixtures/excellenceSession';

function block(blocks: BlockAnalysis[], number: number): BlockAnalysis {
  const found = blocks.find((b) => b.block === number);
  if (!found) throw new Error(`no block ${number}`);
  return found;
}

describe('analyseBlocks', () => {
  it('gives the nine blocks in order, empty without participants', () => {
    const blocks = analyseBlocks([]);
    expect(blocks.map((b) => b.block)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(blocks[0]).toMatchObject({ n: 0, gap: null, wideSpread: false });
  });

  it('computes now, target and gap, leaving out missing targets', () => {
    // Block 1: now 6, 4, 5 → mean 5, median 5, sd 1 (squares 1+1+0 = 2, /2 = 1);
    // targets 8, (none), 9 → mean 8.5, median 8.5, sd √0.5; gap 8.5 − 5 = 3.5.
    const blocks = analyseBlocks([
      participant('p1', [[6, 8]]),
      participant('p2', [[4, null]]),
      participant('p3', [[5, 9]]),
    ]);
    const first = block(blocks, 1);
    expect(first.n).toBe(3);
    expect(first.now).toEqual({ n: 3, mean: 5, median: 5, min: 4, max: 6, sd: 1 });
    expect(first.target.n).toBe(2);
    expect(first.target.mean).toBe(8.5);
    expect(first.target.median).toBe(8.5);
    expect(first.target.sd).toBeCloseTo(0.707107, 6);
    expect(first.gap).toBe(3.5);
    expect(first.wideSpread).toBe(false);
    // Block 2 was scored by nobody.
    expect(block(blocks, 2)).toMatchObject({ n: 0, gap: null });
  });

  it('has no gap when nobody gave a target, and counts a block with only a target', () => {
    const blocks = analyseBlocks([
      participant('p1', [
        [7, null],
        [null, 8],
      ]),
    ]);
    expect(block(blocks, 1)).toMatchObject({ n: 1, gap: null });
    expect(block(blocks, 1).now.sd).toBeNull();
    expect(block(blocks, 2)).toMatchObject({ n: 1, gap: null });
    expect(block(blocks, 2).target.mean).toBe(8);
  });

  it('flags a wide spread at sd ≥ 2 or a range ≥ 5, on now or on target', () => {
    const rows = (nows: number[], targets: number[]) =>
      nows.map((now, i) => participant(`p${i}`, [[now, targets[i] ?? null]]));
    // 6 7 8: sd 1, range 2 → not wide.
    expect(block(analyseBlocks(rows([6, 7, 8], [8, 8, 8])), 1).wideSpread).toBe(false);
    // 5 7 9: squares 4+0+4 = 8, /2 = 4, sd exactly 2 (range 4) → wide.
    expect(block(analyseBlocks(rows([5, 7, 9], [8, 8, 8])), 1).wideSpread).toBe(true);
    // Nine 5s and one 10: mean 5.5, squares 9·0.25 + 20.25 = 22.5, /9 = 2.5, sd 1.58;
    // range exactly 5 → wide.
    const tenMarks = [5, 5, 5, 5, 5, 5, 5, 5, 5, 10];
    expect(
      block(
        analyseBlocks(
          rows(
            tenMarks,
            tenMarks.map(() => 8),
          ),
        ),
        1,
      ).wideSpread,
    ).toBe(true);
    // The spread is on the target only: still wide.
    expect(block(analyseBlocks(rows([6, 7, 8], [5, 7, 9])), 1).wideSpread).toBe(true);
  });

  it('counts a range that floating point makes 4.999… as 5', () => {
    // 8.2 − 3.2 is 4.999999999999999 in binary floating point; sd of nine 3.2s and one 8.2 is 1.58.
    const marks = [3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 8.2];
    const blocks = analyseBlocks(marks.map((m, i) => participant(`p${i}`, [[m, null]])));
    expect(block(blocks, 1).wideSpread).toBe(true);
  });
});

describe('ranking by gap', () => {
  // Gaps: block 1: 3, block 2: 1, block 3: 3, block 4: −1, block 5: 2, block 6: none (no target);
  // blocks 7–9 not scored.
  const blocks = analyseBlocks([
    participant('p1', [
      [5, 8],
      [6, 7],
      [4, 7],
      [8, 7],
      [6, 8],
      [5, null],
    ]),
  ]);

  it('orders blocks with a gap by gap, ties in block order', () => {
    expect(rankByGap(blocks).map((b) => [b.block, b.gap])).toEqual([
      [1, 3],
      [3, 3],
      [5, 2],
      [2, 1],
      [4, -1],
    ]);
  });

  it('highlights the three largest positive gaps', () => {
    expect(actionCandidates(rankByGap(blocks))).toEqual([1, 3, 5]);
  });

  it('highlights no block whose target is not above now', () => {
    const flat = analyseBlocks([
      participant('p1', [
        [7, 7],
        [8, 6],
        [5, 6],
      ]),
    ]);
    expect(actionCandidates(rankByGap(flat))).toEqual([3]);
  });
});

describe('per group', () => {
  const session = withParticipants(emptySession(['management', 'staff']), [
    // Block 1: management now 8, 9 (mean 8.5), targets 9, 9; staff now 5, 6 (mean 5.5), target 8, 9.
    participant('m1', [[8, 9]], 'g-management'),
    participant('s1', [[5, 8]], 'g-staff'),
    participant('m2', [[9, 9]], 'g-management'),
    participant('s2', [[6, 9]], 'g-staff'),
    participant('x1', [[7, 7]]),
  ]);

  it('analyses each group in the session order, "no group" last', () => {
    const groups = analyseGroups(session);
    expect(groups.map((g) => [g.group, g.name, g.participants])).toEqual([
      ['g-management', 'management', 2],
      ['g-staff', 'staff', 2],
      [null, null, 1],
    ]);
    expect(block(groups[0]!.blocks, 1).now.mean).toBe(8.5);
    expect(block(groups[1]!.blocks, 1).now.mean).toBe(5.5);
  });

  it('gives the differences between two groups per block', () => {
    const [management, staff] = analyseGroups(session);
    const differences = groupDifferences(management!, staff!);
    // now 8.5 − 5.5 = 3; target 9 − 8.5 = 0.5; gap (9 − 8.5) − (8.5 − 5.5) = 0.5 − 3 = −2.5.
    expect(differences[0]).toEqual({ block: 1, now: 3, target: 0.5, gap: -2.5 });
    expect(differences[1]).toEqual({ block: 2, now: null, target: null, gap: null });
  });

  it('leaves out groups without participants and has nothing without groups', () => {
    const withEmptyGroup = withParticipants(emptySession(['a', 'b']), [
      participant('p1', [[5, 6]], 'g-b'),
    ]);
    expect(analyseGroups(withEmptyGroup).map((g) => g.group)).toEqual(['g-b']);
    expect(analyseGroups(withParticipants(emptySession(), [participant('p1', [[5, 6]])]))).toEqual(
      [],
    );
  });

  it('bundles everything in excellenceResults', () => {
    const results = excellenceResults(session);
    // Block 1 overall: now 8 5 9 6 7 → mean 7; targets 9 8 9 9 7 → mean 8.4; gap 1.4.
    expect(results.blocks[0]!.now.mean).toBe(7);
    expect(results.blocks[0]!.gap).toBeCloseTo(1.4, 10);
    expect(results.candidates).toEqual([1]);
    expect(results.groups).toHaveLength(3);
  });
});

describe('previousScoresFrom', () => {
  it('freezes the now means and counts per block', () => {
    // Block 1 now 6 and 7 → 6.5 (n 2); block 2 now 4 (n 1), the other target-only.
    const session = withParticipants(emptySession(), [
      participant('p1', [
        [6, 8],
        [4, 8],
      ]),
      participant('p2', [
        [7, 9],
        [null, 9],
      ]),
    ]);
    const previous = previousScoresFrom(session);
    expect(previous).toMatchObject({ sessionName: 'Test', date: '2026-03-01' });
    expect(previous!.blocks.slice(0, 3)).toEqual([
      { block: 1, n: 2, meanNow: 6.5 },
      { block: 2, n: 1, meanNow: 4 },
      { block: 3, n: 0, meanNow: null },
    ]);
  });

  it('has nothing to freeze without participants', () => {
    expect(previousScoresFrom(emptySession())).toBeNull();
  });
});
