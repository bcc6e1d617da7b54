/**
 * One scale for both clouds: a word's font size follows from its count and a scale the two
 * clouds share, so the same count gives the same size in the current and the desired cloud, on
 * screen, on the projector and in the report. Pure: no canvas, no DOM.
 */

/** The smallest drawn word, in the picture's own units (the svg's viewBox), by default. */
export const MIN_DRAWN_SIZE = 24;
/**
 * Words are drawn a little smaller than they are laid out, which leaves a gap around every word
 * in proportion to its size: without it, two words side by side ("trots", "traag") read as one
 * phrase.
 */
export const DRAWN_SHARE = 0.88;
/** Steps of the font sizes: 10%, too small to see, large enough that one more mention seldom moves a word. */
const SIZE_RUNG = 1.1;
/** Steps of the unit: a new participant changes the whole cloud only when it really has to shrink. */
const SCALE_STEP = 0.9;
const MAX_UNIT_STEPS = 60;
/** A phrase is drawn smaller to fit the width, down to this share of the smallest size; a longer one is left out. */
export const LEGIBLE_SHARE = 0.5;
/** The most frequent word is at most this share of the height (at the scale chosen). */
export const LARGEST_SHARE = 0.22;
/** Room for the line height in the area estimate. */
const LINE_HEIGHT = 1.2;

export interface CloudScale {
  /** Layout size of a word mentioned once, before `floor`: size = unit × √count (on the rungs). */
  unit: number;
  /** No word is laid out smaller than this (unless the cloud cannot hold its words at it). */
  floor: number;
  /** Shrink applied when the most frequent words did not fit at first (1 = none). */
  factor: number;
  /** Enlargement of the finished layout to fill its picture (the same for both clouds). */
  zoom: number;
}

/** √count rounded to a ladder of 10% steps: 16 → 17 mentions leaves the size unchanged. */
export function rung(count: number): number {
  return SIZE_RUNG ** Math.round(Math.log(Math.sqrt(Math.max(count, 1))) / Math.log(SIZE_RUNG));
}

/** The whole-pixel size d3-cloud lays a word out at (it truncates sizes to integers itself). */
export function layoutSize(count: number, scale: CloudScale): number {
  return Math.max(1, Math.floor(Math.max(scale.floor, scale.unit * rung(count)) * scale.factor));
}

/** The drawn font size of a word laid out at `size`, to a tenth. */
export function drawnSize(size: number, zoom: number): number {
  return Math.round(size * DRAWN_SHARE * zoom * 10) / 10;
}

/** The drawn font size for a count: the one-scale rule, the same function for both clouds. */
export function cloudFontSize(count: number, scale: CloudScale): number {
  return drawnSize(layoutSize(count, scale), scale.zoom);
}

export interface MeasuredWord {
  count: number;
  /** Width of the text at font size 100. */
  width100: number;
}

export interface ScaleLimits {
  /** The area the words are laid out in (the picture without its margin). */
  width: number;
  height: number;
  /** The smallest drawn size wanted (viewBox units); the layout is never zoomed below 1. */
  minDrawnSize: number;
  /** Share of the area the words' boxes may fill (a guess of what d3-cloud can pack). */
  fill: number;
}

/**
 * Box area of a cloud's words at the given unit and floor. A word is never wider than the area:
 * a very long one is drawn smaller (or left out), so it must not shrink every other word.
 */
function area(words: readonly MeasuredWord[], unit: number, floor: number, width: number): number {
  return words.reduce((sum, w) => {
    const size = Math.max(floor, unit * rung(w.count));
    return sum + Math.min((w.width100 / 100) * size, width) * size * LINE_HEIGHT;
  }, 0);
}

/**
 * The unit and floor for a pair of clouds: the largest unit on the ladder at which the most
 * frequent word is at most 22% of the height and each cloud's words fill at most `fill` of the
 * area. When even the floor alone is too much for the words of one cloud (hundreds of words),
 * the floor goes down as far as needed: every word shown beats every word readable.
 */
export function chooseScale(
  sides: readonly (readonly MeasuredWord[])[],
  limits: ScaleLimits,
): Pick<CloudScale, 'unit' | 'floor'> {
  // A word too long to be legible at any size the cloud allows is left out of it.
  const legible = (w: MeasuredWord) =>
    (limits.width * 100) / Math.max(w.width100, 1) >=
    (limits.minDrawnSize / DRAWN_SHARE) * LEGIBLE_SHARE;
  sides = sides.map((words) => words.filter(legible));
  const all = sides.flat();
  const maxCount = Math.max(1, ...all.map((w) => w.count));
  const largest = limits.height * LARGEST_SHARE;
  const room = limits.fill * limits.width * limits.height;
  const wantedFloor = limits.minDrawnSize / DRAWN_SHARE;
  const atFloor = Math.max(
    0,
    ...sides.map((words) => area(words, 0, wantedFloor, limits.width) / wantedFloor ** 2),
  );
  // On a ladder below the wanted floor too: a floor that followed every new word would change
  // the size, and so the place, of every word at the floor with each new participant.
  const roomyFloor = Math.sqrt(room / Math.max(atFloor, 1e-9)) * 0.8;
  const floorSteps =
    roomyFloor >= wantedFloor
      ? 0
      : Math.ceil(Math.log(roomyFloor / wantedFloor) / Math.log(SCALE_STEP));
  const floor = wantedFloor * SCALE_STEP ** Math.min(floorSteps, MAX_UNIT_STEPS);
  const fits = (unit: number) =>
    unit * rung(maxCount) <= largest &&
    sides.every((words) => area(words, unit, floor, limits.width) <= room);
  let unit = largest;
  for (let step = 0; step < MAX_UNIT_STEPS && !fits(unit); step++) unit *= SCALE_STEP;
  return { unit, floor: Math.min(floor, largest) };
}
