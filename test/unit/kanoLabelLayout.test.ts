import { describe, expect, it } from 'vitest';
import {
  spreadLabels,
  textWidth,
  wrappedAtSpaces,
  wrapText,
} from '../../renderer/src/kano/charts/labelLayout';

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

describe('wrapText', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('Kort', 100, 10)).toEqual(['Kort']);
    expect(wrapText('', 100, 10)).toEqual([]);
  });

  it('breaks at spaces into lines that each fit, losing no word', () => {
    const text = 'Bij een storing binnen vier uur een monteur aan de deur, ook in het weekend';
    const lines = wrapText(text, 120, 12, true);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 12, true)).toBeLessThanOrEqual(120.01);
    expect(lines.join(' ')).toBe(text);
    expect(wrappedAtSpaces(text, lines)).toBe(true);
    expect(lines.join('')).not.toContain('…');
  });

  it('fills lines greedily: a line takes the next word whenever it fits', () => {
    const lines = wrapText('aa bb cc dd', textWidth('aa bb', 10), 10);
    expect(lines).toEqual(['aa bb', 'cc dd']);
  });

  it('splits a word longer than a line into pieces that fit, and says so', () => {
    const word = 'Klantgerichtheidsverbeteringsprogramma';
    const lines = wrapText(`Het ${word}`, 80, 10);
    expect(lines.join('').replace(/ /g, '')).toBe(`Het${word}`);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(80.01);
    expect(wrappedAtSpaces(`Het ${word}`, lines)).toBe(false);
  });

  it('still moves on when not even one character fits', () => {
    expect(wrapText('WW', 1, 10)).toEqual(['W', 'W']);
  });
});
