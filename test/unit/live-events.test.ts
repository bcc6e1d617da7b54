import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppEventHub } from '../../main/events/appEventHub';
import type { AppEvent } from '../../shared/api';

afterEach(() => {
  vi.useRealTimers();
});

describe('the app event hub', () => {
  it('pushes a burst of one session’s changes as the first and the last', () => {
    vi.useFakeTimers();
    const hub = new AppEventHub({ sessionIntervalMs: 50 });
    const got: AppEvent[] = [];
    const unsubscribe = hub.subscribe((event) => got.push(event));
    for (let i = 1; i <= 5; i++) hub.sessionChanged('s1', `t${i}`);
    hub.sessionChanged('s2', 'u1'); // another session is not held back
    expect(got).toEqual([
      { type: 'session', id: 's1', updatedAt: 't1' },
      { type: 'session', id: 's2', updatedAt: 'u1' },
    ]);
    vi.advanceTimersByTime(50);
    expect(got.at(-1)).toEqual({ type: 'session', id: 's1', updatedAt: 't5' });
    expect(got).toHaveLength(3);
    vi.advanceTimersByTime(500);
    expect(got).toHaveLength(3);
    // Quiet again: the next change goes at once, and a deletion says null.
    hub.sessionChanged('s1', null);
    expect(got.at(-1)).toEqual({ type: 'session', id: 's1', updatedAt: null });
    unsubscribe();
    hub.liveChanged(null);
    expect(got).toHaveLength(4);
    hub.close();
  });

  it('keeps telling the others when one listener throws', () => {
    const hub = new AppEventHub({ sessionIntervalMs: 0 });
    const got: AppEvent[] = [];
    hub.subscribe(() => {
      throw new Error('a closed window');
    });
    hub.subscribe((event) => got.push(event));
    hub.liveChanged(null);
    hub.sessionChanged('s1', 'a');
    hub.sessionChanged('s1', 'a');
    expect(got).toHaveLength(3);
  });
});
