import { describe, expect, it } from 'vitest';
import { reportSummary, SUMMARY_ACTIONS } from '../../shared/report/summary';
import { newSession, type Session } from '../../shared/session';
import type { KanoRespondent, KanoResponse } from '../../shared/kano/model';

const M: KanoResponse = { functional: 2, dysfunctional: 5, importance: null };
const A: KanoResponse = { functional: 1, dysfunctional: 3, importance: null };

/** Small enough to compute every figure by hand. */
function handSession(): Session {
  const session = newSession('hand', { name: 'Met de hand' });
  const entries = [
    {
      id: 'c1',
      participant: '',
      group: null,
      current: ['alpha', 'beta'],
      desired: ['alpha', 'gamma'],
    },
    { id: 'c2', participant: '', group: null, current: ['Alpha'], desired: ['gamma', 'delta'] },
  ];
  const wishes = ['w1', 'w2', 'w3', 'w4', 'w5'].map((id) => ({
    id,
    name: `Wens ${id}`,
    description: '',
  }));
  const respondents: KanoRespondent[] = [
    { id: 'r1', label: '', group: null, answers: { w1: M, w2: M, w3: A, w5: A } },
    { id: 'r2', label: '', group: null, answers: { w1: M, w2: M, w3: A } },
    { id: 'r3', label: '', group: null, answers: { w1: M, w2: A, w3: A } },
  ];
  // Gap per block: 8 → 4, 4 → 3, 2 → 2, 9 → 0, the others 1.
  const gaps = [1, 2, 1, 3, 1, 1, 1, 4, 0];
  const participants = ['p1', 'p2'].map((id, i) => ({
    id,
    label: '',
    group: null,
    scores: Object.fromEntries(
      gaps.map((gap, b) => [String(b + 1), { now: 5 + i, target: 5 + i + gap, comment: '' }]),
    ),
  }));
  const actions = [9, 1, 8, 4, 2, 3, 5, 6].map((block, i) => ({
    id: `a${i}`,
    block,
    what: `Actie ${i}`,
    who: '',
    when: '',
    status: 'open' as const,
  }));
  return {
    ...session,
    culture: { ...session.culture, entries },
    kano: { ...session.kano, wishes, respondents, consensus: { w4: 'M' } },
    excellence: { ...session.excellence, participants, actions },
  };
}

describe('reportSummary', () => {
  const summary = reportSummary(handSession());

  it('gives the top words of both clouds and the overlap', () => {
    expect(summary.culture?.current).toEqual(['alpha', 'beta']);
    expect(summary.culture?.desired).toEqual(['gamma', 'alpha', 'delta']);
    // One of the four desired mentions ("alpha") also occurs in the current culture.
    expect(summary.culture?.overlapShare).toBeCloseTo(0.25);
  });

  it('names the must-be and attractive wishes, strongest first, consensus after questionnaire', () => {
    expect(summary.mustBe).toEqual([
      { name: 'Wens w1', share: 100 },
      { name: 'Wens w2', share: (2 / 3) * 100 },
      { name: 'Wens w4', share: null },
    ]);
    expect(summary.attractive.map((w) => w.name)).toEqual(['Wens w3', 'Wens w5']);
  });

  it('names the three blocks with the largest gap', () => {
    expect(summary.largestGaps.map((b) => [b.block, b.gap])).toEqual([
      [8, 4],
      [4, 3],
      [2, 2],
    ]);
    expect(summary.largestGaps[0]).toMatchObject({ now: 5.5, target: 9.5 });
  });

  it('lists the actions in block order and counts the ones left out', () => {
    expect(summary.actions).toHaveLength(SUMMARY_ACTIONS);
    expect(summary.actions.map((a) => a.block)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(summary.moreActions).toBe(2);
  });

  it('links Kano to block 1 and the culture map to block 4', () => {
    expect(summary.kanoLink).toEqual({
      block: { block: 1, now: 5.5, target: 6.5, gap: 1 },
      counts: { M: 3, O: 0, A: 2 },
    });
    expect(summary.cultureLink).toEqual({
      block: { block: 4, now: 5.5, target: 8.5, gap: 3 },
      develop: ['gamma', 'delta'],
      letGo: ['beta'],
    });
  });

  it('says nothing about a method without data', () => {
    const empty = reportSummary(newSession('empty', { name: 'Leeg' }));
    expect(empty).toMatchObject({
      culture: null,
      mustBe: [],
      attractive: [],
      largestGaps: [],
      actions: [],
      moreActions: 0,
      kanoLink: null,
      cultureLink: null,
    });
  });
});
