import { EXCELLENCE_BLOCKS, type BlockNumber } from './blocks';
import type { ExcellenceParticipant } from './model';
import { describeSeries, type SeriesStats } from './stats';

/** A block is worth discussing when people disagree: sd ≥ 2 or a range of 5 or more. */
export const WIDE_SD = 2;
export const WIDE_RANGE = 5;
/** Marks like 8.1 − 3.1 come out as 4.999…; within this tolerance a figure counts as reached. */
const TOLERANCE = 1e-9;
/** How many of the largest gaps are highlighted as candidates for action. */
export const CANDIDATE_COUNT = 3;

export interface BlockAnalysis {
  block: BlockNumber;
  /** Participants with a "now" or a "target" mark for this block. */
  n: number;
  now: SeriesStats;
  target: SeriesStats;
  /** Mean target − mean now; null when either has no marks. */
  gap: number | null;
  /** Wide spread on "now" or on "target": disagreement about either is worth a conversation. */
  wideSpread: boolean;
}

/** Scores are keyed by block number as text. */
const BLOCK_KEYS = EXCELLENCE_BLOCKS.map(({ block }) => String(block));

/** The figures of the nine blocks, in block order. */
export function analyseBlocks(participants: readonly ExcellenceParticipant[]): BlockAnalysis[] {
  // One pass over the participants filling all nine blocks: a pass per block is several times
  // slower for the thousands of participants of a large session.
  const nows = EXCELLENCE_BLOCKS.map((): number[] => []);
  const targets = EXCELLENCE_BLOCKS.map((): number[] => []);
  const counts = EXCELLENCE_BLOCKS.map(() => 0);
  for (const { scores } of participants) {
    BLOCK_KEYS.forEach((key, index) => {
      const score = scores[key];
      if (score === undefined) return;
      if (score.now !== null) nows[index]!.push(score.now);
      if (score.target !== null) targets[index]!.push(score.target);
      if (score.now !== null || score.target !== null) counts[index]! += 1;
    });
  }
  return EXCELLENCE_BLOCKS.map(({ block }, index) =>
    blockAnalysis(
      block,
      counts[index]!,
      describeSeries(nows[index]!),
      describeSeries(targets[index]!),
    ),
  );
}

function blockAnalysis(
  block: BlockNumber,
  n: number,
  now: SeriesStats,
  target: SeriesStats,
): BlockAnalysis {
  const gap = now.mean !== null && target.mean !== null ? target.mean - now.mean : null;
  return { block, n, now, target, gap, wideSpread: isWide(now) || isWide(target) };
}

function isWide(series: SeriesStats): boolean {
  const sdWide = series.sd !== null && series.sd >= WIDE_SD - TOLERANCE;
  const range = series.max !== null && series.min !== null ? series.max - series.min : 0;
  return sdWide || range >= WIDE_RANGE - TOLERANCE;
}

export function rankByGap(blocks: readonly BlockAnalysis[]): BlockAnalysis[] {
  return blocks.filter((b) => b.gap !== null).sort((a, b) => b.gap! - a.gap! || a.block - b.block);
}

/** A gap of zero or less asks for no action, so fewer than three candidates is possible. */
export function actionCandidates(ranking: readonly BlockAnalysis[]): BlockNumber[] {
  return ranking
    .filter((b) => b.gap! > 0)
    .slice(0, CANDIDATE_COUNT)
    .map((b) => b.block);
}
