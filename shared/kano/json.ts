import type { WishAnalysis } from './analysis';
import type { CategoryCounts } from './categoryStats';
import type { ContinuousResult } from './continuous';
import type { KanoCategory } from './model';

/** The stable JSON of `analyse kano --json` (see docs/kano.md). */
export interface KanoAnalysisJson {
  wishes: {
    wish: string;
    n: number;
    counts: CategoryCounts;
    category: KanoCategory | null;
    better: number | null;
    worse: number | null;
    significant: boolean;
    continuous: ContinuousResult;
    importance: number | null;
  }[];
}

export function kanoAnalysisJson(results: readonly WishAnalysis[]): KanoAnalysisJson {
  return {
    wishes: results.map((r) => ({
      wish: r.wish.name,
      n: r.n,
      counts: {
        A: r.counts.A,
        O: r.counts.O,
        M: r.counts.M,
        I: r.counts.I,
        R: r.counts.R,
        Q: r.counts.Q,
      },
      category: r.category,
      better: r.better,
      worse: r.worse,
      significant: r.significant,
      continuous: {
        x: r.continuous.x,
        y: r.continuous.y,
        sdX: r.continuous.sdX,
        sdY: r.continuous.sdY,
        category: r.continuous.category,
      },
      importance: r.importance,
    })),
  };
}
