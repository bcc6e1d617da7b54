import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { RENDERER_DIR } from '../main/appRoot';
import { startBrowserMode } from '../main/browserMode';
import type { SessionStore } from '../main/store/sessionStore';
import { catalogue, translate, type MessageKey } from '../shared/i18n';
import { withChromium } from './browser';
import { participantCommands, participantCsv, setupCommands } from './largeWorkshop';
import {
  blockingSince,
  instrument,
  longestTaskCpu,
  watchExecuteMany,
  pageNow,
  watchForNew,
} from './longTasks';
import type { Blocking } from './longTasks';

/**
 * "Large sessions stay fast" (issue 11): a session with 10,000 people in every method, written
 * through the store, opened in the built app in Chromium. For every screen (each method's tab
 * and each of its views, the report, the settings) the longest main-thread task and the total
 * blocking time until the page is quiet again; for the CSV import of 10,000 people per method,
 * the time from the store's answer arriving to the result notice being on screen.
 * Targets: no task over 200 ms; the import's result visible within 1 s.
 */

const PEOPLE = 10_000;
const METHODS = ['culture', 'kano', 'excellence'] as const;
type Method = (typeof METHODS)[number];
const CHROMIUM = process.env.KLANTKOMPAS_CHROMIUM ?? '/usr/bin/chromium';
/** The built renderer; another build (`vite build --outDir DIR`) can be measured beside it. */
const RENDERER = process.env.BENCH_RENDERER_DIR ?? RENDERER_DIR;

const nl = (key: MessageKey) => translate('nl', key);

/** The views of a method as its tab offers them, in the catalogue's order ("kano.view.entry"). */
function viewKeys(method: Method): MessageKey[] {
  const pattern = new RegExp(`^${method}\\.view\\.\\w+$`);
  return (Object.keys(catalogue.nl) as MessageKey[]).filter((key) => pattern.test(key));
}

/** One screen's figures; `cpu` is the longest task's CPU time (see longestTaskCpu). */
function line(label: string, blocking: Blocking, readyMs: number, cpu: number): void {
  const over = blocking.longest > 200 ? '  ← over 200 ms' : '';
  const overCpu = cpu > 200 ? ' (CPU too)' : '';
  console.log(
    `  ${label.padEnd(36)} longest ${blocking.longest.toFixed(0).padStart(5)} ms` +
      `   CPU ${cpu.toFixed(0).padStart(5)} ms` +
      `   blocking ${blocking.blocking.toFixed(0).padStart(5)} ms` +
      `   tasks ${String(blocking.count).padStart(3)}` +
      `   ready ${readyMs.toFixed(0).padStart(6)} ms${over}${over ? overCpu : ''}`,
  );
}

/** What shows that a screen is there: its view button pressed, its tab selected, or an element. */
type Shown = { pressed: string } | { tab: string } | { selector: string };

/** Page time once `shown` holds and no chart waits for its layout (data-ready="false"). */
async function readyWhen(page: Page, shown: Shown): Promise<number> {
  const handle = await page.waitForFunction(
    (shown) => {
      const [selector, name] =
        'pressed' in shown
          ? ['button[aria-pressed="true"]', shown.pressed]
          : 'tab' in shown
            ? ['[role=tab][aria-selected="true"]', shown.tab]
            : [shown.selector, null];
      const there = [...document.querySelectorAll(selector)].some(
        (e) => name === null || e.textContent === name,
      );
      const drawing = document.querySelectorAll('[data-ready="false"]').length > 0;
      return there && !drawing ? performance.now() : false;
    },
    shown,
    { polling: 'raf', timeout: 180_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Does `act`, waits until `shown`, then until the page is quiet; prints the figures. An act that
 * loads a new document counts from that document's start.
 */
async function screen(
  page: Page,
  label: string,
  act: () => Promise<void>,
  shown: Shown,
  loadsPage = false,
) {
  const { result, longestCpu } = await longestTaskCpu(page, async () => {
    const from = loadsPage ? 0 : await pageNow(page);
    await act();
    const readyAt = await readyWhen(page, shown);
    return { blocking: await blockingSince(page, from, readyAt), ready: readyAt - from };
  });
  line(label, result.blocking, result.ready, longestCpu);
}

async function clickView(page: Page, name: string): Promise<void> {
  await page
    .locator('button[aria-pressed]')
    .filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .first()
    .click({ timeout: 180_000 });
}

async function clickTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click({ timeout: 180_000 });
}

/**
 * One change in the large session: `prepare` opens the screen (not measured), `act` makes the
 * change; measured from `act` until the page is quiet again after the store's answer (which
 * carries the whole session, parsed and drawn again).
 */
async function change(
  page: Page,
  label: string,
  prepare: () => Promise<void>,
  act: () => Promise<void>,
): Promise<void> {
  await prepare();
  await blockingSince(page, 0, await pageNow(page), 500);
  const { result, longestCpu } = await longestTaskCpu(page, async () => {
    const from = await pageNow(page);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/execute'), {
      timeout: 180_000,
    });
    await act();
    await answered;
    const readyAt = await pageNow(page);
    return { blocking: await blockingSince(page, from, readyAt), ready: readyAt - from };
  });
  line(label, result.blocking, result.ready, longestCpu);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}

/** The big session, written the way the app writes: through the store, one step per method. */
async function buildSession(store: SessionStore): Promise<string> {
  const { id } = await store.create({
    name: `Grote workshop ${PEOPLE.toLocaleString('nl-NL')}`,
    organisation: 'Gemeente Voorbeeld',
    facilitator: 'Anna de Vries',
  });
  await store.executeMany(id, setupCommands());
  for (const method of METHODS) {
    const commands = participantCommands(method, PEOPLE);
    await timed(`store: executeMany, ${PEOPLE} × ${commands[0]!.type}`, () =>
      store.executeMany(id, commands),
    );
  }
  const size = (await stat(store.paths.session(id))).size;
  console.log(`  (session file ${(size / 1024 / 1024).toFixed(1)} MB)`);
  return id;
}

async function everyScreen(page: Page, baseUrl: string, id: string): Promise<void> {
  console.log(
    `  Chromium, ${PEOPLE} people in every method; each screen until 1 s without a long task.\n` +
      '  longest: the longest main-thread task (wall time); CPU: the longest task in CPU time',
  );
  // Starting the app (its code, the list of sessions) costs the same for every session.
  await screen(
    page,
    'app start, list of sessions',
    async () => {
      await page.goto(`${baseUrl}#/`);
    },
    { selector: '[data-testid="session-row"]' },
    true,
  );
  // A method's tab opens on a view of its own choosing (the entry view when there are
  // answers); the other views are visited from there.
  const pressedView = { selector: '.method-views button[aria-pressed="true"]' };
  for (const method of METHODS) {
    const title = nl(`${method}.title` as MessageKey);
    if (method === 'culture') {
      await screen(
        page,
        `open session → ${title}`,
        async () => {
          await page.evaluate((hash) => (location.hash = hash), `#/session/${id}/culture`);
        },
        pressedView,
      );
    } else {
      await screen(page, `${title} tab`, () => clickTab(page, title), pressedView);
    }
    const shown = await page.locator(pressedView.selector).first().textContent();
    for (const key of viewKeys(method).filter((k) => nl(k) !== shown)) {
      await screen(page, `${title}: ${nl(key)}`, () => clickView(page, nl(key)), {
        pressed: nl(key),
      });
    }
  }
  for (const key of ['report.title', 'nav.settings'] as const) {
    await screen(page, `${nl(key)} tab`, () => clickTab(page, nl(key)), { tab: nl(key) });
  }
  await change(
    page,
    'change: a Kano answer typed',
    async () => {
      await clickTab(page, nl('kano.title'));
      await clickView(page, nl('kano.view.entry'));
    },
    async () => {
      await page.getByTestId('answer-cell').first().focus();
      await page.keyboard.press('3');
      await page.keyboard.press('4');
    },
  );
  await change(
    page,
    'change: report conclusions typed',
    () => clickTab(page, nl('report.title')),
    async () => {
      await page.getByLabel(nl('report.tab.conclusions')).focus();
      await page.keyboard.type('Klantgericht');
    },
  );
  // The checkbox follows the stored session, so it is clicked, not "checked".
  const appendix = page.getByLabel(nl('report.section.appendix'));
  await change(
    page,
    'change: report appendix switched on',
    async () => {},
    () => appendix.click(),
  );
  await change(
    page,
    'change: report appendix switched off',
    async () => {},
    () => appendix.click(),
  );
}

/**
 * Imports a file of 10,000 people into a new session through the entry view's file input, and
 * times from the executeMany response to the notice.
 */
async function importPath(
  page: Page,
  baseUrl: string,
  store: SessionStore,
  method: Method,
  dir: string,
): Promise<void> {
  const { id } = await store.create({ name: `Import ${method}` });
  const entry = nl(`${method}.view.entry` as MessageKey);
  await page.goto(`${baseUrl}#/session/${id}/${method}`);
  await clickView(page, entry);
  const text = participantCsv(method, PEOPLE);
  // A file on disk, as a user picks it: Chromium reads it itself (a buffer would be decoded in
  // the page by Playwright, a long task that is not the app's).
  const file = join(dir, `${method}.csv`);
  await writeFile(file, text);
  await blockingSince(page, 0, await readyWhen(page, { pressed: entry }), 500);

  const from = await pageNow(page);
  const lastExecuteMany = await watchExecuteMany(page);
  const { result, longestCpu } = await longestTaskCpu(page, async () => {
    const seen = await watchForNew(page, '.notices .notice, .csv-problems');
    await page.locator('input[type=file]').first().setInputFiles(file);
    const notice = await seen();
    return { notice, blocking: await blockingSince(page, from, notice.at) };
  });
  const { notice, blocking } = result;
  const response = lastExecuteMany();
  const rows = text.split('\n').length - 2;
  line(`import ${method} (${rows} rows)`, blocking, notice.at - from, longestCpu);
  if (!response || response.responseEnd < from) {
    console.log(`    no executeMany was sent; the page said: ${notice.text.slice(0, 200)}`);
    return;
  }
  console.log(
    `    executeMany request ${(response.responseEnd - response.start).toFixed(0)} ms;` +
      ` response → notice visible ${(notice.at - response.responseEnd).toFixed(0)} ms` +
      ` (target ≤ 1000 ms): "${notice.text.replace(/×$/, '').slice(0, 80)}"`,
  );
}

export async function run(): Promise<void> {
  if (!existsSync(join(RENDERER, 'index.html')) || !existsSync(CHROMIUM)) {
    console.log('  (skipped: run `npm run build` and install Chromium)');
    return;
  }
  // Run from the TypeScript sources, the store freezes every session before a command (to
  // catch commands that change one in place), which makes 10,000 add commands in one step
  // quadratic; the app users run does not. Measure what they get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-large-'));
  const server = await startBrowserMode({ dataDir: dir, rendererDir: RENDERER });
  try {
    const id = await buildSession(server.store);
    // Long tasks are wall-clock time: on a busy machine (other processes on the two cores)
    // every figure grows several times. Say how busy it was.
    const load = () => loadavg()[0]!.toFixed(1);
    console.log(`  (load average over the last minute: ${load()})`);
    await withChromium(async (browser) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await instrument(page);
      await everyScreen(page, server.url, id);
      console.log(`  CSV import of ${PEOPLE} people into a new session, on the entry view`);
      for (const method of METHODS) {
        await importPath(page, server.url, server.store, method, dir);
      }
    });
    console.log(`  (load average over the last minute: ${load()})`);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
