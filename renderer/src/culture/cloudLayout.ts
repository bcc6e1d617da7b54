import cloud from 'd3-cloud';
import {
  chooseScale,
  drawnSize,
  DRAWN_SHARE,
  layoutSize,
  LEGIBLE_SHARE,
  MIN_DRAWN_SIZE,
  type CloudScale,
} from './cloudScale';
import { unitFromText } from './seededRandom';

export interface CloudWord {
  key: string;
  word: string;
  count: number;
}

export interface PlacedWord extends CloudWord {
  /** The text drawn: always the whole word or phrase (a long one gets a smaller size, never "…"). */
  text: string;
  /** Drawn font size, in the picture's units (its viewBox). */
  size: number;
  /** Baseline centre, in the picture's units (0,0 is its top-left corner). */
  x: number;
  y: number;
}

export interface CloudLayout {
  width: number;
  height: number;
  placed: PlacedWord[];
  /** Words given but not placed (never one of the TOP_WORDS most frequent unless all retries failed). */
  notShown: number;
  /** How many layouts it took: 1 unless the top words did not fit at first. */
  attempts: number;
  /** The box around the ink of the drawn words, in the picture's units. */
  bounds: { x0: number; y0: number; x1: number; y1: number };
  /** The scale shared by every cloud laid out together: count → size is `cloudFontSize`. */
  scale: CloudScale;
}

export interface CloudOptions {
  /** The picture (the svg's viewBox). */
  width: number;
  height: number;
  fontFamily: string;
  fontWeight: number;
  /** The smallest drawn size wanted, in the picture's units (MIN_DRAWN_SIZE unless given). */
  minDrawnSize?: number;
}

/** The most frequent words, which must always be in the cloud. */
export const TOP_WORDS = 50;
const MAX_ATTEMPTS = 12;
const SHRINK = 0.85;
/** Room left around the words, on each side, as a share of the picture. */
const MARGIN = 0.04;
/** Share of the area the words' boxes may fill, estimated up front (d3-cloud packs the rest). */
const FILL = 0.55;
/** A cloud of few words is enlarged at most this much to fill its picture. */
const MAX_ZOOM = 2.5;
/** Lay the clouds out again with larger words when they would be enlarged this much or more. */
const GROW_AT = 1.15;
/** How much of that enlargement to try: larger words take more room than their zoom. */
const GROW_SHARE = 1;
const MAX_GROWTH = 1;
/**
 * Only clouds of up to this many words are laid out again to grow: a workshop's clouds take a
 * few milliseconds each, while hundreds of words would double the time for a gain hardly seen.
 */
const GROW_WORDS = 60;
/** Steps of a growth: the unit's ladder (see cloudScale). */
const SCALE_STEP = 0.9;
/** Room around a word, relative to its font size (small words need less). */
const PADDING_SHARE = 0.06;
/**
 * d3-cloud draws many words side by side on one sprite canvas and reads each word's pixels back
 * from its cell; a stroke (its padding) wider than the cell's slack spills into the neighbour's
 * cell, so a word's shape would depend on which words happen to be drawn next to it, and one new
 * word would shift the whole cloud. Half an em of space on both sides keeps strokes in their cell.
 */
const SPRITE_MARGIN = '\u2002';
/** The drawn glyphs shrink (DRAWN_SHARE) towards the middle of their lower-case letters. */
const GLYPH_MIDDLE = 0.35;

/** d3-cloud draws each word on a 2048-pixel sprite canvas: reuse one for every layout. */
let spriteCanvas: HTMLCanvasElement | undefined;
let measureContext: CanvasRenderingContext2D | null | undefined;

/** The ink of a text at font size 100: its width, and how far it reaches above and below the baseline. */
interface Ink {
  width: number;
  ascent: number;
  descent: number;
}

function measure(text: string, options: CloudOptions): Ink {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return { width: [...text].length * 60, ascent: 75, descent: 22 };
  measureContext.font = `${options.fontWeight} 100px ${options.fontFamily}`;
  const metrics = measureContext.measureText(text);
  return {
    width: metrics.width,
    ascent: metrics.actualBoundingBoxAscent,
    descent: metrics.actualBoundingBoxDescent,
  };
}

interface MeasuredWord extends CloudWord {
  /** Width at font size 100 of the text as d3-cloud draws it (with its en spaces). */
  width100: number;
  /** The word's own ink at font size 100, to fit the drawn words (not d3-cloud's cells) to the picture. */
  ink: Ink;
}

/**
 * d3-cloud keeps one 32-bit word per 32 pixels of a row and does not check the last, partial one:
 * a board whose width is not a multiple of 32 lets a word spill into the next row.
 */
interface Board {
  width: number;
  height: number;
}

function boardOf(options: CloudOptions): Board {
  const width = Math.max(32, Math.floor((options.width * (1 - 2 * MARGIN)) / 32) * 32);
  return { width, height: Math.max(1, Math.round(options.height * (1 - 2 * MARGIN))) };
}

/**
 * d3-cloud asks random() three times per word, in layout order: start x, start y and the spiral
 * direction. Answering from a hash of the word itself (rather than from one running sequence)
 * keeps a word's start the same when other words come or go, so a new word does not reshuffle
 * the cloud. The first word starts in the middle.
 */
function perWordRandom(keys: readonly string[]): () => number {
  let call = 0;
  return () => {
    const index = Math.floor(call / 3);
    const part = call % 3;
    call += 1;
    const key = keys[index] ?? String(index);
    if (part === 2) return unitFromText(`${key}#direction`);
    if (index === 0) return 0.5;
    return 0.5 + (unitFromText(`${key}#${part}`) - 0.5) * 0.8;
  };
}

interface Tag {
  key: string;
  text: string;
  size: number;
  x?: number;
  y?: number;
}

interface Run {
  tags: Tag[];
  /** In board coordinates (0,0 top-left); null when nothing was placed. */
  bounds: { x0: number; y0: number; x1: number; y1: number } | null;
  attempts: number;
  factor: number;
}

/**
 * The layout sizes of a cloud's words: the shared scale, and smaller for a phrase too wide for
 * the board. A word that would then be less than LEGIBLE_SHARE of the smallest size (hundreds of
 * characters without a space) is left out, never cut: the note under the cloud counts it and
 * the table beside it shows it whole.
 */
function tagsFor(words: readonly MeasuredWord[], scale: CloudScale, board: Board): Tag[] {
  const legible = scale.floor * scale.factor * LEGIBLE_SHARE;
  // Integer sizes in descending order: d3-cloud sorts by size (stably), so this order is its order
  // and perWordRandom knows which word each call is for. Equal sizes go by key, not by count,
  // so a mention more that does not change a size does not change the order either.
  return words
    .flatMap((w) => {
      const fitsWidth = Math.floor((board.width * 0.96 * 100) / Math.max(w.width100, 1));
      if (fitsWidth < legible) return [];
      const size = Math.min(layoutSize(w.count, scale), fitsWidth, Math.floor(board.height * 0.4));
      return [{ key: w.key, text: w.word, size: Math.max(1, size) }];
    })
    .sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Runs d3-cloud once and hands the result to `done`; returns a function that stops it.
 * `stepMs` Infinity lays out synchronously inside start(); a number lays out in slices of about
 * that many milliseconds, one per task, so a large cloud does not block the window.
 */
function runD3Cloud(
  tags: Tag[],
  board: Board,
  options: CloudOptions,
  stepMs: number,
  done: (tags: Tag[], bounds: Run['bounds']) => void,
): () => void {
  // One canvas for every layout: d3-cloud draws a batch of words and reads it back within one
  // call, so layouts running side by side in slices never see each other's drawing.
  spriteCanvas ??= document.createElement('canvas');
  const canvas = spriteCanvas;
  const layout = cloud<Tag>()
    .size([board.width, board.height])
    .canvas(() => canvas)
    .words(tags)
    .text((d) => `${SPRITE_MARGIN}${d.text}${SPRITE_MARGIN}`)
    .font(options.fontFamily)
    .fontWeight(options.fontWeight)
    .fontSize((d) => d.size)
    .rotate(0)
    .padding((d) => Math.max(1, Math.round(d.size * PADDING_SHARE)))
    .random(perWordRandom(tags.map((t) => t.key)))
    .timeInterval(stepMs)
    .on('end', (result: Tag[], box?: { x: number; y: number }[]) => {
      const [from, to] = box ?? [];
      done(result, from && to ? { x0: from.x, y0: from.y, x1: to.x, y1: to.y } : null);
    })
    .start();
  return () => layout.stop();
}

/**
 * Lays out one cloud at the shared scale, starting at `factor`. When one of the TOP_WORDS most
 * frequent words does not fit, all sizes shrink by SHRINK and the layout runs again.
 * `words` are sorted by count, most frequent first (as the analysis gives them).
 */
function runSide(
  words: readonly MeasuredWord[],
  scale: CloudScale,
  board: Board,
  options: CloudOptions,
  stepMs: number,
  retry: boolean,
  done: (run: Run) => void,
): () => void {
  const top = words.slice(0, TOP_WORDS).map((w) => w.key);
  let attempts = 0;
  let factor = scale.factor;
  let stop = () => {};
  const attempt = () => {
    attempts += 1;
    // d3-cloud writes its own fields into the words: hand it fresh objects every time.
    const tags = tagsFor(words, { ...scale, factor }, board);
    stop = runD3Cloud(tags, board, options, stepMs, (placed, bounds) => {
      const keys = new Set(placed.map((t) => t.key));
      if (retry && attempts < MAX_ATTEMPTS && !top.every((key) => keys.has(key))) {
        factor *= SHRINK;
        attempt();
        return;
      }
      done({ tags: placed, bounds, attempts, factor });
    });
  };
  attempt();
  return () => stop();
}

/**
 * Lays out the clouds one after the other at one scale: the sizes come from all their words
 * together, a cloud that had to shrink makes the others shrink as much (they are laid out again),
 * and all are enlarged by the same zoom, the most that lets each fill its picture. d3-cloud packs
 * its words around the middle of its board: when that leaves much room (a zoom of GROW_AT or
 * more), the clouds are laid out again with larger words, which packs them more tightly than
 * enlarging the picture would.
 */
function runClouds(
  sides: readonly (readonly CloudWord[])[],
  options: CloudOptions,
  stepMs: number,
  done: (layouts: CloudLayout[]) => void,
): () => void {
  const board = boardOf(options);
  const measured: MeasuredWord[][] = sides.map((words) =>
    words.map((w) => ({
      ...w,
      width100: measure(`${SPRITE_MARGIN}${w.word}${SPRITE_MARGIN}`, options).width,
      ink: measure(w.word, options),
    })),
  );
  const base = chooseScale(measured, {
    ...board,
    minDrawnSize: options.minDrawnSize ?? MIN_DRAWN_SIZE,
    fill: FILL,
  });
  let scale: CloudScale = { ...base, factor: 1, zoom: 1 };
  let runs: Run[] = [];
  let grown = 0;
  let attempts = 0;
  let stop = () => {};
  let cancelled = false;

  const next = (index: number) => {
    if (index === measured.length) return settle();
    stop = runSide(measured[index] ?? [], scale, board, options, stepMs, true, (run) => {
      if (cancelled) return;
      runs[index] = run;
      next(index + 1);
    });
  };
  // Every cloud at the smallest factor any of them needed.
  const settle = (): void => {
    const factor = Math.min(1, ...runs.map((r) => r.factor));
    const redo = runs.findIndex((r) => r.factor > factor);
    if (redo >= 0) {
      stop = runSide(
        measured[redo] ?? [],
        { ...scale, factor },
        board,
        options,
        stepMs,
        false,
        (run) => {
          if (cancelled) return;
          const before = runs[redo];
          runs[redo] = { ...run, attempts: run.attempts + (before?.attempts ?? 0) };
          settle();
        },
      );
      return;
    }
    const boxes = runs.map((run, index) => inkBox(run, measured[index] ?? []));
    const zoom = sharedZoom(boxes, options);
    // On the unit's ladder, so the same words grow the same way every time.
    const grow = SCALE_STEP ** Math.ceil(Math.log(zoom * GROW_SHARE) / Math.log(SCALE_STEP));
    const small = measured.every((side) => side.length <= GROW_WORDS);
    if (small && grown < MAX_GROWTH && zoom >= GROW_AT && grow > 1) {
      grown += 1;
      attempts += runs.reduce((sum, r) => sum + r.attempts, 0);
      scale = { ...scale, unit: scale.unit * grow, floor: scale.floor * grow, factor: 1 };
      runs = [];
      next(0);
      return;
    }
    const counted = runs.map((r, i) => ({ ...r, attempts: r.attempts + (i === 0 ? attempts : 0) }));
    done(finish(sides, counted, boxes, { ...scale, factor, zoom }, options));
  };
  next(0);
  return () => {
    cancelled = true;
    stop();
  };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Where a placed word's glyphs go, relative to the board's middle, before zooming: drawn at
 * DRAWN_SHARE of its layout size, shrunk towards the middle of its lower-case letters.
 */
function drawnAt(tag: Tag): { size: number; x: number; y: number } {
  const lift = tag.size * (1 - DRAWN_SHARE) * GLYPH_MIDDLE;
  return { size: tag.size * DRAWN_SHARE, x: tag.x ?? 0, y: (tag.y ?? 0) - lift };
}

/** The box around the ink of a cloud's drawn words (not d3-cloud's padded cells). */
function inkBox(run: Run, words: readonly MeasuredWord[]): Box | null {
  const inks = new Map(words.map((w) => [w.key, w.ink]));
  let box: Box | null = null;
  for (const tag of run.tags) {
    const ink = inks.get(tag.key);
    if (!ink) continue;
    const { size, x, y } = drawnAt(tag);
    const half = (ink.width * size) / 200;
    const word = {
      x0: x - half,
      x1: x + half,
      y0: y - (ink.ascent * size) / 100,
      y1: y + (ink.descent * size) / 100,
    };
    box = box
      ? {
          x0: Math.min(box.x0, word.x0),
          y0: Math.min(box.y0, word.y0),
          x1: Math.max(box.x1, word.x1),
          y1: Math.max(box.y1, word.y1),
        }
      : word;
  }
  return box;
}

/** The zoom that lets every cloud's ink fill its picture in width or height, at most MAX_ZOOM. */
function sharedZoom(boxes: readonly (Box | null)[], options: CloudOptions): number {
  const width = options.width * (1 - 2 * MARGIN);
  const height = options.height * (1 - 2 * MARGIN);
  const fits = boxes.flatMap((b) =>
    b ? [Math.min(width / Math.max(b.x1 - b.x0, 1), height / Math.max(b.y1 - b.y0, 1))] : [],
  );
  return Math.floor(Math.min(MAX_ZOOM, ...fits) * 1000) / 1000;
}

function finish(
  sides: readonly (readonly CloudWord[])[],
  runs: readonly Run[],
  boxes: readonly (Box | null)[],
  scale: CloudScale,
  options: CloudOptions,
): CloudLayout[] {
  const { zoom } = scale;
  const round = (n: number) => Math.round(n * 10) / 10;
  return sides.map((words, index) => {
    const run = runs[index] ?? { tags: [], bounds: null, attempts: 0, factor: 1 };
    const byKey = new Map(words.map((w) => [w.key, w]));
    // Centre the ink in the picture, then zoom around it.
    const b = boxes[index] ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    const toX = (x: number) => round((x - (b.x0 + b.x1) / 2) * zoom + options.width / 2);
    const toY = (y: number) => round((y - (b.y0 + b.y1) / 2) * zoom + options.height / 2);
    const placed = run.tags.flatMap((t) => {
      const word = byKey.get(t.key);
      if (!word) return [];
      const at = drawnAt(t);
      return [
        { ...word, text: word.word, size: drawnSize(t.size, zoom), x: toX(at.x), y: toY(at.y) },
      ];
    });
    return {
      width: options.width,
      height: options.height,
      placed,
      notShown: words.length - placed.length,
      attempts: run.attempts,
      bounds: { x0: toX(b.x0), y0: toY(b.y0), x1: toX(b.x1), y1: toY(b.y1) },
      scale,
    };
  });
}

/** The layouts of clouds shown together (current and desired), computed at once (see runClouds). */
export function layoutClouds(
  sides: readonly (readonly CloudWord[])[],
  options: CloudOptions,
): CloudLayout[] {
  let layouts: CloudLayout[] | undefined;
  runClouds(sides, options, Infinity, (result) => (layouts = result));
  // With timeInterval Infinity d3-cloud lays out synchronously inside start().
  if (!layouts) throw new Error('d3-cloud did not finish synchronously');
  return layouts;
}

/** One cloud on its own (the bench): the same as a pair of one. */
export function layoutCloud(words: readonly CloudWord[], options: CloudOptions): CloudLayout {
  const [layout] = layoutClouds([words], options);
  if (!layout) throw new Error('no layout');
  return layout;
}

/** How long one slice of a layout in steps may take: well under a long task (50 ms). */
const STEP_MS = 25;

/**
 * The same layouts as layoutClouds, computed in slices of about STEP_MS, one task each (the
 * first one too, not in the caller's task): for the hundreds of words of a large session, whose
 * layout takes several hundred milliseconds. Calls `done` with the layouts; returns a function
 * that abandons them.
 */
export function layoutCloudsInSteps(
  sides: readonly (readonly CloudWord[])[],
  options: CloudOptions,
  done: (layouts: CloudLayout[]) => void,
): () => void {
  let stop = () => {};
  const timer = setTimeout(() => (stop = runClouds(sides, options, STEP_MS, done)), 0);
  return () => {
    clearTimeout(timer);
    stop();
  };
}
