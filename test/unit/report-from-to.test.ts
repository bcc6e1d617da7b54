import { describe, expect, it } from 'vitest';
import { analyseCulture } from '../../shared/culture/analysis';
import { fromToTable } from '../../renderer/src/report/sections/fromToTable';
import { behavioursOf, outsideAdvice } from '../../renderer/src/culture/coreValueText';
import { reportSummary } from '../../shared/report/summary';
import { cultureData, testSession } from '../fixtures/cultureSession';

// THREE_PARTICIPANTS: current bureaucratisch 3, traag 2, klantgericht 1, créatief 1;
// desired snel 3, klantgericht 2, open 2, creatief 1, wendbaar 1.
// Computed: keep klantgericht (1 → 2), créatief (1 → 1); let go bureaucratisch 3, traag 2;
// develop snel 3, open 2, wendbaar 1.
const words = (cells: { word: { word: string } }[]) => cells.map((c) => c.word.word);

describe('the from→to table of the report', () => {
  it('holds every word when the lists fit', () => {
    const table = fromToTable(analyseCulture(cultureData()));
    expect(words(table.columns.letGo)).toEqual(['bureaucratisch', 'traag']);
    expect(words(table.columns.keep)).toEqual(['klantgericht', 'créatief']);
    expect(words(table.columns.develop)).toEqual(['snel', 'open', 'wendbaar']);
    expect(table.rows).toBe(3);
    expect(table.rest).toEqual([]);
    expect(table.restCount).toBe(0);
  });

  it('names the words past the last row, list by list, so none is dropped unsaid', () => {
    const table = fromToTable(analyseCulture(cultureData()), 1);
    expect(table.rows).toBe(1);
    expect(table.rest.map((part) => [part.list, words(part.words)])).toEqual([
      ['letGo', ['traag']],
      ['keep', ['créatief']],
      ['develop', ['open', 'wendbaar']],
    ]);
    expect(table.restCount).toBe(4);
  });

  it('shows the steered lists and marks a moved word with the list it came from', () => {
    const cloud = analyseCulture(cultureData({ steering: [{ key: 'traag', to: 'keep' }] }));
    const table = fromToTable(cloud);
    expect(words(table.columns.letGo)).toEqual(['bureaucratisch']);
    const moved = table.columns.keep.find((cell) => cell.word.word === 'traag');
    expect(moved?.movedFrom).toBe('letGo');
    expect(table.columns.keep.filter((cell) => cell.movedFrom === null)).toHaveLength(2);
  });
});

describe('the summary of a steered from→to', () => {
  it('never tells the management team to let go of a word the facilitator moved to keep', () => {
    const session = { ...testSession(), culture: cultureData() };
    expect(reportSummary(session).cultureLink?.letGo).toEqual(['bureaucratisch', 'traag']);
    const steered = {
      ...session,
      culture: cultureData({ steering: [{ key: 'traag', to: 'keep' }] }),
    };
    expect(reportSummary(steered).cultureLink?.letGo).toEqual(['bureaucratisch']);
  });
});

describe('core value fields', () => {
  it('stores behaviours as trimmed lines, at most six, empty lines left out', () => {
    expect(behavioursOf(' bellen binnen een dag \n\n  samen oplossen\n')).toEqual([
      'bellen binnen een dag',
      'samen oplossen',
    ]);
    expect(behavioursOf('1\n2\n3\n4\n5\n6\n7')).toHaveLength(6);
    expect(behavioursOf(`${'x'.repeat(250)}`)[0]).toHaveLength(200);
  });

  it('advises three to seven values, and says nothing before the first', () => {
    expect([0, 1, 2, 3, 7, 8].map(outsideAdvice)).toEqual([false, true, true, false, false, true]);
  });
});
