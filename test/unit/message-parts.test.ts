import { describe, expect, it } from 'vitest';
import {
  joinLongArrays,
  markSameParts,
  restoreSameParts,
  sameJson,
  splitLongArrays,
} from '../../renderer/src/api/messageParts';
import { sessionOf } from '../../renderer/src/api/workerProtocol';

/** What crosses between worker and window: a structured clone, as postMessage makes it. */
const cross = <T>(value: T): T => structuredClone(value);

const rows = (n: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, words: ['a', 'b'], score: i }));

describe('splitLongArrays / joinLongArrays', () => {
  it('takes out only the arrays longer than the limit, at any depth, and puts them back', () => {
    const value = {
      ok: true,
      value: {
        session: { culture: { entries: rows(7) }, kano: { respondents: rows(3, 'k') } },
        list: [rows(6, 'n')],
      },
    };
    const { skeleton, arrays } = splitLongArrays(value, 5);
    expect(arrays.map((a) => a.length)).toEqual([7, 6]);
    // The short arrays stay in the skeleton; the long ones are not in it.
    expect(JSON.stringify(skeleton)).toContain('k2');
    expect(JSON.stringify(skeleton)).not.toContain('p6');
    expect(JSON.stringify(skeleton)).not.toContain('n5');
    // Sent as a skeleton and slices of two items, received and joined.
    const received = arrays.map((array) => {
      const slices: unknown[] = [];
      for (let i = 0; i < array.length; i += 2) slices.push(...cross(array.slice(i, i + 2)));
      return slices;
    });
    expect(joinLongArrays(cross(skeleton), received)).toEqual(value);
  });

  it('leaves a value without long arrays as it is', () => {
    const value = { ok: false, error: { code: 'network', message: 'x' }, list: [1, 2, 3] };
    const { skeleton, arrays } = splitLongArrays(value, 5);
    expect(arrays).toEqual([]);
    expect(joinLongArrays(cross(skeleton), [])).toEqual(value);
  });

  it('keeps an exactly-long-enough array and empty arrays inline', () => {
    const value = { a: rows(5), b: [] as unknown[] };
    expect(splitLongArrays(value, 5).arrays).toEqual([]);
  });
});

describe('sameJson', () => {
  it('compares structure, not identity or key order', () => {
    expect(sameJson({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

describe('markSameParts / restoreSameParts', () => {
  const first = { id: 's', updatedAt: '1', culture: { entries: rows(3) }, kano: { n: 1 } };
  const second = { id: 's', updatedAt: '2', culture: { entries: rows(3) }, kano: { n: 2 } };

  it('sends only the changed parts; both sides end with the same shared objects', () => {
    // First answer: nothing known yet, everything is sent.
    const one = markSameParts(undefined, first);
    expect(one.marked).toBe(first);
    const windowFirst = restoreSameParts(undefined, cross(one.marked));
    expect(windowFirst).toEqual(first);

    // Second answer: the culture did not change and is not sent.
    const two = markSameParts(one.shared, second);
    expect(JSON.stringify(two.marked)).not.toContain('p2');
    // Plain values are always sent: the window finds its previous session by the id.
    expect(two.marked.id).toBe('s');
    expect(two.marked.updatedAt).toBe('2');
    expect(two.shared.culture).toBe(one.shared.culture);
    expect(two.shared.kano).toBe(second.kano);
    const windowSecond = restoreSameParts(windowFirst, cross(two.marked));
    expect(windowSecond).toEqual(second);
    // The window keeps its own culture object: its cached analyses stay valid.
    expect(windowSecond.culture).toBe(windowFirst.culture);
    expect(windowSecond.kano).not.toBe(windowFirst.kano);
  });

  it('refuses a placeholder for a part the window does not have', () => {
    const { marked } = markSameParts(first, second);
    expect(() => restoreSameParts(undefined, cross(marked))).toThrow(/was not sent/);
  });
});

describe('sessionOf', () => {
  it('finds the session an answer carries, and nothing in other answers', () => {
    const session = { id: 's', updatedAt: '1' };
    expect(sessionOf({ session, canUndo: true })).toBe(session);
    expect(sessionOf([{ id: 's' }])).toBeUndefined();
    expect(sessionOf('2026-01-01')).toBeUndefined();
    expect(sessionOf(null)).toBeUndefined();
    expect(sessionOf({ session: { id: 's' } })).toBeUndefined();
  });
});
