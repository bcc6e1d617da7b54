/**
 * Counting and matching of culture words (domain.md, section 1). Storage keeps words exactly as
 * typed; these functions decide which words count as the same.
 */

const SURROUNDING_PUNCTUATION = /^[\p{P}\s]+|[\p{P}\s]+$/gu;
/** Accents on letters only: the marks that make an emoji a keycap or coloured stay. */
const LETTER_ACCENTS = /(?<=\p{L})\p{M}+/gu;
const LOCALE = 'nl';

/**
 * The word as it may be shown: Unicode NFKC, inner whitespace collapsed, surrounding
 * punctuation (quotes, dots, dashes, brackets) and whitespace stripped. Case and accents stay.
 * Symbols such as emoji or "+" are not punctuation and stay too.
 */
export function displayForm(word: string): string {
  return word.normalize('NFKC').replace(/\s+/gu, ' ').replace(SURROUNDING_PUNCTUATION, '');
}

/** The display form lower-cased with the Dutch locale ("IJsland" becomes "ijsland"). */
export function countingForm(word: string): string {
  return displayForm(word).toLocaleLowerCase(LOCALE);
}

/**
 * The key words are counted and matched by: the counting form without diacritics, so
 * "Créatief", "creatief" and "CREATIEF." are one word. An empty key means "no word"
 * (an empty slot or only punctuation).
 */
export function matchingKey(word: string): string {
  return countingForm(word).normalize('NFD').replace(LETTER_ACCENTS, '').normalize('NFC');
}

const collator = new Intl.Collator(LOCALE);

/** Word order for lists and ties: the Dutch collation (accents after their base letter). */
export function compareWords(a: string, b: string): number {
  return collator.compare(a, b);
}
