import { describe, expect, it } from 'vitest';
import { cloudFileName } from '../../renderer/src/culture/cloudFileName';
import {
  chooseScale,
  cloudFontSize,
  DRAWN_SHARE,
  MIN_DRAWN_SIZE,
  type CloudScale,
  type MeasuredWord,
} from '../../renderer/src/culture/cloudScale';

/** A cloud's words as the layout measures them: about 55 units wide per letter at size 100. */
function words(counts: number[], letters = 9): MeasuredWord[] {
  return counts.map((count) => ({ count, width100: (letters + 1) * 55 }));
}

const BOARD = { width: 736, height: 460, minDrawnSize: MIN_DRAWN_SIZE, fill: 0.42 };
const at = (pair: Pick<CloudScale, 'unit' | 'floor'>, zoom = 1): CloudScale => ({
  ...pair,
  factor: 1,
  zoom,
});

describe('one scale for both clouds', () => {
  // A workshop of twelve: the current culture has one word given six times, the desired two.
  const current = words([6, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 1, 1, 1, 1]);
  const desired = words([7, 7, 5, 5, 4, 4, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1]);

  it('takes the scale from both clouds together, whichever side a word is on', () => {
    const pair = chooseScale([current, desired], BOARD);
    expect(chooseScale([desired, current], BOARD)).toEqual(pair);
    // On its own the current cloud would get larger words: the pair does not.
    expect(chooseScale([current], BOARD).unit).toBeGreaterThan(pair.unit);
  });

  it('gives a count one size, more mentions never a smaller one, and no word below the floor', () => {
    const scale = at(chooseScale([current, desired], BOARD), 1.37);
    const sizes = Array.from({ length: 12 }, (_, i) => cloudFontSize(i + 1, scale));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes[0]).toBeGreaterThanOrEqual(MIN_DRAWN_SIZE);
    expect(sizes[11]).toBeGreaterThan(sizes[0]! * 2);
    // The same count in the other cloud: the same function of the same scale.
    expect(cloudFontSize(4, scale)).toBe(sizes[3]);
    console.log(`font sizes for 1…12 mentions at zoom 1.37: ${sizes.join(', ')}`);
  });

  it('keeps the smallest word readable for a workshop, and lets it go down for hundreds of words', () => {
    const workshop = chooseScale([current, desired], BOARD);
    expect(workshop.floor).toBeCloseTo(MIN_DRAWN_SIZE / DRAWN_SHARE, 5);
    const many = chooseScale(
      [words(Array.from({ length: 600 }, (_, i) => Math.max(1, Math.round(40 / (i + 1)))))],
      BOARD,
    );
    expect(many.floor).toBeLessThan(workshop.floor / 2);
    expect(cloudFontSize(1, at(many))).toBeLessThan(MIN_DRAWN_SIZE);
  });

  it('does not let one endless word (500 letters) shrink every other word', () => {
    const few = [words([2, 1, 1]), words([1, 1, 1])];
    const withLong = [[...words([2, 1, 1]), ...words([1], 500)], words([1, 1, 1])];
    expect(chooseScale(withLong, BOARD)).toEqual(chooseScale(few, BOARD));
  });

  it('never makes the most frequent word taller than 22% of the board', () => {
    const scale = at(chooseScale([words([1]), words([40, 1])], BOARD));
    expect(cloudFontSize(40, scale) / DRAWN_SHARE).toBeLessThanOrEqual(BOARD.height * 0.22);
  });
});

describe('cloud download names', () => {
  it('names the session and the side, in the language of the side', () => {
    expect(
      cloudFileName({ session: 'Zorggroep De Linde MT-sessie', side: 'Huidige cultuur' }),
    ).toBe('zorggroep-de-linde-mt-sessie-huidige-cultuur');
    expect(
      cloudFileName({ session: 'Zorggroep De Linde MT-sessie', side: 'Current culture' }),
    ).toBe('zorggroep-de-linde-mt-sessie-current-culture');
  });

  it('adds the group, drops accents and odd characters, and is never empty or endless', () => {
    expect(
      cloudFileName({
        session: 'Café Één / 2026',
        group: 'Zorg & Welzijn',
        side: 'Gewenste cultuur',
      }),
    ).toBe('cafe-een-2026-zorg-welzijn-gewenste-cultuur');
    expect(cloudFileName({ session: '***', side: '' })).toBe('klantkompas');
    expect(cloudFileName({ session: 'مرحبا', side: 'Huidige cultuur' })).toBe(
      'مرحبا-huidige-cultuur',
    );
    const long = cloudFileName({ session: 'lang '.repeat(60), side: 'Huidige cultuur' });
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).not.toMatch(/-$/);
  });
});

describe('a steady scale while participants arrive', () => {
  it('moves the floor in steps, not with every word, when a cloud is too full for the wanted floor', () => {
    // A cloud of 60 to 90 words on the board: too many for the wanted floor.
    const floors = new Set<number>();
    for (let count = 60; count <= 90; count++) {
      const side = words(
        Array.from({ length: count }, (_, i) => Math.max(1, Math.round(12 / (i + 1)))),
      );
      const { floor } = chooseScale([side], BOARD);
      expect(floor).toBeLessThan(MIN_DRAWN_SIZE / DRAWN_SHARE);
      // On the ladder: the wanted floor times a whole power of 0.9.
      const steps = Math.log(floor / (MIN_DRAWN_SIZE / DRAWN_SHARE)) / Math.log(0.9);
      expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
      floors.add(floor);
    }
    // 31 clouds, each one word larger than the one before: two or three floors, not 31.
    expect(floors.size).toBeLessThanOrEqual(3);
  });
});
