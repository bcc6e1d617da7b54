import { describe, expect, it } from 'vitest';
import { validateChange } from '../../main/store/validateChange';
import { sessionSchema, type Session } from '../../shared/session';
import { largeSession } from '../../bench/largeSession';

const base = largeSession('v', 12, 3);

function fails(after: Session): string {
  try {
    validateChange(sessionSchema, base, after);
  } catch (error) {
    return (error as Error).message;
  }
  return 'valid';
}

describe('validateChange', () => {
  it('accepts valid changes', () => {
    const respondents = base.kano.respondents.map((r, i) =>
      i === 2
        ? {
            ...r,
            answers: {
              ...r.answers,
              'wish-1': { functional: 1, dysfunctional: 5, importance: null },
            },
          }
        : r,
    );
    expect(fails({ ...base, name: 'Nieuw', kano: { ...base.kano, respondents } })).toBe('valid');
  });

  it('finds a broken value deep inside a changed item', () => {
    const respondents = base.kano.respondents.map((r, i) =>
      i === 2
        ? {
            ...r,
            answers: {
              ...r.answers,
              'wish-1': { functional: 7, dysfunctional: 5, importance: null },
            },
          }
        : r,
    );
    expect(fails({ ...base, kano: { ...base.kano, respondents } })).toContain('kano.respondents.2');
  });

  it("enforces an array's own limits (at most 50 groups)", () => {
    const groups = Array.from({ length: 51 }, (_, i) => ({ id: `g${i}`, name: `groep ${i}` }));
    expect(fails({ ...base, groups })).toContain('groups');
  });

  it('checks new top-level values and wrong types', () => {
    expect(fails({ ...base, date: '2026-13-45' })).toContain('date');
    expect(fails({ ...base, culture: null } as unknown as Session)).toContain('culture');
  });

  it('agrees with a full parse on the same changes', () => {
    const bad = {
      ...base,
      excellence: {
        ...base.excellence,
        participants: [
          ...base.excellence.participants,
          { id: 'X', label: '', group: null, scores: {} },
        ],
      },
    };
    expect(sessionSchema.safeParse(bad).success).toBe(false);
    expect(fails(bad as Session)).toContain('excellence.participants.12');
  });
});
