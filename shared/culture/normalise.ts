/**
 * Counting and matching of culture words (docs/culture.md). Storage keeps words exactly as
 * typed; these functions decide which words count as the same.
 */

const SURROUNDING_PUNCTUATION = /^[\p{P}\s]+|[\p{P}\s]+$/gu;
/** Accents on letters only: the marks that make an emoji a keycap or coloured stay. */
const LETTER_ACCENTS = /(?<=\p{L})\p{M}+/gu;
/** Lower case and collation follow Dutch rules ("IJ"), also in an English session. */
export const LOCALE = 'nl';

/**
 * A large session holds the same few hundred spellings tens of thousands of times (10,000
 * people × 8 words), and Unicode normalisation is most of the cost of counting them: each
 * result is remembered. Bounded, so a long-running app does not keep every word it ever saw.
 */
const MEMO_LIMIT = 20_000;

function memoised(compute: (word: string) => string): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let result = memo.get(word);
    if (result === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      result = compute(word);
      memo.set(word, result);
    }
    return result;
  };
}

/**
 * The word as it may be shown: Unicode NFKC, inner whitespace collapsed, surrounding
 * punctuation (quotes, dots, dashes, brackets) and whitespace stripped. Case and accents stay.
 * Symbols such as emoji or "+" are not punctuation and stay too.
 */
export const displayForm = memoised((word: string): string =>
  word.normalize('NFKC').replace(/\s+/gu, ' ').replace(SURROUNDING_PUNCTUATION, ''),
);

/** The display form lower-cased with the Dutch locale ("IJsland" becomes "ijsland"). */
export function countingForm(word: string): string {
  return displayForm(word).toLocaleLowerCase(LOCALE);
}

/**
 * The key words are counted and matched by: the counting form without diacritics, so
 * "Créatief", "creatief" and "CREATIEF." are one word. An empty key means "no word"
 * (an empty slot or only punctuation).
 */
export const matchingKey = memoised((word: string): string =>
  countingForm(word).normalize('NFD').replace(LETTER_ACCENTS, '').normalize('NFC'),
);

const collator = new Intl.Collator(LOCALE);

/** Word order for lists and ties: the Dutch collation (accents after their base letter). */
export function compareWords(a: string, b: string): number {
  return collator.compare(a, b);
}
