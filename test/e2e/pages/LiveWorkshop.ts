import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readApiToken } from '../../../shared/contracts/transport';
import { facilitatorCall } from '../../fixtures/facilitatorApi';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The live workshop as the e2e tests drive it: the facilitator's API (to reveal, open and close
 * as the facilitator's buttons do), a phone (a phone-sized Chromium context with touch) and the
 * projector view (a 1920×1080 page). Everything on 127.0.0.1.
 */

/** Calls the facilitator's API of browser mode as its renderer does (token from the page). */
export class FacilitatorApi {
  private constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  static async connect(url: string): Promise<FacilitatorApi> {
    const token = readApiToken(await (await fetch(url)).text());
    if (!token) throw new Error('no API token in the page');
    return new FacilitatorApi(url, token);
  }

  call<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
    return facilitatorCall<T>({ url: this.url, token: this.token }, method, ...args);
  }

  execute(sessionId: string, command: Record<string, unknown>) {
    return this.call('execute', sessionId, command);
  }

  /** Starts the listener on loopback only (tests never listen on the network). */
  async liveStart(sessionId: string, method: string): Promise<LiveStatus> {
    return this.call<LiveStatus>('liveStart', sessionId, method, { host: '127.0.0.1', port: 0 });
  }
}

export interface LiveStatus {
  code: string;
  port: number;
  open: boolean;
  joined: number;
  answered: number;
  addresses: { name: string; address: string; url: string }[];
}

/**
 * `npm run serve -- --live SESSION --live-method M --live-host 127.0.0.1 --live-port 0`, as a
 * script would start it: the facilitator's URL and the `Join:` line it prints.
 */
export async function serveLive(
  dataDir: string,
  sessionId: string,
  method: string,
): Promise<{ url: string; join: string; stop(): void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'dist', 'node', 'serve.mjs'),
      ...['--no-open', '--port', '0', '--data-dir', dataDir],
      ...['--live', sessionId, '--live-method', method, '--live-host', '127.0.0.1'],
      ...['--live-port', '0'],
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines = await new Promise<{ url: string; join: string }>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Klantkompas: (http:\/\/\S+)/.exec(output)?.[1];
      const joinUrl = /^Join: (http:\/\/\S+)/m.exec(output)?.[1];
      if (url && joinUrl) resolve({ url, join: joinUrl });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { ...lines, stop: () => child.kill() };
}

/** A participant's phone: 390×844, touch, Dutch; its own context, so its own cookie. */
export class Phone {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, url: string): Promise<Phone> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    await page.goto(url);
    return new Phone(context, page);
  }

  async close() {
    await this.context.close();
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async done() {
    await this.button('Klaar').tap();
    await expect(this.page.getByRole('status')).toHaveText(
      'Dank je wel! Je antwoorden zijn bewaard.',
    );
  }

  async chooseGroup(name: string) {
    await this.button(name).tap();
  }

  /** Four words now and four desired (fewer is fine), then "Klaar". */
  async answerCulture(current: string[], desired: string[]) {
    for (const [side, words] of [
      ['Huidige cultuur', current],
      ['Gewenste cultuur', desired],
    ] as const) {
      for (const [i, word] of words.entries()) {
        await this.page.getByLabel(`${side}: Woord ${i + 1}`, { exact: true }).fill(word);
      }
    }
    await this.done();
  }

  /** One wish per screen: the two answers on each, "Volgende" in between, "Klaar" on the last. */
  async answerKano(answers: [functional: string, dysfunctional: string][]) {
    for (const [i, [functional, dysfunctional]] of answers.entries()) {
      await this.page
        .getByRole('group', { name: /er is\?$/ })
        .getByRole('button', { name: functional, exact: true })
        .tap();
      await this.page
        .getByRole('group', { name: /er NIET is\?$/ })
        .getByRole('button', { name: dysfunctional, exact: true })
        .tap();
      if (i < answers.length - 1) await this.button('Volgende →').tap();
    }
    await this.done();
  }

  /** The nine blocks, one per screen: now and target marks, then "Klaar" on the last. */
  async answerExcellence(now: number, target: number) {
    await this.button('Beginnen').tap();
    for (let block = 1; block <= 9; block++) {
      await this.page
        .getByRole('group', { name: 'Waar staan we nu?' })
        .getByRole('button', { name: String(now), exact: true })
        .tap();
      await this.page
        .getByRole('group', { name: 'Waar willen we naartoe?' })
        .getByRole('button', { name: String(target), exact: true })
        .tap();
      if (block < 9) await this.button('Volgende →').tap();
    }
    await this.done();
  }
}

/** The projector view in its own 1920×1080 window, as the facilitator's second screen. */
export async function openProjector(
  browser: Browser,
  url: string,
  sessionId: string,
  method: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  await page.goto(`${url}#/projector/${sessionId}/${method}`);
  await expect(page.getByTestId('projector')).toBeVisible();
  return page;
}

/**
 * Saves a screenshot when KLANTKOMPAS_SHOTS names a folder (to look at the pages, see the
 * report in the README); a normal test run saves nothing.
 */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  const folder = process.env.KLANTKOMPAS_SHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), ...options });
}
