import cloud from 'd3-cloud';
import {
  chooseScale,
  drawnSize,
  DRAWN_SHARE,
  LARGEST_SHARE,
  layoutSize,
  LEGIBLE_SHARE,
  MIN_DRAWN_SIZE,
  type CloudScale,
} from './cloudScale';
import { forgetSprites, spritesFor } from './cloudSprites';
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
  /** How the layout's own space is drawn in the picture (zoomed and centred to fill it). */
  view: CloudView;
  /** Where d3-cloud put each word in that space: the start of its search in the next layout. */
  laidOut: readonly { key: string; x: number; y: number; size: number }[];
}

/**
 * The words are laid out in a space of their own (the board, its middle at 0,0), then zoomed
 * (the same for both clouds) and moved so that they fill the picture: a point (x, y) of that
 * space is drawn at ((x − view.x) × zoom + width / 2, (y − view.y) × zoom + height / 2).
 */
export interface CloudView {
  zoom: number;
  x: number;
  y: number;
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
const GROW_SHARE = 0.9;
const MAX_GROWTH = 1;
/**
 * A live cloud keeps its previous scale while every word still fits at it and the zoom that
 * fills the picture stays below this: the words then keep their sizes (see runClouds).
 */
const KEEP_SCALE_ZOOM = 1.6;
/**
 * …and while its largest word is at most this much larger than before, or than a new scale would
 * allow (a word given by many more people at once).
 */
const KEEP_LARGEST_SHARE = 1.25;
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

/** Measured texts: the same words come back with every participant and every layout. */
const measuredTexts = new Map<string, Ink>();
const MAX_MEASURED = 6000;

function measure(text: string, options: CloudOptions): Ink {
  const key = `${options.fontWeight}|${options.fontFamily}|${text}`;
  const known = measuredTexts.get(key);
  if (known) return known;
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return { width: [...text].length * 60, ascent: 75, descent: 22 };
  measureContext.font = `${options.fontWeight} 100px ${options.fontFamily}`;
  const metrics = measureContext.measureText(text);
  const ink = {
    width: metrics.width,
    ascent: metrics.actualBoundingBoxAscent,
    descent: metrics.actualBoundingBoxDescent,
  };
  if (measuredTexts.size >= MAX_MEASURED) measuredTexts.clear();
  measuredTexts.set(key, ink);
  return ink;
}

/** Forgets every measured text and sprite (the bench, to time a layout of words never seen). */
export function forgetMeasurements(): void {
  measuredTexts.clear();
  forgetSprites();
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
function perWordRandom(keys: readonly string[], board: Board, hints: Hints): () => number {
  let call = 0;
  return () => {
    const index = Math.floor(call / 3);
    const part = call % 3;
    call += 1;
    const key = keys[index] ?? String(index);
    if (part === 2) return unitFromText(`${key}#direction`);
    // d3-cloud starts at (size × (random + 0.5)) >> 1: the answer that starts at the word's place.
    const hint = hints.get(key);
    if (hint && part === 0) return (2 * (hint.x + (board.width >> 1)) + 0.5) / board.width - 0.5;
    if (hint) return (2 * (hint.y + (board.height >> 1)) + 0.5) / board.height - 0.5;
    if (index === 0) return 0.5;
    return 0.5 + (unitFromText(`${key}#${part}`) - 0.5) * 0.8;
  };
}

/**
 * Where each word was in the previous layout of the same cloud, in d3-cloud's board (its middle
 * at 0,0): it starts its search there, and d3-cloud's first try is the start itself.
 */
type Hints = ReadonlyMap<string, { x: number; y: number; size?: number }>;

/**
 * How a live layout follows the previous one: where each word starts, and the part of the board
 * that the previous zoom and centre show (null: all of it). Words are kept inside that part, so
 * the previous zoom and centre still show them all and need not change; and there the words
 * whose size did not change are laid out first (runD3Cloud).
 */
interface Guide {
  starts: Hints;
  within: Box | null;
  /** Lay out the words of unchanged size first (while the previous scale is tried). */
  settleFirst: boolean;
}

/** The key of the edge: a sprite that fills the board outside `Guide.within`, placed first. */
const EDGE_KEY = '\u0000edge';

/**
 * A word for d3-cloud that covers the board outside `within` (board-centred coordinates), laid
 * out before every real word at the middle of the board, where it fits exactly: d3-cloud has no
 * way to lay out in a part of its board, but it never puts a word where another one is.
 */
function edgeTag(board: Board, within: Box): Tag | null {
  const { width, height } = board;
  const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n));
  const left = clamp(Math.ceil(within.x0 + (width >> 1)), width);
  const right = clamp(Math.floor(within.x1 + (width >> 1)), width);
  const top = clamp(Math.ceil(within.y0 + (height >> 1)), height);
  const bottom = clamp(Math.floor(within.y1 + (height >> 1)), height);
  if (left === 0 && right === width && top === 0 && bottom === height) return null;
  const columns = width >> 5;
  // One row inside: the columns left and right of `within`; rows above and below: all.
  const inside = Array.from({ length: columns }, (_, i) => {
    let bits = 0;
    for (let k = 0; k < 32; k++) {
      const column = i * 32 + k;
      if (column < left || column >= right) bits |= 1 << (31 - k);
    }
    return bits;
  });
  const sprite: number[] = [];
  for (let row = 0; row < height; row++) {
    if (row < top || row >= bottom) for (let i = 0; i < columns; i++) sprite.push(-1);
    else sprite.push(...inside);
  }
  return Object.assign(
    { key: EDGE_KEY, text: '', size: 1_000_000 },
    {
      sprite,
      width,
      height,
      x0: -(width >> 1),
      x1: width - (width >> 1),
      y0: -(height >> 1),
      y1: height - (height >> 1),
      hasText: true,
    },
  );
}

interface Tag {
  key: string;
  text: string;
  size: number;
  x?: number;
  y?: number;
}

/** Room around a word in d3-cloud's sprite, in pixels. */
function paddingOf(tag: Tag): number {
  return Math.max(1, Math.round(tag.size * PADDING_SHARE));
}

/** The text d3-cloud draws for a word: with its en spaces (SPRITE_MARGIN). */
function spriteText(tag: Tag): string {
  return `${SPRITE_MARGIN}${tag.text}${SPRITE_MARGIN}`;
}

interface Run {
  tags: Tag[];
  /** In board coordinates (0,0 top-left); null when nothing was placed. */
  bounds: { x0: number; y0: number; x1: number; y1: number } | null;
  attempts: number;
  factor: number;
  /** How many words d3-cloud was given (all legible ones): more than placed when some did not fit. */
  given: number;
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
  guide: Guide,
  done: (tags: Tag[], bounds: Run['bounds']) => void,
): () => void {
  // One canvas for every layout: d3-cloud draws a batch of words and reads it back within one
  // call, so layouts running side by side in slices never see each other's drawing.
  spriteCanvas ??= document.createElement('canvas');
  const canvas = spriteCanvas;
  // Sprites from the cache (cloudSprites): d3-cloud then draws and reads back nothing.
  const sprites = spritesFor(
    tags.map((t) => ({ text: spriteText(t), size: t.size, padding: paddingOf(t) })),
    options,
  );
  sprites?.forEach((sprite, index) => {
    if (sprite) Object.assign(tags[index]!, sprite, { hasText: true });
  });
  // The edge goes first (the largest size), at the middle of the board (its start).
  const edge = sprites && guide.within ? edgeTag(board, guide.within) : null;
  const starts = edge ? new Map([...guide.starts, [EDGE_KEY, { x: 0, y: 0 }]]) : guide.starts;
  // Following a previous layout, the words whose size did not change go first: their places are
  // free (nothing else is laid out yet), so they all stay exactly where they were; new words and
  // words that grew or shrank then find room around their old place. d3-cloud lays out by size,
  // largest first: with every sprite given, the size it reads is only this order.
  const settled = (t: Tag) => starts.get(t.key)?.size === t.size;
  const ordered = sprites && guide.settleFirst;
  const words = [
    ...(edge ? [edge] : []),
    ...(ordered ? [...tags.filter(settled), ...tags.filter((t) => !settled(t))] : tags),
  ];
  const sizes = new Map(words.map((t) => [t, t.size]));
  const ranks = new Map(words.map((t, index) => [t, words.length - index]));
  const layout = cloud<Tag>()
    .size([board.width, board.height])
    .canvas(() => canvas)
    .words(words)
    .text(spriteText)
    .font(options.fontFamily)
    .fontWeight(options.fontWeight)
    .fontSize((d) => (ordered ? (ranks.get(d) ?? 0) : d.size))
    .rotate(0)
    .padding(paddingOf)
    .random(
      perWordRandom(
        words.map((t) => t.key),
        board,
        starts,
      ),
    )
    .timeInterval(stepMs)
    .on('end', (result: Tag[], box?: { x: number; y: number }[]) => {
      const [from, to] = box ?? [];
      const placed = edge ? result.filter((t) => t !== edge) : result;
      for (const tag of placed) tag.size = sizes.get(tag) ?? tag.size;
      done(placed, from && to ? { x0: from.x, y0: from.y, x1: to.x, y1: to.y } : null);
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
  guide: Guide,
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
    stop = runD3Cloud(tags, board, options, stepMs, guide, (placed, bounds) => {
      const keys = new Set(placed.map((t) => t.key));
      if (retry && attempts < MAX_ATTEMPTS && !top.every((key) => keys.has(key))) {
        factor *= SHRINK;
        attempt();
        return;
      }
      done({ tags: placed, bounds, attempts, factor, given: tags.length });
    });
  };
  attempt();
  return () => stop();
}

/**
 * The previous layouts of the same clouds in the same picture, if any: a live view hands them
 * in so that a new participant changes as little as possible (see runClouds).
 */
function usablePrevious(
  previous: readonly CloudLayout[] | undefined,
  sides: number,
  options: CloudOptions,
): readonly CloudLayout[] | null {
  const first = previous?.[0];
  if (!previous || !first || previous.length !== sides || first.scale.unit <= 0) return null;
  // Clouds without words (still loading, all hidden) say nothing about the scale to keep.
  if (previous.every((l) => l.laidOut.length === 0)) return null;
  const same = previous.every((l) => l.width === options.width && l.height === options.height);
  return same ? previous : null;
}

/**
 * Lays out the clouds one after the other at one scale: the sizes come from all their words
 * together, a cloud that had to shrink makes the others shrink as much (they are laid out again),
 * and all are enlarged by the same zoom, the most that lets each fill its picture. d3-cloud packs
 * its words around the middle of its board: when that leaves much room (a zoom of GROW_AT or
 * more), the clouds are laid out again with larger words, which packs them more tightly than
 * enlarging the picture would.
 *
 * With the previous layouts of the same clouds (a live view, one participant more), the words
 * keep their places where they can: the previous scale is tried first and kept when it still
 * places every word and leaves no large empty room (one layout per cloud instead of two or more),
 * and the previous zoom and centre are kept when the words still fit the picture with them and
 * still fill it nearly as well. A word whose size did not change, and which no new or larger word
 * pushed aside, then stays exactly where it was on the screen.
 */
function runClouds(
  sides: readonly (readonly CloudWord[])[],
  options: CloudOptions,
  stepMs: number,
  previousLayouts: readonly CloudLayout[] | undefined,
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
  const previous = usablePrevious(previousLayouts, sides.length, options);
  const fresh = (): CloudScale => ({
    ...chooseScale(measured, {
      ...board,
      minDrawnSize: options.minDrawnSize ?? MIN_DRAWN_SIZE,
      fill: FILL,
    }),
    factor: 1,
    zoom: 1,
  });
  /**
   * With previous layouts: first their scale inside the part of the board their view shows
   * (words keep their place on the screen), then, for a cloud whose words do not all fit there,
   * the same scale on its whole board (words keep their size and their place relative to each
   * other; its view changes), and only then from scratch.
   */
  let stage: 'previous' | 'fresh' = previous ? 'previous' : 'fresh';
  const wholeBoard = sides.map(() => false);
  const previousScale = (): CloudScale => ({ ...(previous?.[0]?.scale ?? fresh()), zoom: 1 });
  // While the previous scale is tried, the words stay where the previous view shows them.
  const guideOf = (index: number): Guide => {
    const last = previous?.[index];
    return {
      starts: new Map(last?.laidOut.map((w) => [w.key, { x: w.x, y: w.y, size: w.size }])),
      within:
        last && stage === 'previous' && !wholeBoard[index] ? shownPart(last.view, options) : null,
      // Only there: on the whole board, a grown word laid out last may find no room at all.
      settleFirst: stage === 'previous' && !wholeBoard[index],
    };
  };
  let scale: CloudScale = previous ? previousScale() : fresh();
  let runs: Run[] = [];
  let grown = 0;
  let attempts = 0;
  let stop = () => {};
  let cancelled = false;

  const next = (index: number) => {
    if (index === measured.length) return settle();
    const side = measured[index] ?? [];
    // Only from scratch may a layout shrink to fit: from the previous scale, it tries otherwise.
    const retry = stage === 'fresh';
    stop = runSide(side, scale, board, options, stepMs, guideOf(index), retry, (run) => {
      if (cancelled) return;
      runs[index] = run;
      next(index + 1);
    });
  };
  const again = (newScale: CloudScale) => {
    attempts += runs.reduce((sum, r) => sum + r.attempts, 0);
    scale = newScale;
    runs = [];
    next(0);
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
        guideOf(redo),
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
    const wouldGrow = small && zoom >= GROW_AT && grow > 1;
    if (stage === 'previous') {
      const failed = runs.findIndex((r) => r.tags.length < r.given);
      if (failed >= 0 && !wholeBoard[failed]) {
        wholeBoard[failed] = true;
        attempts += runs[failed]?.attempts ?? 0;
        const side = measured[failed] ?? [];
        stop = runSide(side, scale, board, options, stepMs, guideOf(failed), false, (run) => {
          if (cancelled) return;
          runs[failed] = run;
          settle();
        });
        return;
      }
      // The previous scale still serves when every word is in, little room is left empty, and
      // no word has grown much beyond the largest size a scale chosen now would allow.
      const largest = Math.max(0, ...runs.flatMap((r) => r.tags.map((t) => t.size)));
      const before = Math.max(0, ...(previous ?? []).flatMap((l) => l.laidOut.map((w) => w.size)));
      const allowed = Math.max(before, board.height * LARGEST_SHARE) * KEEP_LARGEST_SHARE;
      const tooLarge = largest > allowed;
      if (failed >= 0 || zoom >= KEEP_SCALE_ZOOM || tooLarge) {
        stage = 'fresh';
        again(fresh());
        return;
      }
    } else if (wouldGrow && grown < MAX_GROWTH) {
      grown += 1;
      again({ ...scale, unit: scale.unit * grow, floor: scale.floor * grow, factor: 1 });
      return;
    }
    const counted = runs.map((r, i) => ({ ...r, attempts: r.attempts + (i === 0 ? attempts : 0) }));
    const views = viewsFor(boxes, zoom, previous, options);
    done(
      finish(
        sides,
        counted,
        boxes,
        views,
        { ...scale, factor, zoom: views[0]?.zoom ?? zoom },
        options,
      ),
    );
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

/** Keep the previous zoom while it is at least this share of the zoom that would fill the picture. */
const KEEP_ZOOM_SHARE = 0.88;
/** Steps of a new zoom: at most 4% less than the zoom that fills the picture. */
const ZOOM_RUNG = 1.04;
/** A kept zoom and centre may let the words reach this far into the margin (a share of it). */
const KEEP_MARGIN_SHARE = 0.25;

/** The part of the board a view shows, less the room a kept view leaves at the picture's edge. */
function shownPart(view: CloudView, options: CloudOptions): Box {
  const halfWidth = (options.width / 2 - options.width * MARGIN * KEEP_MARGIN_SHARE) / view.zoom;
  const halfHeight = (options.height / 2 - options.height * MARGIN * KEEP_MARGIN_SHARE) / view.zoom;
  return {
    x0: view.x - halfWidth,
    x1: view.x + halfWidth,
    y0: view.y - halfHeight,
    y1: view.y + halfHeight,
  };
}

/**
 * The zoom and centre of each cloud: its ink centred and zoomed to fill the picture, or, given
 * the previous layouts, their zoom and centres as long as the words still fit with them and fill
 * the picture nearly as well (so that the words do not all move for one participant more).
 */
function viewsFor(
  boxes: readonly (Box | null)[],
  zoom: number,
  previous: readonly CloudLayout[] | null,
  options: CloudOptions,
): CloudView[] {
  const centred = (box: Box | null, z: number): CloudView => ({
    zoom: z,
    x: box ? (box.x0 + box.x1) / 2 : 0,
    y: box ? (box.y0 + box.y1) / 2 : 0,
  });
  // A new zoom a little below the most that fits, on a ladder: a few more words then still fit.
  const fresh = (box: Box | null) =>
    centred(
      box,
      Math.floor(ZOOM_RUNG ** Math.floor(Math.log(zoom) / Math.log(ZOOM_RUNG) + 1e-9) * 1000) /
        1000,
    );
  const before = previous?.[0]?.view.zoom;
  if (!previous || before === undefined || before < zoom * KEEP_ZOOM_SHARE) {
    return boxes.map(fresh);
  }
  const slackX = options.width * MARGIN * KEEP_MARGIN_SHARE;
  const slackY = options.height * MARGIN * KEEP_MARGIN_SHARE;
  const fits = (box: Box | null, view: CloudView) =>
    !box ||
    ((box.x0 - view.x) * view.zoom + options.width / 2 >= slackX &&
      (box.x1 - view.x) * view.zoom + options.width / 2 <= options.width - slackX &&
      (box.y0 - view.y) * view.zoom + options.height / 2 >= slackY &&
      (box.y1 - view.y) * view.zoom + options.height / 2 <= options.height - slackY);
  // The previous zoom must let every cloud fit, centred at worst.
  if (!boxes.every((box) => fits(box, centred(box, before)))) return boxes.map(fresh);
  return boxes.map((box, index) => {
    const kept = previous[index]?.view;
    return kept && kept.zoom === before && fits(box, kept) ? kept : centred(box, before);
  });
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
  views: readonly CloudView[],
  scale: CloudScale,
  options: CloudOptions,
): CloudLayout[] {
  const { zoom } = scale;
  const round = (n: number) => Math.round(n * 10) / 10;
  return sides.map((words, index) => {
    const run = runs[index] ?? { tags: [], bounds: null, attempts: 0, factor: 1, given: 0 };
    const byKey = new Map(words.map((w) => [w.key, w]));
    const b = boxes[index] ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    const view = views[index] ?? { zoom, x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 };
    const toX = (x: number) => round((x - view.x) * zoom + options.width / 2);
    const toY = (y: number) => round((y - view.y) * zoom + options.height / 2);
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
      view,
      laidOut: run.tags.map((t) => ({ key: t.key, x: t.x ?? 0, y: t.y ?? 0, size: t.size })),
    };
  });
}

/**
 * The layouts of clouds shown together (current and desired), computed at once (see runClouds).
 * `previous`: the layouts these clouds had a moment ago in the same picture, so that words keep
 * their places (a live view); without it the layout depends on the words alone (the report).
 */
export function layoutClouds(
  sides: readonly (readonly CloudWord[])[],
  options: CloudOptions,
  previous?: readonly CloudLayout[],
): CloudLayout[] {
  let layouts: CloudLayout[] | undefined;
  runClouds(sides, options, Infinity, previous, (result) => (layouts = result));
  // With timeInterval Infinity d3-cloud lays out synchronously inside start().
  if (!layouts) throw new Error('d3-cloud did not finish synchronously');
  return layouts;
}

/** One cloud on its own (the bench): the same as a pair of one. */
export function layoutCloud(
  words: readonly CloudWord[],
  options: CloudOptions,
  previous?: CloudLayout,
): CloudLayout {
  const [layout] = layoutClouds([words], options, previous && [previous]);
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
  previous: readonly CloudLayout[] | undefined,
  done: (layouts: CloudLayout[]) => void,
): () => void {
  let stop = () => {};
  const timer = setTimeout(() => (stop = runClouds(sides, options, STEP_MS, previous, done)), 0);
  return () => {
    clearTimeout(timer);
    stop();
  };
}
