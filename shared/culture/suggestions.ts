import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { stemmer as englishStem } from '@orama/stemmers/english';
import type { Language } from '../session';
import type { CultureAnalysis } from './analysis';
import type { CultureData } from './model';
import { compareWords } from './normalise';
import { looksLikeTypo } from './typos';

/** A likely variant the facilitator may merge with one click (never merged automatically). */
export interface MergeSuggestion {
  /** Matching key of the word to fold into `into`; the rarer spelling. */
  from: string;
  into: string;
  /** Shown spellings. */
  fromWord: string;
  intoWord: string;
  /** 'stem': the same word stem (Snowball); 'typo': one or two letters apart. */
  reason: 'stem' | 'typo';
}

/**
 * The Snowball stemmers strip inflections ("regels", "samenwerking") but leave derivations such
 * as a diminutive or "-isch" ("regeltjes", "hierarchisch"); see `derivedStems`.
 */
const MAX_DERIVATION = 4;
const MIN_SHARED_STEM = 5;
const SURE_SHARED_STEM = 7;

interface Candidate {
  key: string;
  word: string;
  mentions: number;
  stem: string;
}

/**
 * The stemmer of the session language only. Both languages' stemmers together were measured
 * on the pair table (test/fixtures/culturePairs.ts) and found more variants but also more
 * look-alikes: the English one strips endings that are none in Dutch ("houding" → "houd",
 * like "houden"; "proces" → "proce", like "procent"). English loanwords in a Dutch session
 * still meet through their Dutch stems and typos. Figures: docs/culture.md.
 */
const STEMMERS: Record<Language, (word: string) => string> = { nl: dutchStem, en: englishStem };

/** The stem of a matching key; a phrase is stemmed word by word. */
function stemOf(key: string, language: Language): string {
  // "collega's", "KPI's": the apostrophe of a Dutch plural is no part of the word to stem.
  const tokens = key
    .replace(/['’]/gu, '')
    .split(/[\s-]+/u)
    .filter((t) => t !== '');
  return tokens.map(STEMMERS[language]).join(' ');
}

/** Which of two words is the one to keep: more mentions, then the shorter, then alphabetical. */
function ranksBefore(a: Candidate, b: Candidate): boolean {
  return (
    a.mentions > b.mentions ||
    (a.mentions === b.mentions &&
      (a.key.length < b.key.length ||
        (a.key.length === b.key.length && compareWords(a.word, b.word) < 0)))
  );
}

/**
 * Two stems of one word family where the stemmer left a derivation: after a shared start, one
 * stem has at most one letter left and the other an ending of at most MAX_DERIVATION letters
 * (regel/regeltj, hierarchi/hierarchisch, bureaucraci/bureaucrat). A short shared start only
 * counts with nothing left on one side and a real ending (2 letters or more) on the other:
 * "polic"/"polici", "veilig"/"veiling" and "bedrijf"/"bedrijvig" are other words.
 */
function derivedStems(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  const short = Math.min(a.length, b.length) - shared;
  const long = Math.max(a.length, b.length) - shared;
  if (shared < MIN_SHARED_STEM || short > 1 || long > MAX_DERIVATION) return false;
  return shared >= SURE_SHARED_STEM || (short === 0 && long >= 2);
}

/** Every pair of candidates with the same stem or derived stems. */
function stemPairs(candidates: readonly Candidate[]): [Candidate, Candidate][] {
  // Related stems share their first MIN_SHARED_STEM letters (or are equal and shorter).
  const byStart = groupBy(candidates, (c) => c.stem.slice(0, MIN_SHARED_STEM));
  const pairs: [Candidate, Candidate][] = [];
  for (const group of byStart.values()) {
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        if (tooShort(a.key, b.key)) continue;
        if (a.stem === b.stem || derivedStems(a.stem, b.stem)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/**
 * A word less than half as long as the other is another word, even where the stemmer gives
 * both the same stem (organ/organization).
 */
function tooShort(a: string, b: string): boolean {
  return 2 * Math.min(a.length, b.length) < Math.max(a.length, b.length);
}

function typoPairs(candidates: readonly Candidate[]): [Candidate, Candidate][] {
  const pairs: [Candidate, Candidate][] = [];
  for (const group of groupBy(candidates, (c) => c.key[0] ?? '').values()) {
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) if (looksLikeTypo(a.key, b.key)) pairs.push([a, b]);
    }
  }
  return pairs;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Likely variants among the words of the analysis (so hidden and merged-away words are left
 * out): each word is suggested at most once, into the best-ranked word it resembles, a shared
 * stem before a typo. Pairs the facilitator dismissed (either way round) are not suggested.
 * Ordered by the word kept, then the word folded in, so the list stays put as data grows.
 */
export function suggestMerges(
  data: CultureData,
  analysis: CultureAnalysis,
  language: Language,
): MergeSuggestion[] {
  const mentions = new Map<string, Candidate>();
  for (const w of [...analysis.current, ...analysis.desired]) {
    const known = mentions.get(w.key);
    if (known) known.mentions += w.count;
    else mentions.set(w.key, { ...w, mentions: w.count, stem: stemOf(w.key, language) });
  }
  const candidates = [...mentions.values()];
  const dismissed = new Set(
    data.dismissedSuggestions.flatMap((d) => [`${d.from}\n${d.into}`, `${d.into}\n${d.from}`]),
  );

  const best = new Map<string, { into: Candidate; reason: MergeSuggestion['reason'] }>();
  const consider = (pairs: [Candidate, Candidate][], reason: MergeSuggestion['reason']) => {
    for (const [a, b] of pairs) {
      const [into, from] = ranksBefore(a, b) ? [a, b] : [b, a];
      if (dismissed.has(`${from.key}\n${into.key}`)) continue;
      const earlier = best.get(from.key);
      // Stems are considered first, so a typo never replaces a shared stem.
      if (!earlier || (earlier.reason === reason && ranksBefore(into, earlier.into))) {
        best.set(from.key, { into, reason });
      }
    }
  };
  consider(stemPairs(candidates), 'stem');
  consider(typoPairs(candidates), 'typo');

  return [...best]
    .map(([from, { into, reason }]) => ({
      from,
      into: into.key,
      fromWord: mentions.get(from)?.word ?? from,
      intoWord: into.word,
      reason,
    }))
    .sort(
      (a, b) =>
        compareWords(a.intoWord, b.intoWord) ||
        compareWords(a.fromWord, b.fromWord) ||
        (a.from < b.from ? -1 : a.from > b.from ? 1 : 0),
    );
}
