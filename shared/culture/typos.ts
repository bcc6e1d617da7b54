import { distance } from 'fastest-levenshtein';

/** Typos: one slip from 7 letters on, two from 8 on; shorter words have too many real neighbours. */
const ONE_SLIP_FROM = 7;
const TWO_SLIPS_FROM = 8;
const VOWELS = new Set('aeiouy');

/** The positions where two words of the same length differ. */
function differences(a: string, b: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) positions.push(i);
  return positions;
}

/** Only vowels swapped for vowels: a spelling doubt ("transparancy", "costumer"). */
function vowelDoubts(a: string, b: string, positions: readonly number[]): boolean {
  return positions.every((i) => VOWELS.has(a[i] ?? '') && VOWELS.has(b[i] ?? ''));
}

/**
 * Whether two matching keys look like one word with a typing slip: a letter left out or typed
 * twice, two neighbouring letters swapped ("kwalitiet"), or a vowel for a vowel. A consonant for
 * a consonant usually makes another word ("klanten"/"klanken", "content"/"contest"), so that is
 * no typo. The first letter must be the same: people rarely slip there.
 */
export function looksLikeTypo(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < ONE_SLIP_FROM || a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  const edits = distance(a, b);
  if (edits === 0 || edits > 2 || (edits === 2 && shorter < TWO_SLIPS_FROM)) return false;
  if (a.length !== b.length) return edits === a.length - b.length || edits === b.length - a.length;
  const positions = differences(a, b);
  const [first, second] = positions;
  const swapped =
    positions.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first];
  return swapped || vowelDoubts(a, b, positions);
}
