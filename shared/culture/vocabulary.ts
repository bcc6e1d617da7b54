import type { CultureData, CultureMerge } from './model';
import { displayForm, LOCALE, matchingKey } from './normalise';
import { isProfane } from './profanity';

export type HiddenReason = 'hidden' | 'profanity';

/** What the facilitator's curation (merges, hides, tags) makes of the words in the data. */
export interface Vocabulary {
  /** The key a word counts as after the merges: A→B then B→C makes A count as C. */
  resolve(key: string): string;
  /** The spelling shown for a key; see `buildVocabulary`. */
  spelling(key: string): string;
  /** Why the words counted as this (resolved) key are left out of the clouds, or null. */
  hiddenReason(key: string): HiddenReason | null;
  isLimiting(key: string): boolean;
}

/**
 * Follows the merge log as chains. The commands refuse cycles; a hand-edited file could still
 * hold one, so a chain stops at the first key it meets twice.
 */
export function mergeResolver(merges: readonly CultureMerge[]): (key: string) => string {
  const into = new Map(merges.map((m) => [m.from, m.into]));
  return (key) => {
    if (!into.has(key)) return key; // most words are not merged: no chain to follow
    const seen = new Set<string>();
    let current = key;
    for (let next = into.get(current); next !== undefined; next = into.get(current)) {
      seen.add(current);
      if (seen.has(next)) break;
      current = next;
    }
    return current;
  };
}

/** Spelling → mentions, in the order the spellings first appear in the data. */
type Tally = Map<string, number>;

function add(tallies: Map<string, Tally>, key: string, form: string, count = 1): void {
  const tally = tallies.get(key) ?? new Map<string, number>();
  tally.set(form, (tally.get(form) ?? 0) + count);
  tallies.set(key, tally);
}

/** The most-used spelling; on a tie the one that appears first in the data (stable as data grows). */
function mostUsed(tally: Tally | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [form, count] of tally ?? []) {
    if (count > bestCount) [best, bestCount] = [form, count];
  }
  return best;
}

const UPPER_CASE = /\p{Lu}|\p{Lt}/u;

/**
 * The spelling shown for one tally: the most-used spelling, in lower case unless every
 * mention had a capital ("AFAS", "KPI", "Jan", "eBay"): one participant's "Hiërarchisch" at
 * the start of their list must not make the word look like a name.
 */
function shownSpelling(tally: Tally | undefined): string | undefined {
  const form = mostUsed(tally);
  if (form === undefined || tally === undefined) return form;
  const allCapitalised = [...tally.keys()].every((f) => UPPER_CASE.test(f));
  return allCapitalised ? form : form.toLocaleLowerCase(LOCALE);
}

/**
 * The spelling of a key is the one most participants used for that very key (over all entries,
 * both sides and every group, so a word looks the same in every cloud). A key that only exists
 * as a merge target without mentions of its own takes the most-used spelling of the words
 * merged into it; a key nobody used is shown as the key itself. Either way it is shown in lower
 * case unless every one of those mentions had a capital (see `shownSpelling`).
 */
export function buildVocabulary(data: CultureData): Vocabulary {
  const resolve = mergeResolver(data.merges);
  const own = new Map<string, Tally>();
  for (const entry of data.entries) {
    for (const words of [entry.current, entry.desired]) {
      for (const word of words) {
        const key = matchingKey(word);
        if (key !== '') add(own, key, displayForm(word));
      }
    }
  }
  const merged = new Map<string, Tally>();
  for (const [key, tally] of own) {
    for (const [form, count] of tally) add(merged, resolve(key), form, count);
  }

  const hidden = new Set(data.hidden);
  const shownAnyway = new Set(data.shownDespiteFilter);
  const limiting = new Set(data.limiting);
  // Asked once per word of every entry: answered once per key.
  const reasons = new Map<string, HiddenReason | null>();
  const reasonOf = (key: string): HiddenReason | null => {
    if (hidden.has(key)) return 'hidden';
    if (data.profanityFilter && isProfane(key) && !shownAnyway.has(key)) return 'profanity';
    return null;
  };
  return {
    resolve,
    spelling: (key) => shownSpelling(own.get(key)) ?? shownSpelling(merged.get(key)) ?? key,
    hiddenReason: (key) => {
      let reason = reasons.get(key);
      if (reason === undefined) {
        reason = reasonOf(key);
        reasons.set(key, reason);
      }
      return reason;
    },
    isLimiting: (key) => limiting.has(key),
  };
}
