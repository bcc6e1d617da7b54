import cloud from 'd3-cloud';
import { unitFromText } from './seededRandom';

export interface CloudWord {
  key: string;
  word: string;
  count: number;
}

export interface PlacedWord extends CloudWord {
  /** The text drawn: the word, shortened when it is very long (the full word is in the title). */
  text: string;
  size: number;
  /** Baseline centre, relative to the middle of the cloud. */
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
  /** The box around the placed words, relative to the middle of the cloud. */
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

export interface CloudOptions {
  width: number;
  height: number;
  fontFamily: string;
  fontWeight: number;
}

/** The most frequent words, which must always be in the cloud. */
export const TOP_WORDS = 50;
const MAX_ATTEMPTS = 12;
const SHRINK = 0.85;
const MAX_CHARACTERS = 40;
/** Share of the cloud the words' boxes may fill before the sizes are scaled down up front. */
const FILL = 0.4;
/** Room around a word, relative to its font size (small words need less). */
const PADDING_SHARE = 0.06;
/**
 * d3-cloud draws many words side by side on one sprite canvas and reads each word's pixels back
 * from its cell; a stroke (its padding) wider than the cell's slack spills into the neighbour's
 * cell, so a word's shape would depend on which words happen to be drawn next to it, and one new
 * word would shift the whole cloud. Half an em of space on both sides keeps strokes in their cell.
 */
const SPRITE_MARGIN = '\u2002';
const SCALE_STEP = 0.9;
const SIZE_RUNG = 1.1;
/**
 * Words are drawn a little smaller than they are laid out, which leaves a gap around every word
 * in proportion to its size: without it, two words side by side ("trots", "traag") read as one
 * phrase. The glyphs shrink towards the middle of their lower-case letters, 0.35 em above the
 * baseline.
 */
const DRAWN_SHARE = 0.88;
const GLYPH_MIDDLE = 0.35;

/** d3-cloud draws each word on a 2048-pixel sprite canvas: reuse one for every layout. */
let spriteCanvas: HTMLCanvasElement | undefined;
let measureContext: CanvasRenderingContext2D | null | undefined;

function measureWidth(text: string, size: number, options: CloudOptions): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.6;
  measureContext.font = `${options.fontWeight} ${size}px ${options.fontFamily}`;
  return measureContext.measureText(text).width;
}

function shorten(word: string): string {
  const characters = [...word];
  return characters.length <= MAX_CHARACTERS
    ? word
    : `${characters.slice(0, MAX_CHARACTERS - 1).join('')}…`;
}

interface SizedWord extends CloudWord {
  text: string;
  size: number;
  /** Width of the text at font size 100, to scale from. */
  width100: number;
}

/**
 * √count rounded to a ladder of 10% steps: one more mention of a frequent word (16 → 17) leaves
 * its size, and so the whole layout, unchanged; the steps are too small to see.
 */
function rung(count: number): number {
  return SIZE_RUNG ** Math.round(Math.log(Math.sqrt(count)) / Math.log(SIZE_RUNG));
}

/**
 * Font size is `unit × √count` (see `rung`), so a word's area follows its frequency. The unit is as large as
 * allowed (the most frequent word at most `largest`, the words' boxes filling at most FILL of
 * the cloud) but taken from a fixed ladder of steps: one more participant then changes only the
 * sizes of the words they gave, and the cloud stays put unless it really has to shrink.
 */
function sizeWords(words: readonly CloudWord[], options: CloudOptions): SizedWord[] {
  const maxCount = Math.max(1, ...words.map((w) => w.count));
  const largest = options.height * 0.22;
  const measured = words.map((w) => {
    const text = shorten(w.word);
    return { ...w, text, width100: measureWidth(text, 100, options) };
  });
  // Box area of all words at unit 1: width × height, with room for the line height.
  const areaAtUnitOne = measured.reduce((sum, w) => sum + (w.width100 / 100) * w.count * 1.2, 0);
  const fit = Math.min(
    largest / Math.sqrt(maxCount),
    Math.sqrt((FILL * options.width * options.height) / Math.max(areaAtUnitOne, 1)),
  );
  const unit = largest * SCALE_STEP ** Math.ceil(Math.log(fit / largest) / Math.log(SCALE_STEP));
  return measured.map((w) => {
    const fitsWidth = (options.width * 0.9 * 100) / Math.max(w.width100, 1);
    return { ...w, size: Math.min(unit * rung(w.count), fitsWidth, options.height * 0.4) };
  });
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
  bounds: CloudLayout['bounds'];
}

/**
 * Runs d3-cloud once and hands the result to `done`; returns a function that stops it.
 * `stepMs` Infinity lays out synchronously inside start(); a number lays out in slices of about
 * that many milliseconds, one per task, so a large cloud does not block the window.
 */
function runD3Cloud(
  words: readonly SizedWord[],
  factor: number,
  options: CloudOptions,
  stepMs: number,
  done: (run: Run) => void,
): () => void {
  // Integer sizes in descending order: d3-cloud sorts by size (stably), so this order is its order
  // and perWordRandom knows which word each call is for. Equal sizes go by key, not by count,
  // so a mention more that does not change a size does not change the order either.
  const tags: Tag[] = words
    .map((w) => ({ key: w.key, text: w.text, size: Math.max(1, Math.floor(w.size * factor)) }))
    .sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // One canvas for every layout: d3-cloud draws a batch of words and reads it back within one
  // call, so layouts running side by side in slices never see each other's drawing.
  spriteCanvas ??= document.createElement('canvas');
  const canvas = spriteCanvas;
  const layout = cloud<Tag>()
    .size([options.width, options.height])
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
      // d3-cloud's box is in board coordinates; the words are relative to the middle.
      const [from, to] = box ?? [];
      const [cx, cy] = [options.width / 2, options.height / 2];
      const bounds = {
        x0: (from?.x ?? cx) - cx,
        y0: (from?.y ?? cy) - cy,
        x1: (to?.x ?? cx) - cx,
        y1: (to?.y ?? cy) - cy,
      };
      done({ tags: result, bounds });
    })
    .start();
  return () => layout.stop();
}

/**
 * Lays out a cloud, horizontally, deterministically for the same words and options. When one of
 * the TOP_WORDS most frequent words does not fit, all sizes shrink and the layout runs again.
 * `words` are sorted by count, most frequent first (as the analysis gives them).
 * Hands the layout to `done` (synchronously when `stepMs` is Infinity); returns a cancel.
 */
function runLayout(
  words: readonly CloudWord[],
  options: CloudOptions,
  stepMs: number,
  done: (layout: CloudLayout) => void,
): () => void {
  const sized = sizeWords(words, options);
  const top = new Set(words.slice(0, TOP_WORDS).map((w) => w.key));
  let attempts = 0;
  let factor = 1;
  let stop = () => {};
  let cancelled = false;
  const attempt = () => {
    attempts += 1;
    stop = runD3Cloud(sized, factor, options, stepMs, (run) => {
      if (cancelled) return;
      const placedKeys = new Set(run.tags.map((t) => t.key));
      if (attempts < MAX_ATTEMPTS && ![...top].every((key) => placedKeys.has(key))) {
        factor *= SHRINK;
        attempt();
        return;
      }
      done(finish(words, sized, run, attempts, options));
    });
  };
  attempt();
  return () => {
    cancelled = true;
    stop();
  };
}

function finish(
  words: readonly CloudWord[],
  sized: readonly SizedWord[],
  run: Run,
  attempts: number,
  options: CloudOptions,
): CloudLayout {
  // d3-cloud overwrote each tag's text with the padded one: take the text from our own words.
  const byKey = new Map(sized.map((w) => [w.key, w]));
  const placed = run.tags.flatMap((t) => {
    const word = byKey.get(t.key);
    if (!word) return [];
    const { key, word: spelling, count, text } = word;
    const size = Math.round(t.size * DRAWN_SHARE * 10) / 10;
    const y = Math.round(((t.y ?? 0) - (t.size - size) * GLYPH_MIDDLE) * 10) / 10;
    return [{ key, word: spelling, count, text, size, x: t.x ?? 0, y }];
  });
  return {
    width: options.width,
    height: options.height,
    placed,
    notShown: words.length - placed.length,
    attempts,
    bounds: run.bounds,
  };
}

/** The layout, computed at once (see runLayout). */
export function layoutCloud(words: readonly CloudWord[], options: CloudOptions): CloudLayout {
  let layout: CloudLayout | undefined;
  runLayout(words, options, Infinity, (result) => (layout = result));
  // With timeInterval Infinity d3-cloud lays out synchronously inside start().
  if (!layout) throw new Error('d3-cloud did not finish synchronously');
  return layout;
}

/** How long one slice of a layout in steps may take: well under a long task (50 ms). */
const STEP_MS = 25;

/**
 * The same layout as layoutCloud, computed in slices of about STEP_MS, one task each (the first
 * one too, not in the caller's task): for the hundreds of words of a large session, whose layout
 * takes several hundred milliseconds. Calls `done` with the layout; returns a function that
 * abandons it.
 */
export function layoutCloudInSteps(
  words: readonly CloudWord[],
  options: CloudOptions,
  done: (layout: CloudLayout) => void,
): () => void {
  let stop = () => {};
  const timer = setTimeout(() => (stop = runLayout(words, options, STEP_MS, done)), 0);
  return () => {
    clearTimeout(timer);
    stop();
  };
}
