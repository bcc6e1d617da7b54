import { describe, expect, it } from 'vitest';
import {
  type Box,
  distanceToBox,
  fitText,
  keepInside,
  type LabelRequest,
  overlapArea,
  placeLabels,
  placeLabelsScored,
  textWidth,
} from '../../renderer/src/kano/charts/labelLayout';

/** True when a string holds half of a surrogate pair on its own. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('textWidth', () => {
  it('uses the Arial advance widths, a little generous', () => {
    expect(textWidth('', 10)).toBe(0);
    expect(textWidth('a', 10)).toBeCloseTo(0.556 * 10 * 1.02, 9);
    expect(textWidth('a', 10, true)).toBeCloseTo(0.556 * 10 * 1.12, 9);
    expect(textWidth('W', 20)).toBeCloseTo(0.944 * 20 * 1.02, 9);
    expect(textWidth('…', 10)).toBeCloseTo(10.2, 9);
    expect(textWidth('é', 10)).toBeCloseTo(6.12, 9); // accented Latin: 600
    expect(textWidth('中', 10)).toBeCloseTo(10.2, 9); // CJK: a full em
    expect(textWidth('😀', 10)).toBeCloseTo(10.2, 9); // one code point, not two UTF-16 units
  });

  it('is wider in bold and scales with the font size', () => {
    const text = 'Snelle levering';
    expect(textWidth(text, 10, true)).toBeGreaterThan(textWidth(text, 10));
    expect(textWidth(text, 20)).toBeCloseTo(2 * textWidth(text, 10), 9);
  });

  it('grows with every character added (monotone in the length)', () => {
    const samples = [
      'Gratis verzending binnen één dag',
      'iiiiiiiiii',
      ' \t\n.,;:|',
      '😀👍🏽 中文 Ελληνικά Кириллица',
      '👨‍👩‍👧‍👦❤️',
    ];
    for (const sample of samples) {
      const chars = Array.from(sample);
      for (const bold of [false, true]) {
        let previous = 0;
        for (let n = 1; n <= chars.length; n++) {
          const width = textWidth(chars.slice(0, n).join(''), 14, bold);
          expect(width).toBeGreaterThan(previous);
          previous = width;
        }
      }
    }
  });

  it('is additive: the width of a concatenation is the sum of the widths', () => {
    expect(textWidth('Hello world', 12)).toBeCloseTo(
      textWidth('Hello', 12) + textWidth(' ', 12) + textWidth('world', 12),
      9,
    );
  });
});

describe('fitText', () => {
  it('returns the text unchanged when it fits, also exactly', () => {
    expect(fitText('Kort', 100, 10)).toBe('Kort');
    expect(fitText('', 0, 10)).toBe('');
    const exact = textWidth('Precies passend', 14, true);
    expect(fitText('Precies passend', exact, 14, true)).toBe('Precies passend');
    // The hair of tolerance for a size computed to fit the text.
    expect(fitText('Precies passend', exact - 0.005, 14, true)).toBe('Precies passend');
  });

  it('cuts to the longest prefix that fits with an ellipsis', () => {
    expect(fitText('Hello world', textWidth('Hello w…', 10), 10)).toBe('Hello w…');
    // A cut just after a space drops the space before the ellipsis.
    expect(fitText('Hello world', textWidth('Hello…', 10), 10)).toBe('Hello…');
    expect(fitText('Hello world', textWidth('Hello…', 10) + 1, 10)).toBe('Hello…');
  });

  it('never returns a cut text wider than the limit (when one character and … fit)', () => {
    const texts = [
      'Een hele lange wens die echt niet op één regel past',
      'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüssel',
      'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
      '😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀',
      'Snelle levering 🚚 met tracking 📦 en retour',
    ];
    for (const text of texts) {
      for (const bold of [false, true]) {
        for (const maxWidth of [30, 40, 63.3, 100, 180]) {
          const result = fitText(text, maxWidth, 12, bold);
          expect(result.endsWith('…')).toBe(true);
          expect(textWidth(result, 12, bold)).toBeLessThanOrEqual(maxWidth);
          const kept = result.slice(0, -1);
          expect(text.startsWith(kept)).toBe(true);
          expect(kept).toBe(kept.trimEnd());
          expect(result).not.toMatch(loneSurrogate);
          // The longest such prefix: the next longer one (spaces aside) would not fit.
          const chars = Array.from(text);
          for (let n = Array.from(kept).length + 1; n <= chars.length; n++) {
            const longer = chars.slice(0, n).join('').trimEnd();
            if (longer === kept) continue;
            expect(textWidth(`${longer}…`, 12, bold)).toBeGreaterThan(maxWidth);
            break;
          }
        }
      }
    }
  });

  it('never splits an emoji made of a surrogate pair', () => {
    expect(fitText('😀😀😀😀', textWidth('😀😀…', 10), 10)).toBe('😀😀…');
    expect(fitText('😀😀😀😀', textWidth('😀😀…', 10) - 0.1, 10)).toBe('😀…');
  });

  it('cuts a very long word', () => {
    const word = 'Klanttevredenheidsonderzoeksresultatenoverzicht';
    const result = fitText(word, 100, 17, true);
    expect(result).toMatch(/^Klant\S*…$/);
    expect(textWidth(result, 17, true)).toBeLessThanOrEqual(100);
  });

  it('is deterministic', () => {
    const text = 'Één wens met 😀 en een lang woord: onderzoeksresultatenoverzicht';
    expect(fitText(text, 90, 13)).toBe(fitText(text, 90, 13));
  });

  // Known limits, kept as they are (see the report): below the width of one character and an
  // ellipsis the result is wider than the limit, and a cut can split an emoji sequence.
  it('keeps one character and the ellipsis even when that is wider than the limit', () => {
    expect(fitText('Hello', 5, 10)).toBe('H…');
    expect(textWidth('H…', 10)).toBeGreaterThan(5);
    expect(fitText('W', 5, 10)).toBe('W…'); // wider than the uncut 'W'
  });

  it('cuts between the code points of a joined emoji sequence', () => {
    // Family emoji: man ZWJ woman ZWJ girl ZWJ boy. The cut leaves a dangling zero-width joiner.
    expect(fitText('👨‍👩‍👧‍👦 gezin', 30, 10)).toBe('👨\u200d…');
    // Red heart with its emoji presentation selector: the selector is cut off.
    expect(fitText('❤️❤️❤️❤️', 25, 10)).toBe('❤…');
  });
});

describe('box helpers', () => {
  it('overlapArea counts the margin on both boxes', () => {
    const a: Box = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlapArea(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(0); // touching
    expect(overlapArea(a, { x: 13, y: 0, width: 10, height: 10 }, 2)).toBe(1 * 14);
    expect(overlapArea(a, { x: 14, y: 0, width: 10, height: 10 }, 2)).toBe(0);
  });

  it('keepInside moves a box the least distance into the bounds', () => {
    const bounds: Box = { x: 0, y: 0, width: 100, height: 50 };
    expect(keepInside({ x: 95, y: -5, width: 10, height: 10 }, bounds)).toEqual({
      x: 90,
      y: 0,
      width: 10,
      height: 10,
    });
    expect(keepInside({ x: 20, y: 20, width: 10, height: 10 }, bounds)).toEqual({
      x: 20,
      y: 20,
      width: 10,
      height: 10,
    });
  });

  it('distanceToBox is 0 inside and Euclidean outside', () => {
    const box: Box = { x: 10, y: 10, width: 10, height: 10 };
    expect(distanceToBox(15, 15, box)).toBe(0);
    expect(distanceToBox(23, 24, box)).toBe(5);
    expect(distanceToBox(5, 15, box)).toBe(5);
  });
});

describe('placeLabels', () => {
  const bounds: Box = { x: 0, y: 0, width: 400, height: 300 };
  /** A label of 40 × 19 for a marker of radius 9: d = 9 + 2·2 + 2 = 15 from the point. */
  const label = (px: number, py: number, width = 40): LabelRequest => ({
    px,
    py,
    width,
    height: 19,
    radius: 9,
  });
  /** The marker's box, as the scatter chart passes it among the obstacles. */
  const marker = ({ px, py, radius }: LabelRequest): Box => ({
    x: px - radius,
    y: py - radius,
    width: 2 * radius,
    height: 2 * radius,
  });
  const inside = (box: Box, frame: Box) =>
    box.x >= frame.x - 1e-9 &&
    box.y >= frame.y - 1e-9 &&
    box.x + box.width <= frame.x + frame.width + 1e-9 &&
    box.y + box.height <= frame.y + frame.height + 1e-9;

  it('puts a lone label right of the point, just above its height', () => {
    const request = label(100, 100);
    expect(placeLabels([request], [marker(request)], bounds)).toEqual([
      { x: 115, y: 79, width: 40, height: 19 },
    ]);
  });

  it('takes the next spot in order when a quadrant name is in the way', () => {
    const request = label(100, 100);
    const rightAbove: Box = { x: 130, y: 60, width: 100, height: 26 };
    expect(placeLabels([request], [marker(request), rightAbove], bounds)).toEqual([
      { x: 45, y: 79, width: 40, height: 19 }, // left, above
    ]);
    const bothAbove: Box = { x: 20, y: 60, width: 200, height: 26 };
    expect(placeLabels([request], [marker(request), bothAbove], bounds)).toEqual([
      { x: 115, y: 102, width: 40, height: 19 }, // right, below
    ]);
    const besides: Box[] = [
      { x: 20, y: 60, width: 200, height: 26 },
      { x: 124, y: 100, width: 100, height: 30 },
      { x: 20, y: 100, width: 56, height: 30 },
    ];
    expect(placeLabels([request], [marker(request), ...besides], bounds)).toEqual([
      { x: 80, y: 115, width: 40, height: 19 }, // straight below
    ]);
  });

  it('slides a label a little to stay inside the frame, but not far from its point', () => {
    // Near the top: the right-above spot (y = -11) slides down by 11 ≤ the label height.
    const top = label(100, 10);
    expect(placeLabels([top], [marker(top)], bounds)).toEqual([
      { x: 115, y: 0, width: 40, height: 19 },
    ]);
    // Near the right edge: right of the point would slide 45 > 19, so it goes left.
    const edge = label(390, 100);
    expect(placeLabels([edge], [marker(edge)], bounds)).toEqual([
      { x: 335, y: 79, width: 40, height: 19 },
    ]);
  });

  it('keeps a second label clear of the first', () => {
    const a = label(100, 100);
    const b = label(100, 110);
    expect(placeLabels([a, b], [marker(a), marker(b)], bounds)).toEqual([
      { x: 115, y: 79, width: 40, height: 19 },
      { x: 45, y: 89, width: 40, height: 19 },
    ]);
  });

  it('avoids a spot nearer to another point than to its own', () => {
    // Right of A would sit 5 from B and 15.1 from A: it would read as B's label.
    const a = label(100, 100);
    const b = label(160, 88);
    expect(placeLabels([a, b], [], bounds)).toEqual([
      { x: 45, y: 79, width: 40, height: 19 },
      { x: 175, y: 67, width: 40, height: 19 },
    ]);
  });

  it('hangs a two-line label below its point when its first line would sit beside another point', () => {
    // Right of A, just above: the label runs up to B's height, as near to B as to A.
    const a = { ...label(100, 100), height: 38 };
    const b = label(100, 68);
    const [first] = placeLabels([a, b], [marker(a), marker(b)], bounds);
    expect(first).toEqual({ x: 115, y: 102, width: 40, height: 38 });
  });

  it("scores a free spot 0 and a spot that reads as another point's as ambiguous", () => {
    const a = { ...label(100, 100), height: 38 };
    const free = placeLabelsScored([a], [marker(a)], bounds);
    expect(free).toEqual([{ box: { x: 115, y: 60, width: 40, height: 38 }, cost: 0 }]);
    // Walled in below and on the left: the only spots left run up beside B.
    const b = label(100, 68);
    const walls: Box[] = [
      { x: 0, y: 101, width: 400, height: 199 },
      { x: 0, y: 0, width: 90, height: 300 },
    ];
    const [crowded] = placeLabelsScored([a, b], [marker(a), marker(b), ...walls], bounds);
    expect(crowded!.cost).toBeGreaterThanOrEqual(60);
  });

  it('returns the labels in the order of the requests', () => {
    const a = label(100, 100);
    const b = label(300, 200);
    const [first, second] = placeLabels([a, b], [marker(a), marker(b)], bounds);
    const [secondAlone] = placeLabels([b], [marker(b)], bounds);
    expect(first).toEqual({ x: 115, y: 79, width: 40, height: 19 });
    expect(second).toEqual(secondAlone);
  });

  it('with room, keeps every label inside the frame and clear of names, markers and labels', () => {
    const frame: Box = { x: 93, y: 63, width: 774, height: 534 };
    const requests: LabelRequest[] = [
      label(200, 150, 120),
      label(215, 160, 90),
      label(230, 150, 60),
      label(480, 330, 150),
      label(490, 340, 30),
      label(850, 80, 110), // top-right corner
      label(110, 580, 100), // bottom-left corner
      label(850, 580, 70), // bottom-right corner
      label(640, 200, 200),
      label(660, 215, 80),
    ];
    const names: Box[] = [
      { x: 150, y: 110, width: 160, height: 26 },
      { x: 600, y: 140, width: 180, height: 26 },
      { x: 150, y: 420, width: 200, height: 26 },
      { x: 620, y: 420, width: 170, height: 26 },
    ];
    const markers = requests.map(marker);
    const boxes = placeLabels(requests, [...markers, ...names], frame);
    expect(boxes).toHaveLength(requests.length);
    boxes.forEach((box, i) => {
      expect(box.width).toBe(requests[i]!.width);
      expect(box.height).toBe(requests[i]!.height);
      expect(inside(box, frame)).toBe(true);
      for (const obstacle of [...markers, ...names]) expect(overlapArea(box, obstacle, 2)).toBe(0);
      boxes.forEach((other, j) => {
        if (j !== i) expect(overlapArea(box, other, 2)).toBe(0);
      });
    });
  });

  it('when crowded, stays inside the frame and falls back the same way every time', () => {
    const frame: Box = { x: 10, y: 10, width: 160, height: 80 };
    const requests = [
      label(60, 50, 50),
      label(64, 52, 70),
      label(58, 47, 40),
      label(62, 55, 60),
      label(66, 49, 30),
      label(61, 51, 45),
    ];
    const obstacles = [...requests.map(marker), { x: 100, y: 20, width: 60, height: 26 }];
    const first = placeLabels(requests, obstacles, frame);
    const again = placeLabels(
      requests.map((r) => ({ ...r })),
      obstacles.map((o) => ({ ...o })),
      { ...frame },
    );
    expect(again).toEqual(first);
    for (const box of first) expect(inside(box, frame)).toBe(true);
    // Crowded indeed: some labels had to overlap something.
    const overlaps = first.some((box, i) =>
      [...obstacles, ...first.filter((_, j) => j !== i)].some((o) => overlapArea(box, o, 2) > 0),
    );
    expect(overlaps).toBe(true);
  });

  it('on a tie with no free spot, takes the first spot in the order', () => {
    // One obstacle covers the whole frame: every spot overlaps it by (40 + 4) × (19 + 4); the
    // unmoved right-above spot is first and wins.
    const request = label(100, 100);
    const wall: Box = { x: 0, y: 0, width: 400, height: 300 };
    expect(placeLabels([request], [wall], bounds)).toEqual([
      { x: 115, y: 79, width: 40, height: 19 },
    ]);
  });

  it('with a frame the size of the label, puts it on the frame', () => {
    const frame: Box = { x: 0, y: 0, width: 40, height: 19 };
    expect(placeLabels([label(20, 9.5)], [], frame)).toEqual([frame]);
  });
});
