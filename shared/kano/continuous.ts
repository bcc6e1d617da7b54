import type { KanoAnswer } from './evaluation';
import { mean, sampleStandardDeviation } from './statistics';

/** DuMouchel's scores (docs/kano.md): Like 4, Expect 2, Neutral 0, Live with −1, Dislike −2. */
const FUNCTIONAL_SCORES: Readonly<Record<KanoAnswer, number>> = { 1: 4, 2: 2, 3: 0, 4: -1, 5: -2 };
/** Like −2, Expect −1, Neutral 0, Live with 2, Dislike 4. */
const DYSFUNCTIONAL_SCORES: Readonly<Record<KanoAnswer, number>> = {
  1: -2,
  2: -1,
  3: 0,
  4: 2,
  5: 4,
};

/** Where the plane is split into the four quadrants. */
export const CONTINUOUS_THRESHOLD = 2;

export type ContinuousCategory = 'A' | 'O' | 'M' | 'I';

export interface ContinuousResult {
  /** Mean dysfunctional score, −2..4. */
  x: number | null;
  /** Mean functional score, −2..4. */
  y: number | null;
  /** Sample standard deviations; null below two answers. */
  sdX: number | null;
  sdY: number | null;
  category: ContinuousCategory | null;
}

export function continuousCategory(x: number, y: number): ContinuousCategory {
  const high = (value: number) => value >= CONTINUOUS_THRESHOLD;
  if (high(x)) return high(y) ? 'O' : 'M';
  return high(y) ? 'A' : 'I';
}

export function continuousAnalysis(
  answers: readonly { functional: number; dysfunctional: number }[],
): ContinuousResult {
  const xs = answers.map((answer) => DYSFUNCTIONAL_SCORES[answer.dysfunctional as KanoAnswer]);
  const ys = answers.map((answer) => FUNCTIONAL_SCORES[answer.functional as KanoAnswer]);
  const x = mean(xs);
  const y = mean(ys);
  return {
    x,
    y,
    sdX: sampleStandardDeviation(xs),
    sdY: sampleStandardDeviation(ys),
    category: x === null || y === null ? null : continuousCategory(x, y),
  };
}
