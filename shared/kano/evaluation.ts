import type { KanoCategory } from './model';

/** 1 Like · 2 Expect · 3 Neutral · 4 Live with · 5 Dislike (docs/kano.md). */
export type KanoAnswer = 1 | 2 | 3 | 4 | 5;
export const KANO_ANSWERS: readonly KanoAnswer[] = [1, 2, 3, 4, 5];

/** Kano's evaluation table: row = functional answer, column = dysfunctional answer. */
const EVALUATION_TABLE: readonly (readonly KanoCategory[])[] = [
  // Like  Expect Neutral Live-with Dislike
  ['Q', 'A', 'A', 'A', 'O'], // Like
  ['R', 'I', 'I', 'I', 'M'], // Expect
  ['R', 'I', 'I', 'I', 'M'], // Neutral
  ['R', 'I', 'I', 'I', 'M'], // Live with
  ['R', 'R', 'R', 'R', 'Q'], // Dislike
];

/** The category of one answer pair. */
export function classify(functional: number, dysfunctional: number): KanoCategory {
  const category = EVALUATION_TABLE[functional - 1]?.[dysfunctional - 1];
  if (!category) throw new RangeError(`A Kano answer is 1–5, not ${functional}/${dysfunctional}.`);
  return category;
}

/**
 * The answer words people write on paper or in a survey export, Dutch and English, in the
 * normalised form of `normaliseWord`.
 */
const ANSWER_WORDS: Readonly<Record<string, KanoAnswer>> = {
  leuk: 1,
  like: 1,
  vanzelfsprekend: 2,
  expect: 2,
  'maakt niet uit': 3,
  neutral: 3,
  'kan ermee leven': 4,
  'kan er mee leven': 4,
  'live with': 4,
  'niet leuk': 5,
  dislike: 5,
};

const normalisedWords = new Map<string, string>();

/**
 * Remembered per text: an import reads the same few answers in every row, and lower-casing
 * with a locale is slow.
 */
function normaliseWord(text: string): string {
  let word = normalisedWords.get(text);
  if (word === undefined) {
    if (normalisedWords.size >= 10_000) normalisedWords.clear();
    word = text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');
    normalisedWords.set(text, word);
  }
  return word;
}

/** Reads an answer written as 1–5 or as an answer word (any case); null when it is neither. */
export function parseKanoAnswer(text: string): KanoAnswer | null {
  const word = normaliseWord(text);
  if (/^[1-5]$/.test(word)) return Number(word) as KanoAnswer;
  return ANSWER_WORDS[word] ?? null;
}
