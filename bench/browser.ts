import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { RENDERER_DIR } from '../main/appRoot';
import { startBrowserMode } from '../main/browserMode';
import { CHROMIUM_ENV } from '../main/chromium';
import { CHROMIUM_FLAGS } from '../main/chromiumFlags';
import type { Session } from '../shared/session';
import { median } from './util';

const CHROMIUM = process.env[CHROMIUM_ENV] ?? '/usr/bin/chromium';

/** Debian's headless Chromium (or $KLANTKOMPAS_CHROMIUM) for `use`, closed afterwards. */
export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * tsx compiles the benches with esbuild's keepNames, which wraps the functions handed to
 * page.evaluate in __name(...): gives the page's current document that helper.
 */
export async function stubNameHelper(page: Page): Promise<void> {
  // A string, so that it is not wrapped itself; evaluated, so the app's CSP does not block it.
  await page.evaluate('window.__name = (f) => f;');
}

export interface AppPage {
  /** The session, written to a fresh data folder. */
  session: Session;
  /** The route to open, after `#/`: "session/ID/kano?view=wishes". */
  route: string;
  viewport: { width: number; height: number };
}

/**
 * The built app in browser mode on a fresh data folder holding `session`, open at `route` in
 * Chromium, for `use`. Skipped, with a line saying why, without a build or Chromium.
 */
export async function withBuiltApp(
  { session, route, viewport }: AppPage,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(CHROMIUM)) {
    console.log('  (results view in Chromium skipped: run `npm run build` and install Chromium)');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-app-'));
  const server = await startBrowserMode({ dataDir: dir });
  try {
    await writeFile(join(dir, 'sessions', `${session.id}.json`), JSON.stringify(session));
    await withChromium(async (browser) => {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}#/${route}`);
      await use(page);
    });
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A switch between two views of a method tab, timed in the page. */
export interface ViewSwitch {
  /** The tab's row of view buttons: ".method-views" (renderer/src/methods/MethodTab.tsx). */
  buttons: string;
  /** The button of the view to start from, and of the view that is timed. */
  from: string;
  to: string;
  /** The view is on screen once each selector matches exactly that many elements. */
  done: Record<string, number>;
}

/**
 * Milliseconds from the click on `to` until the next animation frame after the view is on
 * screen, median of `runs`; one run before them warms up (code loading, JIT) and is not counted.
 */
export async function timeViewSwitch(page: Page, view: ViewSwitch, runs: number): Promise<number> {
  await page.getByRole('button', { name: view.to, exact: true }).waitFor();
  await stubNameHelper(page);
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const ms = await page.evaluate(async ({ buttons, from, to, done }) => {
      const button = (name: string) => {
        const found = [...document.querySelectorAll<HTMLButtonElement>(`${buttons} button`)].find(
          (b) => b.textContent === name,
        );
        if (!found) throw new Error(`There is no button "${name}".`);
        return found;
      };
      button(from).click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const start = performance.now();
      button(to).click();
      await new Promise<void>((resolve) => {
        const check = () => {
          const shown = Object.entries(done).every(
            ([selector, count]) => document.querySelectorAll(selector).length === count,
          );
          requestAnimationFrame(shown ? () => resolve() : check);
        };
        check();
      });
      return performance.now() - start;
    }, view);
    if (run > 0) times.push(ms);
  }
  return median(times);
}
