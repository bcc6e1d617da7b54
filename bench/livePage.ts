// `npm run bench -- live-page`: the phone page's weight and its time to interactive on a slow
// phone network. Loopback only; a few cold loads per profile, so it ends by itself.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RENDERER_DIR } from '../main/appRoot';
import { startBrowserMode } from '../main/browserMode';
import { withChromium } from './browser';
import { median, report } from './util';

const RUNS = 5;
/** One cold load never takes longer than this; a slower one ends the bench with a message. */
const LOAD_LIMIT_MS = 30_000;

interface NetworkProfile {
  label: string;
  /** Round trip added to every request (ms), as Chromium's throttling applies it. */
  latency: number;
  /** Bytes per second. */
  download: number;
  upload: number;
}

/**
 * "Fast 3G" as the issue states it (1.6 Mbps down, 750 kbps up, 150 ms round trip), and as
 * Chromium's DevTools preset applies it today (the same speeds × 0.9, and 150 ms × 3.75 of
 * latency per request): the first is the target's profile, the second a harsher check.
 */
const PROFILES: NetworkProfile[] = [
  {
    label: 'Fast 3G (1.6 Mbps / 750 kbps, 150 ms RTT), CPU 4× slower',
    latency: 150,
    download: 1_600_000 / 8,
    upload: 750_000 / 8,
  },
  {
    label: 'DevTools "Fast 3G" preset (562.5 ms latency, ×0.9), CPU 4× slower',
    latency: 150 * 3.75,
    download: (1_600_000 / 8) * 0.9,
    upload: (750_000 / 8) * 0.9,
  },
];
const CPU_SLOWDOWN = 4;

/**
 * Marks the moment the page can be used: the first box or button of the participant form is
 * in the document (React has rendered it with its handlers, after the join round trip).
 */
const MARK_INTERACTIVE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.participant-form input, .participant-form button, .participant-groups button')) {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** In the page: the moment MARK_INTERACTIVE saw the form, or undefined before. */
const interactiveAt = () => (window as unknown as { __interactiveAt?: number }).__interactiveAt;

export async function run(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'phone.html'))) {
    console.log(
      '  (skipped: run `npm run build` first; the phone page is dist/renderer/phone.html)',
    );
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-live-page-'));
  const server = await startBrowserMode({ dataDir, live: { defaultHost: '127.0.0.1' } });
  try {
    const session = await server.store.create({ name: 'Bench', language: 'nl' });
    const status = await server.live.start(session.id, 'culture', { host: '127.0.0.1', port: 0 });
    const joinUrl = status.addresses[0]?.url ?? `http://127.0.0.1:${status.port}/j/${status.code}`;
    await withChromium(async (browser) => {
      const files = await bundleFiles(browser, joinUrl);
      await printBundle(files);
      for (const profile of PROFILES) {
        const loads: ColdLoad[] = [];
        for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser, joinUrl, profile));
        const times = loads.map((load) => load.interactiveMs);
        const transferred = loads.at(-1)!.transferred;
        console.log(`  ${profile.label}`);
        report('    time to interactive (median of 5 cold loads)', median(times), '≤ 2000 ms');
        report('    slowest of the 5', Math.max(...times));
        // Where the time goes, to see which step a change shortened (medians, from the tap).
        report('      page received', median(loads.map((load) => load.phases.page)));
        report(
          '      its scripts and styles received',
          median(loads.map((load) => load.phases.files)),
        );
        if (loads.every((load) => load.phases.join !== null)) {
          report('      join answered', median(loads.map((load) => load.phases.join!)));
        }
        // The page's own work, throttled but apart from the network: fairer than the wall clock
        // on a loaded machine (DevTools' TaskDuration: the main thread's busy time).
        report('    main thread busy until interactive', median(loads.map((load) => load.busyMs)));
        console.log(`    bytes over the network: ${(transferred / 1024).toFixed(1)} KB`);
      }
    });
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The files a phone loads (paths under the listener), from one unthrottled load. */
async function bundleFiles(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths: string[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (['document', 'script', 'stylesheet', 'image', 'font'].includes(type)) {
      paths.push(new URL(response.url()).pathname);
    }
  });
  await page.addInitScript(MARK_INTERACTIVE);
  await page.goto(url);
  await page.waitForFunction(interactiveAt, undefined, { timeout: LOAD_LIMIT_MS });
  await context.close();
  return paths;
}

async function printBundle(paths: string[]): Promise<void> {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const file = path.startsWith('/j/') || path === '/' ? 'phone.html' : path.slice(1);
    const bytes = await readFile(join(RENDERER_DIR, file));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    console.log(
      `    ${file.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB  ${(zipped / 1024).toFixed(1).padStart(6)} KB gzipped`,
    );
  }
  console.log(
    `  phone page, all files: ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzipped   (target ≤ 150 KB gzipped)`,
  );
}

interface ColdLoad {
  interactiveMs: number;
  /** The page's main thread at work from the start to interactive (CPU-throttled ms). */
  busyMs: number;
  transferred: number;
  /** When each step ended (ms from the navigation's start); join null when the page did not ask. */
  phases: { page: number; files: number; join: number | null };
}

/** In the page: when the document, its files and the join request had arrived. */
const loadPhases = (): ColdLoad['phases'] => {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  let files = 0;
  let join: number | null = null;
  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    if (entry.initiatorType === 'fetch' && entry.name.includes('/p/join')) join = entry.responseEnd;
    else if (entry.initiatorType !== 'fetch') files = Math.max(files, entry.responseEnd);
  }
  return { page: navigation.responseEnd, files, join };
};

/** One load in a fresh context (cold cache), throttled through the DevTools protocol. */
async function coldLoad(browser: Browser, url: string, profile: NetworkProfile): Promise<ColdLoad> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.download,
      uploadThroughput: profile.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Performance.enable');
    let transferred = 0;
    cdp.on('Network.loadingFinished', (event) => (transferred += event.encodedDataLength));
    await page.addInitScript(MARK_INTERACTIVE);
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_LIMIT_MS });
    // A function, not a string: the page's CSP allows no eval. performance.now() counts from
    // the navigation's start: the tap on the link or the scan.
    const handle = await page.waitForFunction(interactiveAt, undefined, {
      timeout: LOAD_LIMIT_MS,
      polling: 100,
    });
    const interactiveMs = (await handle.jsonValue()) as number;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const busyMs = (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
    return { interactiveMs, busyMs, transferred, phases: await page.evaluate(loadPhases) };
  } finally {
    await context.close();
  }
}
