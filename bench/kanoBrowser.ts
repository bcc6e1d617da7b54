import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { RENDERER_DIR } from '../main/appRoot';
import { startBrowserMode } from '../main/browserMode';
import type { KanoData } from '../shared/kano/model';
import { newSession, sessionSchema } from '../shared/session';
import { median, report } from './util';

const CHROMIUM = process.env.KLANTKOMPAS_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = 7;

/**
 * Runs in the page: back to the wishes, then a click on "Resultaten", timed until the next frame
 * after all result rows and the three charts exist. A string, because the bundler's helper
 * names would not exist inside the page.
 */
function measureScript(rows: number): string {
  return `(async () => {
    const button = (name) =>
      [...document.querySelectorAll('.kano-views button')].find((b) => b.textContent === name);
    button('Wensen').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const start = performance.now();
    button('Resultaten').click();
    await new Promise((resolve) => {
      const check = () => {
        const done =
          document.querySelectorAll('[data-testid="result-row"]').length === ${rows} &&
          document.querySelectorAll('svg.kano-chart').length === 3;
        requestAnimationFrame(done ? () => resolve() : check);
      };
      check();
    });
    return performance.now() - start;
  })()`;
}

/**
 * The results view for 50 wishes in the built app in Chromium: from the click on "Resultaten"
 * until the table and the three charts are on screen (the next animation frame after all
 * result rows exist), median of 7. Skipped, with a line saying why, without a build or Chromium.
 */
export async function renderResultsInChromium(kano: KanoData): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(CHROMIUM)) {
    console.log('  (results view in Chromium skipped: run `npm run build` and install Chromium)');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-kano-'));
  const server = await startBrowserMode({ dataDir: dir });
  const session = sessionSchema.parse({
    ...newSession('bench-kano', { name: 'Kano bench' }),
    groups: [{ id: 'g1', name: 'Management' }],
    kano: { ...kano, revealed: true },
  });
  await writeFile(join(dir, 'sessions', `${session.id}.json`), JSON.stringify(session));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--headless'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}#/session/${session.id}/kano?view=wishes`);
    await page.getByRole('button', { name: 'Resultaten', exact: true }).waitFor();
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const ms = (await page.evaluate(measureScript(kano.wishes.length))) as number;
      // The first run warms up (code loading, JIT); it is not counted.
      if (run > 0) times.push(ms);
    }
    report(
      `results view, ${kano.wishes.length} wishes × ${kano.respondents.length} respondents, Chromium, median of ${RUNS}`,
      median(times),
      '≤ 300 ms',
    );
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
