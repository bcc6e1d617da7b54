import type { CultureData, CultureEntry, CultureList } from './model';
import { compareWords, matchingKey } from './normalise';
import { buildVocabulary, type HiddenReason, type Vocabulary } from './vocabulary';

export interface WordCount {
  /** Matching key after merges; what hide, merge and tag commands act on. */
  key: string;
  /** The spelling shown. */
  word: string;
  /** Participants who gave this word (after merges) on this side. */
  count: number;
  limiting: boolean;
}

export interface KeptWord {
  key: string;
  word: string;
  current: number;
  desired: number;
}

export interface HiddenWord {
  key: string;
  word: string;
  reason: HiddenReason;
  /** Mentions on both sides together. */
  count: number;
}

export type { CultureList } from './model';

/** A word the facilitator moved to another list than the analysis put it on. */
export interface MovedWord {
  key: string;
  word: string;
  from: CultureList;
  to: CultureList;
}

/** The from→to after the facilitator's moves; equal to the computed lists when nothing moved. */
export interface SteeredLists {
  keep: KeptWord[];
  letGo: KeptWord[];
  develop: KeptWord[];
  /** The moves that apply to these words, in the order of the lists they went to. */
  moved: MovedWord[];
}

export interface CultureAnalysis {
  participants: number;
  current: WordCount[];
  desired: WordCount[];
  /** In both clouds; most mentions (current + desired) first. */
  keep: KeptWord[];
  /** Only in the current culture, most frequent first. */
  letGo: WordCount[];
  /** Only in the desired culture, most frequent first. */
  develop: WordCount[];
  /** Share (0..1) of desired-culture mentions whose word also occurs in the current culture. */
  overlapShare: number;
  /** Cosine similarity (0..1) of the two frequency vectors. */
  cosine: number;
  /** Limiting mentions / all current mentions, as a percentage; null when nothing is tagged. */
  entropy: number | null;
  /** Words left out of the clouds, so the facilitator can bring them back. */
  hidden: HiddenWord[];
  /** keep / letGo / develop after the facilitator's moves (the data's `steering`). */
  steered: SteeredLists;
}

export interface AnalysisOptions {
  /** Only the entries of this group id; all entries when absent. */
  group?: string;
}

type Side = 'current' | 'desired';
type Counts = Map<string, number>;

/**
 * Counts one side: a participant counts once per word, also when two of their words end up as
 * one through normalisation or a merge. Hidden words are left out (and tallied apart).
 */
function countSide(
  entries: readonly CultureEntry[],
  side: Side,
  vocabulary: Vocabulary,
  hidden: Counts,
): Counts {
  const counts: Counts = new Map();
  for (const entry of entries) {
    const keys = new Set<string>();
    for (const word of entry[side]) {
      const key = matchingKey(word);
      if (key !== '') keys.add(vocabulary.resolve(key));
    }
    for (const key of keys) {
      const tally = vocabulary.hiddenReason(key) === null ? counts : hidden;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Count descending, then the shown word in Dutch collation, then the key (never a tie). */
function byCountThenWord<T extends { word: string; key: string }>(count: (item: T) => number) {
  return (a: T, b: T) =>
    count(b) - count(a) || compareWords(a.word, b.word) || (a.key < b.key ? -1 : 1);
}

function wordCounts(counts: Counts, vocabulary: Vocabulary): WordCount[] {
  return [...counts]
    .map(([key, count]) => ({
      key,
      word: vocabulary.spelling(key),
      count,
      limiting: vocabulary.isLimiting(key),
    }))
    .sort(byCountThenWord((w) => w.count));
}

function total(counts: Counts): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

function percentage(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

function cosineSimilarity(a: Counts, b: Counts): number {
  let dot = 0;
  for (const [key, count] of a) dot += count * (b.get(key) ?? 0);
  const norm = (counts: Counts) => Math.sqrt([...counts.values()].reduce((s, c) => s + c * c, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** The clouds and the from-to analysis of docs/culture.md, after the facilitator's curation. */
export function analyseCulture(data: CultureData, options: AnalysisOptions = {}): CultureAnalysis {
  const vocabulary = buildVocabulary(data);
  const entries =
    options.group === undefined
      ? data.entries
      : data.entries.filter((entry) => entry.group === options.group);
  const hiddenCounts: Counts = new Map();
  const current = countSide(entries, 'current', vocabulary, hiddenCounts);
  const desired = countSide(entries, 'desired', vocabulary, hiddenCounts);
  const currentWords = wordCounts(current, vocabulary);
  const desiredWords = wordCounts(desired, vocabulary);

  const keep = currentWords
    .filter((w) => desired.has(w.key))
    .map((w) => ({ key: w.key, word: w.word, current: w.count, desired: desired.get(w.key) ?? 0 }))
    .sort(byCountThenWord((w) => w.current + w.desired));

  const desiredTotal = total(desired);
  const desiredAlsoCurrent = desiredWords
    .filter((w) => current.has(w.key))
    .reduce((sum, w) => sum + w.count, 0);

  const currentTotal = total(current);
  const limitingMentions = currentWords
    .filter((w) => w.limiting)
    .reduce((sum, w) => sum + w.count, 0);

  const letGo = currentWords.filter((w) => !desired.has(w.key));
  const develop = desiredWords.filter((w) => !current.has(w.key));
  const kept = (w: WordCount): KeptWord => ({
    key: w.key,
    word: w.word,
    current: current.get(w.key) ?? 0,
    desired: desired.get(w.key) ?? 0,
  });

  return {
    participants: entries.length,
    current: currentWords,
    desired: desiredWords,
    keep,
    letGo,
    develop,
    overlapShare: desiredTotal === 0 ? 0 : desiredAlsoCurrent / desiredTotal,
    cosine: cosineSimilarity(current, desired),
    entropy: data.limiting.length === 0 ? null : percentage(limitingMentions, currentTotal),
    hidden: [...hiddenCounts]
      .flatMap(([key, count]) => {
        const reason = vocabulary.hiddenReason(key);
        return reason === null ? [] : [{ key, word: vocabulary.spelling(key), reason, count }];
      })
      .sort(byCountThenWord((w) => w.count)),
    steered: steerLists(
      { keep, letGo: letGo.map(kept), develop: develop.map(kept) },
      data.steering,
    ),
  };
}

/** How each list is ordered: by the mentions that put a word on it. */
const LIST_ORDER: Record<CultureList, (w: KeptWord) => number> = {
  keep: (w) => w.current + w.desired,
  letGo: (w) => w.current,
  develop: (w) => w.desired,
};
const LISTS: readonly CultureList[] = ['keep', 'letGo', 'develop'];

/**
 * Applies the facilitator's moves to the computed lists. A move of a word that is on none of
 * them (hidden, merged away, not in this group) does nothing, and neither does a move to the
 * list the word is already on.
 */
function steerLists(
  computed: Record<CultureList, KeptWord[]>,
  steering: CultureData['steering'],
): SteeredLists {
  const target = new Map(steering.map((s) => [s.key, s.to]));
  const lists: Record<CultureList, KeptWord[]> = { keep: [], letGo: [], develop: [] };
  const moved: MovedWord[] = [];
  for (const from of LISTS) {
    for (const word of computed[from]) {
      const to = target.get(word.key) ?? from;
      lists[to].push(word);
      if (to !== from) moved.push({ key: word.key, word: word.word, from, to });
    }
  }
  if (moved.length > 0) {
    for (const list of LISTS) lists[list].sort(byCountThenWord(LIST_ORDER[list]));
  }
  const place = (w: MovedWord) => lists[w.to].findIndex((k) => k.key === w.key);
  moved.sort((a, b) => LISTS.indexOf(a.to) - LISTS.indexOf(b.to) || place(a) - place(b));
  return { ...lists, moved };
}

export interface MergeLogLine {
  from: string;
  into: string;
  fromWord: string;
  intoWord: string;
}

/** The facilitator's merges in the order they were made, with the spellings shown. */
export function mergeLog(data: CultureData): MergeLogLine[] {
  const vocabulary = buildVocabulary(data);
  return data.merges.map(({ from, into }) => ({
    from,
    into,
    fromWord: vocabulary.spelling(from),
    intoWord: vocabulary.spelling(into),
  }));
}
