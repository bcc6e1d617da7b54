import type { Page } from 'playwright-core';

/**
 * Long tasks in the page, seen by a PerformanceObserver of 'longtask' entries (main-thread tasks
 * over 50 ms) that is installed before the app's own code runs, and the end of each response
 * to `executeMany` (resource timing), so that a bench can say what the user waited for.
 * A string, so that tsx does not wrap it, and injected by Playwright, so the app's CSP allows it.
 * It also gives every document the __name helper that tsx's keepNames puts into the functions
 * handed to page.evaluate (see stubNameHelper in ./browser).
 */
const INSTRUMENT = `
  window.__name = (f) => f;
  window.__bench = { tasks: [], executeMany: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name.includes('/api/executeMany')) {
        window.__bench.executeMany.push([e.startTime, e.responseEnd]);
      }
    }
  }).observe({ type: 'resource', buffered: true });
`;

interface BenchWindow {
  __bench: { tasks: [number, number][]; executeMany: [number, number][] };
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

/** When (page clock) the last response to executeMany had arrived, and when it was sent. */
export async function lastExecuteMany(
  page: Page,
): Promise<{ start: number; responseEnd: number } | null> {
  const all = (await page.evaluate(
    () => (window as unknown as BenchWindow).__bench.executeMany,
  )) as [number, number][];
  const last = all.at(-1);
  return last ? { start: last[0], responseEnd: last[1] } : null;
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
