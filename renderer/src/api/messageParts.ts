/**
 * How a large API answer crosses from the session worker to the window in many small messages.
 *
 * The window decodes each message in a task of its own, so one answer must never be one big
 * message: a session with 10,000 people per method is 13 MB, and decoding it at once blocks the
 * window for more than 200 ms. So every long array is sent in slices (`splitLongArrays`), and
 * the parts of a session that did not change since the previous answer are not sent at all:
 * the window keeps its own object for them (`markSameParts`, `restoreSameParts`). Keeping the
 * same objects also keeps their cached analyses (session/analysisCache.ts).
 *
 * Pure functions on JSON values: tested in test/unit/message-parts.test.ts.
 */

/** The key of a placeholder object; no session data uses it (ids and names are values). */
const PART = '__klantkompasPart';

/** Stands for the array `arrays[index]`, sent in slices after the skeleton. */
interface ArrayPart {
  [PART]: 'array';
  index: number;
}

/** Stands for the part the previous answer already brought (kept by the window). */
interface SamePart {
  [PART]: 'same';
}

type Json = unknown;

function isPart(value: Json): value is ArrayPart | SamePart {
  return typeof value === 'object' && value !== null && PART in value;
}

/** An answer with its long arrays taken out: the skeleton holds placeholders for them. */
export interface SplitValue {
  skeleton: Json;
  arrays: Json[][];
}

/**
 * Takes every array longer than `longerThan` out of `value` (at any depth, but not inside such
 * an array: its items travel whole) and puts a placeholder in its place.
 */
export function splitLongArrays(value: Json, longerThan: number): SplitValue {
  const arrays: Json[][] = [];
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) {
      if (node.length > longerThan) {
        arrays.push(node);
        return { [PART]: 'array', index: arrays.length - 1 } satisfies ArrayPart;
      }
      return node.map(walk);
    }
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item)]));
    }
    return node;
  };
  return { skeleton: walk(value), arrays };
}

/** The value `splitLongArrays` split, with its arrays put back. Changes `skeleton` in place. */
export function joinLongArrays(skeleton: Json, arrays: readonly Json[][]): Json {
  const walk = (node: Json): Json => {
    if (isPart(node) && node[PART] === 'array') return arrays[(node as ArrayPart).index];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) node[i] = walk(node[i]);
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, Json>;
      for (const key of Object.keys(record)) record[key] = walk(record[key]);
    }
    return node;
  };
  return walk(skeleton);
}

/** Structural equality of two JSON values (key order does not matter). */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as Json[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const left = a as Record<string, Json>;
  const right = b as Record<string, Json>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]))
  );
}

type Parts = Readonly<Record<string, Json>>;

/**
 * `next` for sending: every top-level object or array equal to the same part of `previous`
 * replaced by a placeholder. Also returns `next` with those parts taken from `previous`, so that the sender
 * keeps the same objects the receiver will keep.
 */
export function markSameParts<T extends Parts>(
  previous: Parts | undefined,
  next: T,
): { marked: Parts; shared: T } {
  if (!previous) return { marked: next, shared: next };
  const marked: Record<string, Json> = {};
  const shared: Record<string, Json> = {};
  for (const [key, part] of Object.entries(next)) {
    // Plain values (the id, the time) are sent: they cost nothing and identify the session.
    const same =
      typeof part === 'object' &&
      part !== null &&
      Object.hasOwn(previous, key) &&
      sameJson(previous[key], part);
    marked[key] = same ? ({ [PART]: 'same' } satisfies SamePart) : part;
    shared[key] = same ? previous[key] : part;
  }
  return { marked, shared: shared as T };
}

/** The placeholders `markSameParts` put in, filled from `previous`. */
export function restoreSameParts(previous: Parts | undefined, marked: Parts): Parts {
  const restored: Record<string, Json> = {};
  for (const [key, part] of Object.entries(marked)) {
    if (isPart(part) && part[PART] === 'same') {
      if (!previous || !Object.hasOwn(previous, key)) {
        throw new Error(`The part "${key}" was not sent and is not known here.`);
      }
      restored[key] = previous[key];
    } else {
      restored[key] = part;
    }
  }
  return restored;
}
