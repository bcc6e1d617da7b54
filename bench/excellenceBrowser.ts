import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { RENDERER_DIR } from '../main/appRoot';
import { startBrowserMode } from '../main/browserMode';
import { sessionSchema, type Session } from '../shared/session';
import { median, report } from './util';

const CHROMIUM = process.env.KLANTKOMPAS_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = 7;

/**
 * Runs in the page. A string, not a function: tsx would wrap the inner functions in a `__name`
 * helper that does not exist in the browser.
 */
const MEASURE_IN_PAGE = `(async () => {
  const button = (name) =>
    [...document.querySelectorAll('.excellence-views button')].find((b) => b.textContent === name);
  button('Introductie').click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  button('Resultaten').click();
  await new Promise((resolve) => {
    const check = () => {
      const done =
        document.querySelectorAll('[data-testid="excellence-stats"] tbody tr').length === 9 &&
        document.querySelectorAll('[data-testid="radar"]').length === 2;
      requestAnimationFrame(done ? resolve : check);
    };
    check();
  });
  return performance.now() - start;
})()`;

/**
 * The results view in the built app in Chromium: from the click on "Resultaten" until the table,
 * the ranking and both radars (overall and per group) are on screen (the next animation frame
 * after they exist), median of 7. Skipped, with a line saying why, without a build or Chromium.
 */
export async function renderResultsInChromium(workshop: Session): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(CHROMIUM)) {
    console.log('  (results view in Chromium skipped: run `npm run build` and install Chromium)');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-excellence-'));
  const server = await startBrowserMode({ dataDir: dir });
  const session = sessionSchema.parse({
    ...workshop,
    excellence: { ...workshop.excellence, revealed: true },
  });
  await writeFile(join(dir, 'sessions', `${session.id}.json`), JSON.stringify(session));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--headless'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}#/session/${session.id}/excellence?view=intro`);
    await page.getByRole('button', { name: 'Resultaten', exact: true }).waitFor();
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const ms = await page.evaluate<number>(MEASURE_IN_PAGE);
      // The first run warms up (code loading, JIT); it is not counted.
      if (run > 0) times.push(ms);
    }
    report(
      `results view, ${session.excellence.participants.length} participants, 2 groups, Chromium, median of ${RUNS}`,
      median(times),
      '≤ 200 ms',
    );
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
