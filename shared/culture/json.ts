import type { CultureAnalysis } from './analysis';

/** The stable JSON of `analyse culture --json` (see docs/culture.md). */
export interface CultureAnalysisJson {
  participants: number;
  current: { word: string; count: number }[];
  desired: { word: string; count: number }[];
  keep: string[];
  letGo: string[];
  develop: string[];
  overlapShare: number;
  cosine: number;
  /** Only present when words are tagged as limiting. */
  entropy?: number;
}

export function cultureAnalysisJson(analysis: CultureAnalysis): CultureAnalysisJson {
  const counts = (words: { word: string; count: number }[]) =>
    words.map(({ word, count }) => ({ word, count }));
  const words = (list: { word: string }[]) => list.map((w) => w.word);
  return {
    participants: analysis.participants,
    current: counts(analysis.current),
    desired: counts(analysis.desired),
    keep: words(analysis.keep),
    letGo: words(analysis.letGo),
    develop: words(analysis.develop),
    overlapShare: analysis.overlapShare,
    cosine: analysis.cosine,
    ...(analysis.entropy === null ? {} : { entropy: analysis.entropy }),
  };
}
