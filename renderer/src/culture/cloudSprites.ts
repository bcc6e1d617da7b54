/**
 * The bit-mask sprites d3-cloud places words with, drawn here once and kept across layouts.
 *
 * d3-cloud draws the words of a layout on a 2048×2048 canvas and reads the whole canvas back
 * (16 MB) every time it lays out, although a workshop's clouds hold the same words at the same
 * sizes from one participant to the next, and the two or three layouts of one update (retries,
 * growing) hold them too. It skips a word that already has a sprite: this module gives every
 * word its sprite from a cache, drawing only the new ones and reading back only the rows drawn.
 * The sprites are made exactly as d3-cloud 1.2.9 makes them (unrotated words, cloudSprite in its
 * index.js), so a layout is the same with or without the cache.
 */

/** The fields d3-cloud reads from a word that already has its sprite. */
export interface Sprite {
  sprite: number[];
  width: number;
  height: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SpriteWord {
  text: string;
  size: number;
  padding: number;
}

export interface SpriteFont {
  fontFamily: string;
  fontWeight: number;
}

/** d3-cloud's sprite canvas: 2048 pixels square. */
const CANVAS_SIZE = 2048;
/** Enough for two large sessions' words at a few sizes each; then the cache starts afresh. */
const MAX_CACHED = 6000;

const cache = new Map<string, Sprite>();
let context: CanvasRenderingContext2D | null | undefined;

function keyOf(word: SpriteWord, font: SpriteFont): string {
  return `${font.fontWeight}|${font.fontFamily}|${word.size}|${word.padding}|${word.text}`;
}

interface Cell {
  key: string;
  word: SpriteWord;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Draws one batch of words in rows, as d3-cloud does, and reads their sprites back. */
function drawBatch(words: readonly { key: string; word: SpriteWord }[], font: SpriteFont): number {
  const c = context;
  if (!c) return words.length;
  const cells: Cell[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let usedWidth = 0;
  for (const { key, word } of words) {
    c.font = `normal ${font.fontWeight} ${Math.trunc(word.size + 1)}px ${font.fontFamily}`;
    const textWidth = c.measureText(word.text).width;
    const width = ((textWidth + 1 + 0x1f) >> 5) << 5;
    const height = word.size << 1;
    if (x + width >= CANVAS_SIZE) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    // A batch that fills the canvas stops here; the rest goes in the next one.
    if (y + height >= CANVAS_SIZE) break;
    rowHeight = Math.max(rowHeight, height);
    c.save();
    c.translate(x + (width >> 1), y + (height >> 1));
    const anchor = -Math.floor(textWidth / 2);
    c.fillText(word.text, anchor, 0);
    if (word.padding) {
      c.lineWidth = 2 * word.padding;
      c.strokeText(word.text, anchor, 0);
    }
    c.restore();
    cells.push({ key, word, x, y, width, height });
    x += width;
    usedWidth = Math.max(usedWidth, x);
  }
  const usedHeight = Math.min(CANVAS_SIZE, y + rowHeight);
  if (cells.length === 0 || usedWidth === 0 || usedHeight === 0) return Math.max(1, cells.length);
  // Only the rows and columns drawn: a few hundred kilobytes instead of d3-cloud's 16 MB.
  const pixels = c.getImageData(0, 0, usedWidth, usedHeight).data;
  c.clearRect(0, 0, usedWidth, usedHeight);
  for (const cell of cells) cache.set(cell.key, readSprite(pixels, usedWidth, cell));
  return cells.length;
}

/** A cell's pixels as rows of 32-bit masks, without its empty rows on top (d3-cloud's cloudSprite). */
function readSprite(pixels: Uint8ClampedArray, stride: number, cell: Cell): Sprite {
  const w = cell.width;
  const w32 = w >> 5;
  let y0 = -(cell.height >> 1);
  const x1 = w >> 1;
  let h = cell.height;
  let y = cell.y;
  const sprite: number[] = new Array<number>(h * w32).fill(0);
  let seen = 0;
  let seenRow = -1;
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const m = pixels[((y + j) * stride + (cell.x + i)) << 2] ? 1 << (31 - (i % 32)) : 0;
      sprite[w32 * j + (i >> 5)]! |= m;
      seen |= m;
    }
    if (seen) seenRow = j;
    else {
      y0++;
      h--;
      j--;
      y++;
    }
  }
  const y1 = y0 + seenRow;
  return {
    sprite: sprite.slice(0, (y1 - y0) * w32),
    width: w,
    height: cell.height,
    x0: -x1,
    x1,
    y0,
    y1,
  };
}

/** Forgets every sprite (the bench, to time a layout of words never seen). */
export function forgetSprites(): void {
  cache.clear();
}

/**
 * The sprite of every word, drawing those not yet cached. Without a canvas (no DOM) it returns
 * null, and d3-cloud draws the sprites itself.
 */
export function spritesFor(
  words: readonly SpriteWord[],
  font: SpriteFont,
): (Sprite | undefined)[] | null {
  if (context === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = CANVAS_SIZE;
    canvas.height = CANVAS_SIZE;
    context = canvas.getContext('2d', { willReadFrequently: true });
    if (context) context.fillStyle = context.strokeStyle = 'red';
  }
  if (!context) return null;
  const keys = words.map((w) => keyOf(w, font));
  const missing = new Map<string, SpriteWord>();
  words.forEach((word, index) => {
    const key = keys[index]!;
    if (!cache.has(key)) missing.set(key, word);
  });
  if (cache.size + missing.size > MAX_CACHED) cache.clear();
  if (cache.size === 0) words.forEach((word, index) => missing.set(keys[index]!, word));
  let todo = [...missing].map(([key, word]) => ({ key, word }));
  while (todo.length > 0) todo = todo.slice(drawBatch(todo, font));
  return keys.map((key) => cache.get(key));
}
