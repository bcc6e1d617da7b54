import type { KanoCategory } from './model';

export type CategoryCounts = Record<KanoCategory, number>;

/**
 * The tie rule (docs/kano.md): on equal counts the category with the larger consequence for the
 * product wins, M > O > A > I, then R and Q. Also the order in which categories are listed.
 */
export const CATEGORY_PRIORITY: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

export function emptyCounts(): CategoryCounts {
  return { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
}

export function totalOf(counts: CategoryCounts): number {
  return counts.A + counts.O + counts.M + counts.I + counts.R + counts.Q;
}

/** Categories from most to least frequent; equal counts in tie-rule order. */
export function rankCategories(counts: CategoryCounts): KanoCategory[] {
  // Array.prototype.sort is stable, so equal counts keep CATEGORY_PRIORITY order.
  return [...CATEGORY_PRIORITY].sort((a, b) => counts[b] - counts[a]);
}

/** Percentages 0–100 of n; all zero when there are no answers. */
export function percentagesOf(counts: CategoryCounts): CategoryCounts {
  const n = totalOf(counts);
  const share = (count: number) => (n === 0 ? 0 : (count / n) * 100);
  return {
    A: share(counts.A),
    O: share(counts.O),
    M: share(counts.M),
    I: share(counts.I),
    R: share(counts.R),
    Q: share(counts.Q),
  };
}

export interface SatisfactionCoefficients {
  /** (A+O)/(A+O+M+I), 0..1: how much meeting the wish adds satisfaction. */
  better: number | null;
  /** −(O+M)/(A+O+M+I), −1..0: how much missing it costs. */
  worse: number | null;
}

/** Berger et al. (1993); both undefined (null) when no answer was A, O, M or I. */
export function satisfactionCoefficients(counts: CategoryCounts): SatisfactionCoefficients {
  const relevant = counts.A + counts.O + counts.M + counts.I;
  if (relevant === 0) return { better: null, worse: null };
  return {
    better: (counts.A + counts.O) / relevant,
    // `0 - x` rather than `-x` so that no answers in O or M gives 0, not −0.
    worse: 0 - (counts.O + counts.M) / relevant,
  };
}

/**
 * Fong's test: the two largest counts a and b of n answers differ significantly when
 * |a − b| ≥ 1.65·√((a+b)(2n − a − b)/(2n)). Without answers nothing is significant.
 */
export function fongThreshold(a: number, b: number, n: number): number {
  return 1.65 * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n));
}

export function fongSignificant(a: number, b: number, n: number): boolean {
  if (n === 0) return false;
  return Math.abs(a - b) >= fongThreshold(a, b, n);
}
