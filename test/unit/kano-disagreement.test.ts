import { describe, expect, it } from 'vitest';
import { analyseWish } from '../../shared/kano/analysis';
import { disagreements } from '../../shared/kano/disagreement';
import type { KanoResponse } from '../../shared/kano/model';

const wish = { id: 'w1', name: 'Vaste contactpersoon', description: '' };
const answer = (functional: number, dysfunctional: number): KanoResponse => ({
  functional,
  dysfunctional,
  importance: null,
});
const times = (count: number, response: KanoResponse) =>
  Array.from({ length: count }, () => response);

describe('where the table and the continuous plane disagree', () => {
  it('finds a wish that the table calls M while its mean lies in the O quadrant', () => {
    // Expect / Dislike is M in the table, but scores y 2 and x 4: on the plane's threshold, O.
    const result = analyseWish(wish as never, times(6, answer(2, 5)), null);
    expect(result.category).toBe('M');
    expect(result.continuous.category).toBe('O');
    expect(disagreements([result])).toMatchObject([
      { wish: { wish: { name: 'Vaste contactpersoon' } }, table: 'M', plane: 'O' },
    ]);
  });

  it("accepts agreement, a mix that holds the plane's category, and wishes without answers", () => {
    // Neutral / Dislike: M in the table, x 4 and y 0 on the plane, M as well.
    const agreed = analyseWish(wish as never, times(6, answer(3, 5)), null);
    expect(agreed.category).toBe('M');
    expect(agreed.continuous.category).toBe('M');
    const empty = analyseWish(wish as never, [], null);
    const mixed = {
      ...agreed,
      category: 'A' as const,
      runnerUp: 'M' as const,
      significant: false,
    };
    const notMixed = { ...mixed, significant: true };
    expect(disagreements([notMixed])).toMatchObject([{ table: 'A', plane: 'M' }]);
    expect(disagreements([agreed, empty, mixed])).toEqual([]);
  });
});
