import { describe, expect, it } from 'vitest';
import { shortLabel, spreadLabels } from '../../renderer/src/kano/charts/labelLayout';

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    const anchors = [
      { x: 0, y: 100, width: 50 },
      { x: 0, y: 200, width: 50 },
      { x: 100, y: 100, width: 50 }, // beside the first: no conflict
    ];
    expect(spreadLabels(anchors, 20)).toEqual([100, 200, 100]);
  });

  it('pushes overlapping labels down, in anchor order', () => {
    // Three labels at 100, 105, 110 with gap 20 → 100, 120, 140.
    const anchors = [
      { x: 0, y: 110, width: 50 },
      { x: 0, y: 100, width: 50 },
      { x: 10, y: 105, width: 50 },
    ];
    expect(spreadLabels(anchors, 20)).toEqual([140, 100, 120]);
  });

  it('ends for many labels on one spot with awkward decimals', () => {
    const anchors = Array.from({ length: 200 }, () => ({ x: 0, y: 0.1, width: 10 }));
    const ys = spreadLabels(anchors, 20.3);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(20.3 - 1e-9);
    }
  });
});

describe('shortLabel', () => {
  it('cuts long names with an ellipsis', () => {
    expect(shortLabel('Kort')).toBe('Kort');
    expect(shortLabel('Een hele lange wens die niet past', 10)).toBe('Een hele…');
  });
});
