import { describe, expect, it } from 'vitest';
import { looksLikeTypo } from '../../shared/culture/typos';

describe('typo check', () => {
  it('takes a left-out or doubled letter, two swapped neighbours or a vowel for a vowel', () => {
    expect(looksLikeTypo('betrokken', 'betrokke')).toBe(true); // one letter left out
    expect(looksLikeTypo('profesioneel', 'professioneel')).toBe(true);
    expect(looksLikeTypo('kwaliteit', 'kwalitiet')).toBe(true); // "ei" swapped
    expect(looksLikeTypo('transparency', 'transparancy')).toBe(true); // e for a
    expect(looksLikeTypo('customer', 'costumer')).toBe(true); // two vowels, 8 letters
    expect(looksLikeTypo('teamwork', 'team work')).toBe(true);
  });

  it('refuses short words, another first letter, a consonant for a consonant', () => {
    expect(looksLikeTypo('veilig', 'veiling')).toBe(false); // 6 letters: too short
    expect(looksLikeTypo('klanten', 'klanken')).toBe(false); // t for k
    expect(looksLikeTypo('content', 'contest')).toBe(false);
    expect(looksLikeTypo('quality', 'equality')).toBe(false); // first letter
    expect(looksLikeTypo('kwaliteit', 'kwaliteit')).toBe(false); // the same word
    expect(looksLikeTypo('klantgericht', 'klantgerichtheid')).toBe(false); // 4 letters apart
    // A swap is two edits, taken from 8 letters on: "regeling"/"regelnig" counts, the 7-letter
    // "respect"/"rsepect" does not.
    expect(looksLikeTypo('regeling', 'regelnig')).toBe(true);
    expect(looksLikeTypo('respect', 'rsepect')).toBe(false);
  });
});
