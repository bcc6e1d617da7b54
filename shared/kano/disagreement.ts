import type { WishAnalysis } from './analysis';
import type { ContinuousCategory } from './continuous';
import type { KanoCategory } from './model';

/** A wish whose place on the continuous plane names another category than the table does. */
export interface Disagreement {
  wish: WishAnalysis;
  /** The table's (discrete) category, the most frequent answer category. */
  table: KanoCategory;
  /** The quadrant of the mean scores on the plane (DuMouchel). */
  plane: ContinuousCategory;
}

/**
 * The wishes on which the two analyses disagree. The table counts answer categories and names
 * the most frequent; the plane averages scores, so a split group (half M, half A) or a few
 * strong answers can put the mean in another quadrant. A mix in the table ("M/O", Fong's test
 * not significant) agrees with either of its two categories.
 */
export function disagreements(results: readonly WishAnalysis[]): Disagreement[] {
  return results.flatMap((wish) => {
    const table = wish.category;
    const plane = wish.continuous.category;
    if (table === null || plane === null || table === plane) return [];
    const mixed = !wish.significant && wish.runnerUp !== null;
    if (mixed && wish.runnerUp === plane) return [];
    return [{ wish, table, plane }];
  });
}
