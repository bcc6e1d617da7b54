import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../../main/chromiumFlags';
import { CHROMIUM_PATH } from '../../playwright.config';
import { expect, lastLine, test, type App } from './fixtures';
import { FacilitatorApi, Phone } from './pages/LiveWorkshop';

// A phone on the room's Wi-Fi opens http://<the laptop's address>:PORT: plain http on an
// address that is not loopback, so the page is not a secure context. A made-up host name that
// Chromium resolves to 127.0.0.1 gives the same (the traffic stays on loopback).
const PHONE_HOST = 'klantkompas-laptop.test';
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, `--host-resolver-rules=MAP ${PHONE_HOST} 127.0.0.1`],
  },
});

async function newSession(app: App, name: string): Promise<string> {
  return lastLine(await app.cli('sessions', 'create', '--name', name));
}

test('a phone on plain http shows the exercise before its join is answered, and answers', async ({
  app,
  browser,
}) => {
  const id = await newSession(app, 'Op de wifi');
  const api = await FacilitatorApi.connect(app.url);
  const status = await api.liveStart(id, 'culture');
  const phone = await Phone.open(browser, 'about:blank');

  // The join is held back: the form must not wait for it (the page carries the exercise).
  let releaseJoin = () => {};
  const joinHeld = new Promise<void>((resolve) => (releaseJoin = resolve));
  await phone.page.route('**/p/join', async (route) => {
    await joinHeld;
    await route.continue();
  });
  await phone.page.goto(`http://${PHONE_HOST}:${status.port}/j/${status.code}`);
  expect(await phone.page.evaluate(() => window.isSecureContext)).toBe(false);
  // What the participant shell used for its answer ids before: not there on such a page.
  expect(await phone.page.evaluate(() => typeof crypto.randomUUID)).toBe('undefined');
  const first = phone.page.getByLabel('Huidige cultuur: Woord 1', { exact: true });
  await expect(first).toBeVisible();
  await expect(phone.page.locator('.phone-header')).toHaveText('Op de wifi');

  // Typed while the join is on its way; handed in once it has answered.
  await first.fill('Gastvrij');
  releaseJoin();
  await phone.done();
  const stored = JSON.parse(
    await readFile(join(app.dataDir, 'sessions', `${id}.json`), 'utf8'),
  ) as { culture: { entries: { current: string[] }[] } };
  expect(stored.culture.entries.map((entry) => entry.current)).toEqual([['Gastvrij']]);
  await phone.close();
});
