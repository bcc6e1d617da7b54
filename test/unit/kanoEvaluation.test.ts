import { describe, expect, it } from 'vitest';
import { classify, parseKanoAnswer } from '../../shared/kano/evaluation';

describe('Kano evaluation table (docs/kano.md)', () => {
  // Row = functional answer, column = dysfunctional answer: 1 Like, 2 Expect, 3 Neutral,
  // 4 Live with, 5 Dislike. All 25 cells, written out as in docs/kano.md.
  const table = [
    ['Q', 'A', 'A', 'A', 'O'],
    ['R', 'I', 'I', 'I', 'M'],
    ['R', 'I', 'I', 'I', 'M'],
    ['R', 'I', 'I', 'I', 'M'],
    ['R', 'R', 'R', 'R', 'Q'],
  ];
  const cells = table.flatMap((row, f) =>
    row.map((category, d) => ({ functional: f + 1, dysfunctional: d + 1, category })),
  );

  it('has 25 cells', () => expect(cells).toHaveLength(25));

  it.each(cells)(
    'functional $functional, dysfunctional $dysfunctional is $category',
    ({ functional, dysfunctional, category }) => {
      expect(classify(functional, dysfunctional)).toBe(category);
    },
  );

  it('refuses answers outside 1–5', () => {
    expect(() => classify(0, 3)).toThrow(RangeError);
    expect(() => classify(3, 6)).toThrow(RangeError);
  });
});

describe('parseKanoAnswer', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    [' 3 ', 3],
    ['Leuk', 1],
    ['like', 1],
    ['LIKE', 1],
    ['Vanzelfsprekend', 2],
    ['Expect', 2],
    ['Maakt niet uit', 3],
    ['maakt  NIET uit', 3],
    ['Neutral', 3],
    ['Kan ermee leven', 4],
    ['kan er mee leven', 4],
    ['Live with', 4],
    ['Niet leuk', 5],
    ['dislike', 5],
  ])('reads %j as %i', (text, answer) => {
    expect(parseKanoAnswer(text)).toBe(answer);
  });

  it.each(['', '0', '6', '2.5', '1a', 'yes', 'leukk', 'must-be'])('refuses %j', (text) => {
    expect(parseKanoAnswer(text)).toBeNull();
  });
});
