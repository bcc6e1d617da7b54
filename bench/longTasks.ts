import type { Page } from 'playwright-core';

/**
 * Long tasks in the page, seen by a PerformanceObserver of 'longtask' entries (main-thread tasks
 * over 50 ms) that is installed before the app's own code runs.
 * A string, so that tsx does not wrap it, and injected by Playwright, so the app's CSP allows it.
 * It also gives every document the __name helper that tsx's keepNames puts into the functions
 * handed to page.evaluate (see stubNameHelper in ./browser).
 */
const INSTRUMENT = `
  window.__name = (f) => f;
  window.__bench = { tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

interface BenchWindow {
  __bench: { tasks: [number, number][] };
}

export async function instrument(page: Page): Promise<void> {
  await page.addInitScript(INSTRUMENT);
}

/** The longest task and the total blocking time (the part of every task beyond 50 ms). */
export interface Blocking {
  longest: number;
  blocking: number;
  count: number;
}

/** The page's clock now. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate('performance.now()') as Promise<number>;
}

/**
 * Waits until the page has been quiet (no long task) for `quietMs` after `readyAt` and after
 * the last long task, then sums up the long tasks that started at or after `from`.
 */
export async function blockingSince(
  page: Page,
  from: number,
  readyAt: number,
  quietMs = 1000,
): Promise<Blocking> {
  for (;;) {
    const { now, lastEnd } = (await page.evaluate(`(() => ({
      now: performance.now(),
      lastEnd: Math.max(0, ...window.__bench.tasks.map(([s, d]) => s + d)),
    }))()`)) as { now: number; lastEnd: number };
    if (now - Math.max(readyAt, lastEnd) >= quietMs) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const tasks = (await page.evaluate(
    (since) => (window as unknown as BenchWindow).__bench.tasks.filter(([s]) => s >= since),
    from,
  )) as [number, number][];
  return {
    longest: Math.max(0, ...tasks.map(([, d]) => d)),
    blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    count: tasks.length,
  };
}

/**
 * Records when each response to executeMany was sent and had arrived, on the page's clock. Seen
 * from Playwright, not from the page: the app makes its API calls in a worker, whose resource
 * timings the page does not see. Returns a function giving the last one.
 */
export async function watchExecuteMany(
  page: Page,
): Promise<() => { start: number; responseEnd: number } | null> {
  const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
  let last: { start: number; responseEnd: number } | null = null;
  page.on('requestfinished', (request) => {
    if (!request.url().endsWith('/api/executeMany')) return;
    const timing = request.timing();
    last = {
      start: timing.startTime - timeOrigin,
      responseEnd: timing.startTime + timing.responseEnd - timeOrigin,
    };
  });
  return () => last;
}

/**
 * Starts watching for a new element matching `selector` (one that is not there yet); the
 * returned function resolves with the page time of the first animation frame in which it is
 * there (what the user sees from then on) and its text.
 */
export async function watchForNew(
  page: Page,
  selector: string,
): Promise<() => Promise<{ at: number; text: string }>> {
  await page.evaluate((selector) => {
    const w = window as unknown as { __seen?: Promise<{ at: number; text: string }> };
    const old = new Set(document.querySelectorAll(selector));
    w.__seen = new Promise((resolve) => {
      const check = () => {
        const found = [...document.querySelectorAll(selector)].find((e) => !old.has(e));
        if (found) resolve({ at: performance.now(), text: found.textContent ?? '' });
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, selector);
  return () =>
    page.evaluate(
      () => (window as unknown as { __seen: Promise<{ at: number; text: string }> }).__seen,
    );
}

/** A task of the page's main thread, from a Chrome trace: wall time and the thread's CPU time. */
interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `work` under a Chrome trace and returns the longest main-thread task in CPU time (ms):
 * on a machine shared with other work a task's wall time also counts the time the thread
 * waited for a core; its CPU time is what the app itself spent, the fairer figure under load.
 */
export async function longestTaskCpu<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; longestCpu: number }> {
  const browser = page.context().browser();
  if (!browser) return { result: await work(), longestCpu: NaN };
  await browser.startTracing(page, {
    categories: ['toplevel', 'disabled-by-default-devtools.timeline'],
  });
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const trace = await browser.stopTracing();
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const cpu = events
    .filter((e) => e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.tdur ?? 0) / 1000);
  return { result, longestCpu: Math.max(0, ...cpu) };
}
