import { describe, expect, it } from 'vitest';
import {
  fongSignificant,
  fongThreshold,
  rankCategories,
  satisfactionCoefficients,
  emptyCounts,
  type CategoryCounts,
} from '../../shared/kano/categoryStats';
import { continuousAnalysis, continuousCategory } from '../../shared/kano/continuous';
import {
  analyseKano,
  analyseWish,
  categoryLabel,
  flaggedAnswers,
} from '../../shared/kano/analysis';
import { emptyKanoData, type KanoData, type KanoResponse } from '../../shared/kano/model';

const wish = { id: 'w1', name: 'Wish', description: '' };
const counts = (partial: Partial<CategoryCounts>): CategoryCounts => ({
  ...emptyCounts(),
  ...partial,
});
const answer = (functional: number, dysfunctional: number, importance: number | null = null) => ({
  functional,
  dysfunctional,
  importance,
});

describe('tie rule M > O > A > I > R > Q', () => {
  it.each([
    [{ M: 2, O: 2, A: 2, I: 2 }, 'M'],
    [{ O: 3, A: 3, I: 1 }, 'O'],
    [{ A: 1, I: 1 }, 'A'],
    [{ I: 4, R: 4, Q: 4 }, 'I'],
    [{ R: 1, Q: 1 }, 'R'],
    [{ Q: 1 }, 'Q'],
    [{ A: 5, M: 4 }, 'A'],
  ] as const)('%j → %s', (partial, expected) => {
    expect(rankCategories(counts(partial))[0]).toBe(expected);
  });

  it('ranks the runner-up by the same rule', () => {
    // A 3 is first; O and I both 2: O beats I.
    expect(rankCategories(counts({ A: 3, O: 2, I: 2 })).slice(0, 3)).toEqual(['A', 'O', 'I']);
  });
});

describe('Better and Worse (Berger et al. 1993)', () => {
  it('computes both over A+O+M+I only', () => {
    // A 3, O 2, M 1, I 4 (R 1, Q 1 left out): A+O+M+I = 10.
    // Better = (3+2)/10 = 0.5; Worse = −(2+1)/10 = −0.3.
    const result = satisfactionCoefficients(counts({ A: 3, O: 2, M: 1, I: 4, R: 1, Q: 1 }));
    expect(result.better).toBeCloseTo(0.5, 12);
    expect(result.worse).toBeCloseTo(-0.3, 12);
  });

  it('is undefined when no answer is A, O, M or I', () => {
    expect(satisfactionCoefficients(counts({ R: 2, Q: 1 }))).toEqual({ better: null, worse: null });
    expect(satisfactionCoefficients(emptyCounts())).toEqual({ better: null, worse: null });
  });

  it('gives Worse 0 (not −0) when nothing is O or M', () => {
    // Only A and I: Better = 2/3, Worse = −0/3 = 0.
    const result = satisfactionCoefficients(counts({ A: 2, I: 1 }));
    expect(result.better).toBeCloseTo(2 / 3, 12);
    expect(Object.is(result.worse, 0)).toBe(true);
  });
});

describe("Fong's test", () => {
  // n = 20, a + b = 14: threshold = 1.65·√(14·(40 − 14)/40) = 1.65·√9.1 = 1.65·3.01662 = 4.97743.
  it('computes the threshold', () => {
    expect(fongThreshold(10, 4, 20)).toBeCloseTo(4.97743, 4);
  });

  it('is significant just above the threshold: |10 − 4| = 6 ≥ 4.977', () => {
    expect(fongSignificant(10, 4, 20)).toBe(true);
  });

  it('is not significant just below it: |9 − 5| = 4 < 4.977', () => {
    expect(fongSignificant(9, 5, 20)).toBe(false);
  });

  it('is never significant without answers', () => {
    expect(fongSignificant(0, 0, 0)).toBe(false);
  });
});

describe('continuous analysis (DuMouchel)', () => {
  it('averages the scores and gives sample standard deviations', () => {
    // (Like, Dislike): y = 4, x = 4; (Expect, Dislike): y = 2, x = 4; (Like, Neutral): y = 4, x = 0.
    // x̄ = 8/3 = 2.6667; ȳ = 10/3 = 3.3333.
    // sdX = √(((4/3)² + (4/3)² + (−8/3)²)/2) = √(96/9/2) = √5.3333 = 2.3094.
    // sdY = √(((2/3)² + (−4/3)² + (2/3)²)/2) = √(24/9/2) = √1.3333 = 1.1547.
    // x ≥ 2 and y ≥ 2: performance (O).
    const result = continuousAnalysis([answer(1, 5), answer(2, 5), answer(1, 3)]);
    expect(result.x).toBeCloseTo(8 / 3, 12);
    expect(result.y).toBeCloseTo(10 / 3, 12);
    expect(result.sdX).toBeCloseTo(2.3094011, 6);
    expect(result.sdY).toBeCloseTo(1.1547005, 6);
    expect(result.category).toBe('O');
  });

  it('uses every score of both scales', () => {
    // Functional 1..5 → 4, 2, 0, −1, −2 (mean 0.6); dysfunctional 1..5 → −2, −1, 0, 2, 4 (mean 0.6).
    const result = continuousAnalysis([1, 2, 3, 4, 5].map((a) => answer(a, a)));
    expect(result.y).toBeCloseTo(0.6, 12);
    expect(result.x).toBeCloseTo(0.6, 12);
    expect(result.category).toBe('I');
  });

  it('has no standard deviation for one answer and nothing for none', () => {
    expect(continuousAnalysis([answer(2, 5)])).toEqual({
      x: 4,
      y: 2,
      sdX: null,
      sdY: null,
      category: 'O',
    });
    expect(continuousAnalysis([])).toEqual({
      x: null,
      y: null,
      sdX: null,
      sdY: null,
      category: null,
    });
  });

  it('splits the plane at 2 (2 itself is high)', () => {
    expect(continuousCategory(2, 2)).toBe('O');
    expect(continuousCategory(2, 1.99)).toBe('M');
    expect(continuousCategory(1.99, 2)).toBe('A');
    expect(continuousCategory(1.99, 1.99)).toBe('I');
  });
});

describe('analyseWish', () => {
  it('puts the figures of one wish together', () => {
    // Answers: A (1,3), A (1,4), O (1,5), M (2,5), I (3,3) → n = 5, A 2, O 1, M 1, I 1.
    // Percentages A 40, O 20, M 20, I 20. Category A; O, M and I tie at 1, so the runner-up is M (tie rule).
    // Fong: a = 2, b = 1, n = 5: 1.65·√(3·7/10) = 1.65·1.44914 = 2.391 > 1 → not significant.
    // Category strength 40 − 20 = 20; total strength 40 + 20 + 20 = 80.
    // Better = (2+1)/5 = 0.6; Worse = −(1+1)/5 = −0.4. Importance (9 + 7)/2 = 8.
    const result = analyseWish(
      wish,
      [answer(1, 3, 9), answer(1, 4), answer(1, 5, 7), answer(2, 5), answer(3, 3)],
      'M',
    );
    expect(result.n).toBe(5);
    expect(result.counts).toEqual({ A: 2, O: 1, M: 1, I: 1, R: 0, Q: 0 });
    expect(result.percentages.A).toBeCloseTo(40, 12);
    expect(result.category).toBe('A');
    expect(result.runnerUp).toBe('M');
    expect(result.significant).toBe(false);
    expect(categoryLabel(result)).toBe('A/M');
    expect(result.categoryStrength).toBeCloseTo(20, 12);
    expect(result.totalStrength).toBeCloseTo(80, 12);
    expect(result.better).toBeCloseTo(0.6, 12);
    expect(result.worse).toBeCloseTo(-0.4, 12);
    expect(result.importance).toBe(8);
    expect(result.consensus).toBe('M');
  });

  it('shows a significant category alone', () => {
    // Six times M: a = 6, b = 0, n = 6: 1.65·√(6·6/12) = 2.858 ≤ 6 → significant.
    const result = analyseWish(wish, Array(6).fill(answer(2, 5)), null);
    expect(result.significant).toBe(true);
    expect(result.runnerUp).toBeNull();
    expect(categoryLabel(result)).toBe('M');
  });

  it('has nothing to say without answers', () => {
    const result = analyseWish(wish, [], null);
    expect(result).toMatchObject({
      n: 0,
      category: null,
      runnerUp: null,
      significant: false,
      categoryStrength: null,
      totalStrength: null,
      better: null,
      worse: null,
      importance: null,
    });
    expect(categoryLabel(result)).toBe('');
  });
});

describe('analyseKano', () => {
  const response = (f: number, d: number): KanoResponse => answer(f, d);
  const data: KanoData = {
    ...emptyKanoData(),
    wishes: [
      { id: 'w2', name: 'Second in session order', description: '' },
      { id: 'w1', name: 'First', description: '' },
    ],
    respondents: [
      { id: 'r1', label: 'a', group: 'g1', answers: { w1: response(1, 5), w2: response(1, 1) } },
      { id: 'r2', label: 'b', group: 'g2', answers: { w1: response(2, 5) } },
      { id: 'r3', label: 'c', group: null, answers: { w1: response(5, 1), gone: response(1, 5) } },
    ],
    consensus: { w1: 'O' },
  };

  it('keeps the session order of wishes and ignores answers to unknown wishes', () => {
    const results = analyseKano(data);
    expect(results.map((r) => r.wish.id)).toEqual(['w2', 'w1']);
    expect(results[1]?.counts).toEqual({ A: 0, O: 1, M: 1, I: 0, R: 1, Q: 0 });
    expect(results[1]?.consensus).toBe('O');
    expect(results[0]?.consensus).toBeNull();
  });

  it('filters by group', () => {
    const results = analyseKano(data, { groupId: 'g2' });
    expect(results[1]?.n).toBe(1);
    expect(results[1]?.category).toBe('M');
    expect(results[0]?.n).toBe(0);
  });

  it('flags Questionable and Reverse answers', () => {
    expect(flaggedAnswers(data, 'w1')).toEqual([{ respondentId: 'r3', category: 'R' }]);
    expect(flaggedAnswers(data, 'w2')).toEqual([{ respondentId: 'r1', category: 'Q' }]);
    expect(flaggedAnswers(data, 'w2', { groupId: 'g2' })).toEqual([]);
  });
});
