import { describe, expect, it } from 'vitest';
import { analyseCulture, mergeLog } from '../../shared/culture/analysis';
import { cultureData, entry } from '../fixtures/cultureSession';

const words = (list: { word: string }[]) => list.map((w) => w.word);
const counts = (list: { word: string; count: number }[]) => list.map((w) => [w.word, w.count]);

/*
 * THREE_PARTICIPANTS, by hand (key → participants, spelling shown). Every key has a mention
 * without a capital, so every word is shown in lower case (of its most-used spelling):
 * current: bureaucratisch p1 p2 p3 = 3 ("bureaucratisch" ×2 beats "Bureaucratisch" ×1)
 *          traag p1 p3 = 2 ("traag" and "Traag" once each: the first seen wins)
 *          klantgericht p1 = 1 ("Klantgericht" ×2 over both sides beats "klantgericht" ×1)
 *          creatief p2 = 1 ("Créatief" and "creatief" once each: first seen → "créatief")
 *          p2's empty slot counts for nothing.  Total 7 mentions.
 * desired: snel p1 p2 p3 = 3 ("Snel" ×2 as "Snel!" loses its "!", "snel" ×1), klantgericht p1 p2 = 2,
 *          open p1 p3 = 2, creatief p2 = 1, wendbaar p3 = 1.  Total 9 mentions.
 */
describe('culture analysis', () => {
  it('counts each side with Dutch diacritics, mixed case and empty slots', () => {
    const a = analyseCulture(cultureData());
    expect(a.participants).toBe(3);
    // Ties by word in Dutch collation: "créatief" before "klantgericht", "klantgericht" before "open".
    expect(counts(a.current)).toEqual([
      ['bureaucratisch', 3],
      ['traag', 2],
      ['créatief', 1],
      ['klantgericht', 1],
    ]);
    expect(counts(a.desired)).toEqual([
      ['snel', 3],
      ['klantgericht', 2],
      ['open', 2],
      ['créatief', 1],
      ['wendbaar', 1],
    ]);
  });

  it('splits the words into keep, let go and develop', () => {
    const a = analyseCulture(cultureData());
    // keep by current + desired: klantgericht 1+2 = 3, créatief 1+1 = 2.
    expect(a.keep).toEqual([
      { key: 'klantgericht', word: 'klantgericht', current: 1, desired: 2 },
      { key: 'creatief', word: 'créatief', current: 1, desired: 1 },
    ]);
    expect(words(a.letGo)).toEqual(['bureaucratisch', 'traag']);
    expect(words(a.develop)).toEqual(['snel', 'open', 'wendbaar']);
  });

  it('computes overlap share and cosine similarity', () => {
    const a = analyseCulture(cultureData());
    // Desired mentions whose word is also current: klantgericht 2 + creatief 1 = 3 of 9.
    expect(a.overlapShare).toBeCloseTo(3 / 9, 12);
    // Keys (bureaucratisch, traag, klantgericht, creatief, snel, open, wendbaar):
    // c = (3,2,1,1,0,0,0), d = (0,0,2,1,3,2,1); c·d = 2 + 1 = 3; |c|² = 15; |d|² = 19.
    expect(a.cosine).toBeCloseTo(3 / Math.sqrt(15 * 19), 12);
    expect(a.entropy).toBeNull();
  });

  it('computes cultural entropy from limiting tags', () => {
    // Limiting: bureaucratisch 3 + traag 2 = 5 of 7 current mentions = 71.43 %.
    const a = analyseCulture(cultureData({ limiting: ['bureaucratisch', 'traag'] }));
    expect(a.entropy).toBeCloseTo(500 / 7, 10);
    expect(a.current.filter((w) => w.limiting).map((w) => w.key)).toEqual([
      'bureaucratisch',
      'traag',
    ]);
    // A tag on a word nobody used still switches entropy on: 0 %.
    expect(analyseCulture(cultureData({ limiting: ['afwachtend'] })).entropy).toBe(0);
  });

  it('follows merge chains: A→B then B→C counts A as C', () => {
    const merges = [
      { from: 'open', into: 'wendbaar' },
      { from: 'wendbaar', into: 'snel' },
    ];
    const a = analyseCulture(cultureData({ merges }));
    // p1 Snel+open → snel once; p2 snel; p3 open+Snel+wendbaar → snel once. Total 3+2+1 = 6.
    expect(counts(a.desired)).toEqual([
      ['snel', 3],
      ['klantgericht', 2],
      ['créatief', 1],
    ]);
    expect(a.overlapShare).toBeCloseTo(3 / 6, 12);
  });

  it('undoes a merge by leaving it out of the log', () => {
    // Only wendbaar → snel left: open is its own word again (p1, p3).
    const a = analyseCulture(cultureData({ merges: [{ from: 'wendbaar', into: 'snel' }] }));
    expect(counts(a.desired)).toEqual([
      ['snel', 3],
      ['klantgericht', 2],
      ['open', 2],
      ['créatief', 1],
    ]);
  });

  it('shows a merged word with the spelling of the word it was merged into', () => {
    const a = analyseCulture(cultureData({ merges: [{ from: 'creatief', into: 'klantgericht' }] }));
    expect(counts(a.current)).toContainEqual(['klantgericht', 2]);
    // A target nobody typed takes the most-used spelling of what was merged into it.
    const b = analyseCulture(cultureData({ merges: [{ from: 'snel', into: 'vlot' }] }));
    expect(b.desired[0]).toEqual({ key: 'vlot', word: 'snel', count: 3, limiting: false });
    expect(mergeLog(cultureData({ merges: [{ from: 'snel', into: 'vlot' }] }))).toEqual([
      { from: 'snel', into: 'vlot', fromWord: 'snel', intoWord: 'snel' },
    ]);
  });

  it('survives a hand-edited merge cycle', () => {
    const merges = [
      { from: 'open', into: 'snel' },
      { from: 'snel', into: 'open' },
    ];
    expect(() => analyseCulture(cultureData({ merges }))).not.toThrow();
  });

  it('leaves hidden words out of the clouds and lists them apart', () => {
    const a = analyseCulture(cultureData({ hidden: ['traag'], limiting: ['bureaucratisch'] }));
    expect(words(a.current)).toEqual(['bureaucratisch', 'créatief', 'klantgericht']);
    expect(a.hidden).toEqual([{ key: 'traag', word: 'traag', reason: 'hidden', count: 2 }]);
    // Entropy without the hidden word: 3 of 5 = 60 %.
    expect(a.entropy).toBeCloseTo(60, 10);
  });

  it('hides swear words while the filter is on, unless shown anyway', () => {
    const entries = [entry('p1', ['Kut', 'open'], ['SHIT!', 'fucking chaos', 'eerlijk'])];
    const filtered = analyseCulture(cultureData({ entries }));
    expect(words(filtered.current)).toEqual(['open']);
    expect(words(filtered.desired)).toEqual(['eerlijk']);
    expect(filtered.hidden.map((h) => [h.word, h.reason])).toEqual([
      ['fucking chaos', 'profanity'],
      ['Kut', 'profanity'],
      ['SHIT', 'profanity'],
    ]);
    const shown = analyseCulture(cultureData({ entries, shownDespiteFilter: ['shit'] }));
    expect(words(shown.desired)).toEqual(['eerlijk', 'SHIT']);
    const off = analyseCulture(cultureData({ entries, profanityFilter: false }));
    expect(off.hidden).toEqual([]);
  });

  it('shows a word in lower case unless every mention had a capital', () => {
    const entries = [
      entry('p1', ['AFAS', 'Hiërarchisch', 'KPI', 'eBay'], ['Jan']),
      entry('p2', ['AFAS', 'hiërarchisch', 'kpi'], ['Jan.', 'eBay']),
      entry('p3', ['Afas', 'Hiërarchisch', 'KPI'], []),
    ];
    const a = analyseCulture(cultureData({ entries }));
    // afas: AFAS ×2, Afas ×1, all capitalised → most used "AFAS". hierarchisch: one without a
    // capital → "hiërarchisch" although "Hiërarchisch" is used twice. kpi: "kpi" once → "kpi".
    expect(counts(a.current)).toEqual([
      ['AFAS', 3],
      ['hiërarchisch', 3],
      ['kpi', 3],
      ['eBay', 1],
    ]);
    expect(counts(a.desired)).toEqual([
      ['Jan', 2],
      ['eBay', 1],
    ]);
  });

  it('counts a participant once per word on a side', () => {
    const entries = [entry('p1', ['open', 'Open', 'ÓPEN', 'eerlijk'], ['open'])];
    const a = analyseCulture(cultureData({ entries }));
    expect(counts(a.current)).toEqual([
      ['eerlijk', 1],
      ['open', 1],
    ]);
  });

  it('counts phrases as one word', () => {
    const entries = [
      entry('p1', ['Klant centraal', 'snel'], []),
      entry('p2', ['klant   centraal.'], []),
    ];
    expect(counts(analyseCulture(cultureData({ entries })).current)).toEqual([
      ['klant centraal', 2],
      ['snel', 1],
    ]);
  });

  it('filters by group', () => {
    const entries = [
      entry('p1', ['open'], ['snel'], 'management'),
      entry('p2', ['traag'], ['snel'], 'medewerkers'),
      entry('p3', ['traag'], ['open'], 'medewerkers'),
      entry('p4', ['log'], ['vlot']),
    ];
    const staff = analyseCulture(cultureData({ entries }), { group: 'medewerkers' });
    expect(staff.participants).toBe(2);
    expect(counts(staff.current)).toEqual([['traag', 2]]);
    expect(analyseCulture(cultureData({ entries })).participants).toBe(4);
  });

  it('gives 0 rather than NaN without words', () => {
    const a = analyseCulture(cultureData({ entries: [] }));
    expect([a.participants, a.overlapShare, a.cosine, a.entropy]).toEqual([0, 0, 0, null]);
  });

  it('gives cosine 1 for identical clouds', () => {
    const entries = [
      entry('p1', ['open', 'snel'], ['Open', 'snel']),
      entry('p2', ['open'], ['open']),
    ];
    const a = analyseCulture(cultureData({ entries }));
    expect(a.cosine).toBeCloseTo(1, 12);
    expect(a.overlapShare).toBe(1);
  });

  it('keeps odd words as plain text: HTML, emoji, right-to-left, 500 characters', () => {
    const long = 'x'.repeat(500);
    const entries = [entry('p1', ['<b>vet</b>', '🚀', 'مرحبا', long], ['🚀'])];
    const a = analyseCulture(cultureData({ entries }));
    expect(words(a.current)).toEqual(expect.arrayContaining(['<b>vet</b>', '🚀', 'مرحبا', long]));
    expect(words(a.keep)).toEqual(['🚀']);
  });
});
