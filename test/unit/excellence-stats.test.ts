import { describe, expect, it } from 'vitest';
import { describeSeries } from '../../shared/excellence/stats';

describe('describeSeries', () => {
  it('gives every figure of an even series', () => {
    // Sorted 5 6 7 9: mean 27/4 = 6.75; median (6+7)/2 = 6.5;
    // deviations −1.75 −0.75 0.25 2.25, squares 3.0625+0.5625+0.0625+5.0625 = 8.75,
    // sample variance 8.75/3 = 2.91667, sd = 1.70783.
    const s = describeSeries([7, 5, 9, 6]);
    expect(s.n).toBe(4);
    expect(s.mean).toBe(6.75);
    expect(s.median).toBe(6.5);
    expect(s.min).toBe(5);
    expect(s.max).toBe(9);
    expect(s.sd).toBeCloseTo(1.707825, 6);
  });

  it('gives every figure of an odd series', () => {
    // Sorted 3 4 10: mean 17/3 = 5.66667; median 4;
    // squares (−2.6667)² + (−1.6667)² + 4.3333² = 7.1111 + 2.7778 + 18.7778 = 28.6667,
    // variance 28.6667/2 = 14.3333, sd = 3.78594.
    const s = describeSeries([10, 3, 4]);
    expect(s.mean).toBeCloseTo(5.666667, 6);
    expect(s.median).toBe(4);
    expect(s.min).toBe(3);
    expect(s.max).toBe(10);
    expect(s.sd).toBeCloseTo(3.785939, 6);
  });

  it('has no standard deviation for one mark', () => {
    expect(describeSeries([8])).toEqual({ n: 1, mean: 8, median: 8, min: 8, max: 8, sd: null });
  });

  it('has no figures without marks', () => {
    expect(describeSeries([])).toEqual({
      n: 0,
      mean: null,
      median: null,
      min: null,
      max: null,
      sd: null,
    });
  });

  it('averages the two middle marks, ties included', () => {
    // 6 6 8 8 → (6+8)/2 = 7; 5 7 7 9 → (7+7)/2 = 7; 7 7 7 → 7 with sd 0.
    expect(describeSeries([8, 6, 8, 6]).median).toBe(7);
    expect(describeSeries([9, 7, 5, 7]).median).toBe(7);
    const same = describeSeries([7, 7, 7]);
    expect(same.median).toBe(7);
    expect(same.sd).toBe(0);
  });

  it('sorts numerically, so 10 is the largest mark', () => {
    // A string sort would put "10" before "2".
    const s = describeSeries([2, 10, 9]);
    expect(s.max).toBe(10);
    expect(s.min).toBe(2);
    expect(s.median).toBe(9);
  });

  it('handles decimal marks', () => {
    // 6.5 and 7.5: mean 7, median 7, deviations ±0.5, variance 0.5/1, sd √0.5 = 0.70711.
    const s = describeSeries([7.5, 6.5]);
    expect(s.mean).toBe(7);
    expect(s.median).toBe(7);
    expect(s.sd).toBeCloseTo(0.707107, 6);
  });
});
