import { describe, expect, it } from 'vitest';
import { cultureRows, excellenceRows, kanoRows } from '../../shared/report/appendix';
import { reportFileName } from '../../main/pdf/reportFileName';
import { HIDDEN_WORD, MERGED_WORD, reportSession, WISHES } from '../fixtures/reportSession';

describe('the appendix tables', () => {
  const session = reportSession({ participants: 10 });

  it('numbers the culture rows and keeps participant labels out', () => {
    const rows = cultureRows(session);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(JSON.stringify(rows)).not.toContain('Deelnemer');
    expect(rows[0]?.group).toBe('Management');
  });

  it('leaves out hidden words but shows merged words as typed', () => {
    const text = JSON.stringify(cultureRows(session));
    expect(text).not.toContain(HIDDEN_WORD);
    expect(cultureRows(session)[1]?.current).toContain(null);
    expect(text).toContain(MERGED_WORD);
  });

  it('gives every Kano answer pair with its category, in the order of the wishes', () => {
    const rows = kanoRows(session);
    expect(rows).toHaveLength(10);
    expect(rows[0]?.answers).toHaveLength(WISHES.length);
    for (const answer of rows.flatMap((r) => r.answers)) {
      expect(answer).not.toBeNull();
      const categories: Record<string, string> = { '2,5': 'M', '1,5': 'O', '1,3': 'A', '3,3': 'I' };
      const expected = categories[`${answer!.functional},${answer!.dysfunctional}`];
      expect(answer!.category).toBe(expected);
    }
  });

  it('gives nine blocks of marks per participant', () => {
    const rows = excellenceRows(session);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.scores.length === 9)).toBe(true);
    expect(rows[0]?.scores[0]?.now).toEqual(expect.any(Number));
  });
});

describe('reportFileName', () => {
  it('is "<organisation> <session> <date>.pdf"', () => {
    expect(reportFileName(session())).toBe('Waterbedrijf Noord Klantreis 2026 2026-11-20.pdf');
  });

  it('makes slashes, quotes and a 300-character organisation safe', () => {
    const name = reportFileName(
      session({ organisation: `A/B "C" ${'x'.repeat(300)}`.slice(0, 300), name: 'S:1?' }),
    );
    expect(name).toMatch(/\.pdf$/);
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name.startsWith('A B C x')).toBe(true);
    expect(name).toMatch(/ S 1 2026-11-20\.pdf$/);
  });

  it('leaves out an empty organisation', () => {
    expect(reportFileName(session({ organisation: '' }))).toBe('Klantreis 2026 2026-11-20.pdf');
  });
});

function session(changes: { organisation?: string; name?: string } = {}) {
  return { ...reportSession({ participants: 2 }), ...changes };
}
