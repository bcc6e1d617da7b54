import { describe, expect, it } from 'vitest';
import { CX, CY, outline, point, RADIUS, wrap } from '../../renderer/src/excellence/radarGeometry';

describe('radar geometry', () => {
  it('puts values on their axis, the first axis pointing up, 0 in the centre', () => {
    const [x10, y10] = point(0, 9, 10, 10);
    expect(x10).toBeCloseTo(CX, 9);
    expect(y10).toBeCloseTo(CY - RADIUS, 9);
    expect(point(0, 9, 5, 10)[1]).toBeCloseTo(CY - RADIUS / 2, 9);
    // The third of four axes points down.
    expect(point(2, 4, 10, 10)[1]).toBeCloseTo(CY + RADIUS, 9);
  });

  it('keeps values outside the scale on its edge', () => {
    expect(point(0, 9, 12, 10)[1]).toBeCloseTo(CY - RADIUS, 9);
    expect(point(0, 9, -1, 10)).toEqual([CX, CY]);
  });

  it('closes a complete series into one polygon', () => {
    const path = outline([5, 6, 7, 8, 9, 8, 7, 6, 5], 10);
    expect(path.startsWith('M ')).toBe(true);
    expect(path.endsWith(' Z')).toBe(true);
    expect(path.match(/[ML] /g)).toHaveLength(9);
  });

  it('breaks the line where a value is missing instead of drawing it as zero', () => {
    // One gap (block 3): one open run of the eight other points, from block 4 round to block 2.
    const oneGap = outline([5, 5, null, 5, 5, 5, 5, 5, 5], 10);
    expect(oneGap).not.toContain('Z');
    expect(oneGap.match(/M /g)).toHaveLength(1);
    expect(oneGap.match(/[ML] /g)).toHaveLength(8);
    expect(oneGap.startsWith(`M ${point(3, 9, 5, 10).join(' ')}`)).toBe(true);
    // Two gaps: two runs.
    expect(outline([5, 5, null, 5, 5, 5, null, 5, 5], 10).match(/M /g)).toHaveLength(2);
    expect(outline([null, null, null], 10)).toBe('');
  });

  it('wraps long axis labels at spaces and keeps the number with its word', () => {
    expect(wrap('3. Leiderschap')).toEqual(['3. Leiderschap']);
    expect(wrap('1. Klantbehoeften begrijpen')).toEqual(['1. Klantbehoeften', 'begrijpen']);
    expect(wrap('7. Processen en organisatie')).toEqual(['7. Processen en', 'organisatie']);
  });
});
