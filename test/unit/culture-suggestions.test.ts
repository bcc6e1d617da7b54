import { describe, expect, it } from 'vitest';
import { analyseCulture } from '../../shared/culture/analysis';
import type { CultureData } from '../../shared/culture/model';
import { suggestMerges } from '../../shared/culture/suggestions';
import { cultureData, entry } from '../fixtures/cultureSession';
import { HELD_OUT_PAIRS, ISSUE_PAIRS, WORD_PAIRS, type WordPair } from '../fixtures/culturePairs';

/** A workshop where `a` is mentioned twice and `b` once, on the current side. */
function pairData(pair: WordPair): CultureData {
  return cultureData({
    entries: [entry('p1', [pair.a], []), entry('p2', [pair.a], []), entry('p3', [pair.b], [])],
  });
}

function suggested(pair: WordPair): boolean {
  const data = pairData(pair);
  return suggestMerges(data, analyseCulture(data), pair.language).length > 0;
}

/** Precision and recall of the suggestions over the pair table. */
function measure(pairs: readonly WordPair[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const wrong: string[] = [];
  for (const pair of pairs) {
    const hit = suggested(pair);
    if (hit && pair.same) truePositives++;
    if (hit && !pair.same) falsePositives++;
    if (!hit && pair.same) falseNegatives++;
    if (hit !== pair.same) wrong.push(`${pair.a}/${pair.b} ${hit ? '(suggested)' : '(missed)'}`);
  }
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    wrong,
  };
}

describe('merge suggestions', () => {
  it('suggests all six pairs of the issue', () => {
    for (const pair of ISSUE_PAIRS) expect(suggested(pair), `${pair.a}/${pair.b}`).toBe(true);
  });

  it('reaches precision ≥ 0.9 and recall ≥ 0.8 on the pair table', () => {
    const all = [...WORD_PAIRS, ...HELD_OUT_PAIRS];
    expect(all.length).toBeGreaterThanOrEqual(50);
    const figures = (name: string, pairs: readonly WordPair[]) => {
      const { precision, recall, wrong } = measure(pairs);
      const variants = pairs.filter((p) => p.same).length;
      console.log(
        `merge suggestions, ${name}: ${pairs.length} pairs (${variants} variants, ` +
          `${pairs.length - variants} look-alikes): precision ${precision.toFixed(3)}, ` +
          `recall ${recall.toFixed(3)}; wrong: ${wrong.join(', ')}`,
      );
      return { precision, recall };
    };
    figures('tuning table', WORD_PAIRS);
    figures('held-out table', HELD_OUT_PAIRS);
    const { precision, recall } = figures('both tables', all);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('folds the rarer word into the more frequent one, once, in a stable order', () => {
    const entries = [
      entry('p1', ['regels', 'Klantgericht'], ['samenwerking']),
      entry('p2', ['regels', 'klantgericht'], ['samenwerken', 'samenwerking']),
      entry('p3', ['regeltjes', 'regel'], ['klantgerichtheid']),
    ];
    const data = cultureData({ entries });
    // regels 2 mentions beats regel 1 and regeltjes 1 (same stem / derived stem);
    // klantgericht 2 beats klantgerichtheid 1; samenwerking 2 beats samenwerken 1.
    expect(suggestMerges(data, analyseCulture(data), 'nl')).toEqual([
      {
        from: 'klantgerichtheid',
        into: 'klantgericht',
        fromWord: 'klantgerichtheid',
        intoWord: 'klantgericht',
        reason: 'stem',
      },
      { from: 'regel', into: 'regels', fromWord: 'regel', intoWord: 'regels', reason: 'stem' },
      {
        from: 'regeltjes',
        into: 'regels',
        fromWord: 'regeltjes',
        intoWord: 'regels',
        reason: 'stem',
      },
      {
        from: 'samenwerken',
        into: 'samenwerking',
        fromWord: 'samenwerken',
        intoWord: 'samenwerking',
        reason: 'stem',
      },
    ]);
  });

  it('marks typos and leaves out dismissed pairs and merged words', () => {
    const entries = [
      entry('p1', ['kwaliteit', 'hiërarchie'], []),
      entry('p2', ['kwaliteit', 'hiërarchisch'], []),
      entry('p3', ['kwalitiet', 'hierarchisch'], []),
    ];
    const data = cultureData({ entries });
    const pairs = (d: CultureData) =>
      suggestMerges(d, analyseCulture(d), 'nl').map((s) => [s.from, s.into, s.reason]);
    expect(pairs(data)).toEqual([
      ['hierarchie', 'hierarchisch', 'stem'],
      ['kwalitiet', 'kwaliteit', 'typo'],
    ]);
    // Dismissed either way round: not suggested again.
    const dismissed = cultureData({
      entries,
      dismissedSuggestions: [{ from: 'hierarchisch', into: 'hierarchie' }],
    });
    expect(pairs(dismissed)).toEqual([['kwalitiet', 'kwaliteit', 'typo']]);
    // Accepted (merged): the folded word is gone from the analysis, so is its suggestion.
    const merged = cultureData({ entries, merges: [{ from: 'kwalitiet', into: 'kwaliteit' }] });
    expect(pairs(merged)).toEqual([['hierarchie', 'hierarchisch', 'stem']]);
  });

  it('stems with the session language', () => {
    // The English stemmer takes the Dutch "proces" for a plural ("proce") and so finds it
    // inside "procent"; the Dutch one leaves "proces" whole.
    const entries = [entry('p1', ['proces', 'procent'], [])];
    const data = cultureData({ entries });
    expect(suggestMerges(data, analyseCulture(data), 'nl')).toEqual([]);
    expect(suggestMerges(data, analyseCulture(data), 'en')).toHaveLength(1);
  });
});
