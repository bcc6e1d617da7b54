import type { BlockAnalysis } from './analysis';
import type { SeriesStats } from './stats';

/** Three decimals are plenty for marks 1–10 and keep the output free of floating-point noise. */
function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

function seriesJson(series: SeriesStats) {
  return {
    mean: rounded(series.mean),
    median: rounded(series.median),
    min: rounded(series.min),
    max: rounded(series.max),
    sd: rounded(series.sd),
  };
}

/** The stable JSON of `analyse excellence --json` (README.md, "Service Excellence"). */
export function excellenceJson(blocks: readonly BlockAnalysis[]) {
  return {
    blocks: blocks.map((b) => ({
      block: b.block,
      n: b.n,
      now: seriesJson(b.now),
      target: seriesJson(b.target),
      gap: rounded(b.gap),
      wideSpread: b.wideSpread,
    })),
  };
}
