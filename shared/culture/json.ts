import type { CultureResult } from './result';

/** The stable JSON of `analyse culture --json` (see docs/culture.md). */
export interface CultureAnalysisJson {
  participants: number;
  current: { word: string; count: number }[];
  desired: { word: string; count: number }[];
  /** The computed lists, whatever the facilitator moved. */
  keep: string[];
  letGo: string[];
  develop: string[];
  overlapShare: number;
  cosine: number;
  /** Only present when words are tagged as limiting. */
  entropy?: number;
  /** Only present when the facilitator moved a word to another list. */
  steered?: { keep: string[]; letGo: string[]; develop: string[] };
  /** The open merge suggestions, shown spellings. */
  suggestedMerges: { from: string; into: string }[];
  coreValues: {
    name: string;
    meaning: string;
    doing: string[];
    notDoing: string[];
    words: string[];
  }[];
}

export function cultureAnalysisJson(result: CultureResult): CultureAnalysisJson {
  const counts = (words: { word: string; count: number }[]) =>
    words.map(({ word, count }) => ({ word, count }));
  const words = (list: readonly { word: string }[]) => list.map((w) => w.word);
  const { steered } = result;
  return {
    participants: result.participants,
    current: counts(result.current),
    desired: counts(result.desired),
    keep: words(result.keep),
    letGo: words(result.letGo),
    develop: words(result.develop),
    overlapShare: result.overlapShare,
    cosine: result.cosine,
    ...(result.entropy === null ? {} : { entropy: result.entropy }),
    ...(steered.moved.length === 0
      ? {}
      : {
          steered: {
            keep: words(steered.keep),
            letGo: words(steered.letGo),
            develop: words(steered.develop),
          },
        }),
    suggestedMerges: result.suggestedMerges.map((s) => ({ from: s.fromWord, into: s.intoWord })),
    coreValues: result.coreValues.map((v) => ({
      name: v.name,
      meaning: v.meaning,
      doing: [...v.doing],
      notDoing: [...v.notDoing],
      words: words(v.words),
    })),
  };
}
