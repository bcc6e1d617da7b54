import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readApiToken } from '../../shared/contracts/transport';
import { formatJoinCode } from '../../shared/live/joinCode';
import { expect, lastLine, test, type App } from './fixtures';
import {
  FacilitatorApi,
  openProjector,
  Phone,
  serveLive,
  shot,
  type LiveStatus,
} from './pages/LiveWorkshop';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

type Stored = Record<string, Record<string, unknown[]>>;

async function onDisk(dataDir: string, id: string): Promise<Stored> {
  return JSON.parse(await readFile(join(dataDir, 'sessions', `${id}.json`), 'utf8')) as Stored;
}

async function newSession(app: App, name: string): Promise<string> {
  return lastLine(await app.cli('sessions', 'create', '--name', name));
}

test('culture: phones answer over the listener started by `serve --live`, the projector shows the words live after the reveal', async ({
  browser,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-live-'));
  const cli = async (...args: string[]) =>
    (
      await run(process.execPath, [
        join(ROOT, 'dist', 'node', 'cli.mjs'),
        ...args,
        '--data-dir',
        dataDir,
      ])
    ).stdout;
  const id = lastLine(await cli('sessions', 'create', '--name', 'Live cultuur'));
  const server = await serveLive(dataDir, id, 'culture');
  try {
    const code = /\/j\/([A-Z0-9]+)$/.exec(server.join)![1]!;
    const api = await FacilitatorApi.connect(server.url);

    // Before the reveal: the join page, with the code in large letters and the counters.
    const projector = await openProjector(browser, server.url, id, 'culture');
    await expect(projector.getByTestId('projector-code')).toHaveText(formatJoinCode(code));
    await expect(projector.getByTestId('projector-answered')).toHaveText('0 geantwoord');
    await shot(projector, 'projector-join');

    const first = await Phone.open(browser, server.join);
    await expect(first.page.getByText('Live cultuur')).toBeVisible();
    await shot(first.page, 'phone-culture-form', { fullPage: true });
    await first.answerCulture(['open', 'traag'], ['snel']);
    await shot(first.page, 'phone-culture-thanks');
    // Pushed to the projector: no reload.
    await expect(projector.getByTestId('projector-answered')).toHaveText('1 geantwoord');
    await expect(projector.getByTestId('projector-joined')).toHaveText('1 verbonden');
    await expect(projector.getByText('traag')).toHaveCount(0);

    await api.execute(id, { type: 'culture.setRevealed', revealed: true });
    const current = projector.getByTestId('projector-cloud-current');
    await expect(current.locator('svg[data-ready="true"]')).toBeVisible();
    await expect(current.getByText('traag', { exact: true })).toBeVisible();
    await expect(projector.getByTestId('projector-corner')).toContainText(formatJoinCode(code));

    // A late phone: its words appear on the projector while it stays as it is.
    const second = await Phone.open(browser, server.join);
    await second.answerCulture(['bureaucratisch'], ['wendbaar']);
    await expect(current.getByText('bureaucratisch', { exact: true })).toBeVisible();
    await expect(
      projector.getByTestId('projector-cloud-desired').getByText('wendbaar', { exact: true }),
    ).toBeVisible();

    // The first phone changes its answer: the form starts from it, and it stays one participant.
    await first.button('Mijn antwoorden wijzigen').tap();
    await expect(first.page.getByLabel('Huidige cultuur: Woord 2', { exact: true })).toHaveValue(
      'traag',
    );
    await first.page.getByLabel('Huidige cultuur: Woord 3', { exact: true }).fill('warm');
    await first.done();
    await expect(current.getByText('warm', { exact: true })).toBeVisible();
    await shot(projector, 'projector-culture');
    const entries = (await onDisk(dataDir, id)).culture!.entries!;
    expect(entries).toHaveLength(2);
    expect(entries).toContainEqual(expect.objectContaining({ current: ['open', 'traag', 'warm'] }));
    // A reload of the phone (same cookie) comes back to its thanks, still one participant.
    await first.page.reload();
    await expect(first.button('Mijn antwoorden wijzigen')).toBeVisible();
    await expect(projector.getByTestId('projector-joined')).toHaveText('2 verbonden');
    await first.close();
    await second.close();
    await projector.context().close();
  } finally {
    server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('kano: one wish per screen on the phone, the Better/Worse chart on the projector', async ({
  app,
  browser,
}) => {
  const id = await newSession(app, 'Live Kano');
  const api = await FacilitatorApi.connect(app.url);
  await api.execute(id, {
    type: 'session.addGroup',
    group: { id: 'klanten', name: 'Klanten' },
  });
  await api.execute(id, {
    type: 'kano.addWishes',
    wishes: [
      { id: 'prijs', name: 'Duidelijke prijs', description: 'Vooraf weten wat het kost.' },
      { id: 'afspraak', name: 'Online afspraak', description: '' },
    ],
  });
  const status = await api.liveStart(id, 'kano');
  const phone = await Phone.open(browser, status.addresses[0]!.url);
  await shot(phone.page, 'phone-kano-group');
  await phone.chooseGroup('Klanten');
  await expect(phone.page.getByText('Wens 1 van 2')).toBeVisible();
  await expect(phone.page.getByTestId('kiosk-wish')).toHaveCount(1);
  await shot(phone.page, 'phone-kano-form', { fullPage: true });
  await phone.answerKano([
    ['Vanzelfsprekend', 'Niet leuk'],
    ['Leuk', 'Maakt niet uit'],
  ]);
  await shot(phone.page, 'phone-kano-thanks');
  await api.call('liveSetOpen', false);
  await expect(phone.page.getByTestId('phone-closed')).toContainText('Je antwoorden zijn bewaard.');
  await shot(phone.page, 'phone-kano-closed');
  await api.call('liveSetOpen', true);

  let respondents = (await onDisk(app.dataDir, id)).kano!.respondents!;
  expect(respondents).toEqual([
    expect.objectContaining({
      group: 'klanten',
      answers: {
        prijs: { functional: 2, dysfunctional: 5, importance: null },
        afspraak: { functional: 1, dysfunctional: 3, importance: null },
      },
    }),
  ]);

  // Changing the answer: the wishes come back answered; still one respondent.
  await phone.button('Mijn antwoorden wijzigen').tap();
  await expect(phone.page.getByRole('button', { name: 'Vanzelfsprekend' }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await phone.button('Volgende →').tap();
  await phone.page
    .getByRole('group', { name: /er NIET is\?$/ })
    .getByRole('button', { name: 'Niet leuk', exact: true })
    .tap();
  await phone.done();
  respondents = (await onDisk(app.dataDir, id)).kano!.respondents!;
  expect(respondents).toHaveLength(1);
  expect(respondents[0]).toMatchObject({ answers: { afspraak: { dysfunctional: 5 } } });

  const projector = await openProjector(browser, app.url, id, 'kano');
  await expect(projector.getByTestId('projector-answered')).toHaveText('1 geantwoord');
  await api.execute(id, { type: 'kano.setRevealed', revealed: true });
  await expect(projector.getByTestId('projector-kano').locator('svg.kano-chart')).toBeVisible();
  await expect(projector.getByTestId('projector-kano')).toContainText('Duidelijke prijs');
  await shot(projector, 'projector-kano');
  await phone.close();
  await projector.context().close();
});

test('service excellence: nine scores on the phone, the radar on the projector', async ({
  app,
  browser,
}) => {
  const id = await newSession(app, 'Live Excellence');
  const api = await FacilitatorApi.connect(app.url);
  const status = await api.liveStart(id, 'excellence');
  const projector = await openProjector(browser, app.url, id, 'excellence');
  await api.execute(id, { type: 'excellence.setRevealed', revealed: true });
  await expect(projector.getByText('Nog geen antwoorden.')).toBeVisible();

  const phone = await Phone.open(browser, status.addresses[0]!.url);
  await shot(phone.page, 'phone-excellence-welcome');
  await phone.button('Beginnen').tap();
  await shot(phone.page, 'phone-excellence-form', { fullPage: true });
  await phone.button('← Vorige').tap();
  await phone.answerExcellence(6, 9);
  const participants = (await onDisk(app.dataDir, id)).excellence!.participants!;
  expect(participants).toHaveLength(1);
  expect(Object.keys((participants[0] as { scores: object }).scores)).toHaveLength(9);
  await shot(phone.page, 'phone-excellence-thanks');
  await api.call('liveSetOpen', false);
  await expect(phone.page.getByTestId('phone-closed')).toBeVisible();
  await shot(phone.page, 'phone-excellence-closed');

  // Pushed: the radar replaces "no answers yet" without a reload.
  await expect(projector.getByTestId('projector-radar').getByTestId('radar')).toBeVisible();
  await expect(projector.getByTestId('projector-answered')).toHaveText('1 geantwoord');
  await shot(projector, 'projector-radar');
  await phone.close();
  await projector.context().close();
});

test('a closed exercise and a wrong code are refused on the phone, with their messages', async ({
  app,
  browser,
}) => {
  const id = await newSession(app, 'Gesloten');
  const api = await FacilitatorApi.connect(app.url);
  const status = await api.liveStart(id, 'culture');
  const base = `http://127.0.0.1:${status.port}`;

  // Closed while the phone looks: it says so at once (pushed), and again when it opens.
  const phone = await Phone.open(browser, status.addresses[0]!.url);
  await expect(phone.page.getByLabel('Huidige cultuur: Woord 1', { exact: true })).toBeVisible();
  await api.call('liveSetOpen', false);
  await expect(phone.page.getByTestId('phone-closed')).toContainText('De oefening is gesloten');
  await shot(phone.page, 'phone-closed');
  await api.call('liveSetOpen', true);
  await expect(phone.page.getByLabel('Huidige cultuur: Woord 1', { exact: true })).toBeVisible();

  // A phone that missed the news (no events) is refused when it hands in.
  const deaf = await Phone.open(browser, 'about:blank');
  await deaf.page.route('**/p/events**', (route) => route.abort());
  await deaf.page.goto(status.addresses[0]!.url);
  await deaf.page.getByLabel('Huidige cultuur: Woord 1', { exact: true }).fill('laat');
  await api.call('liveSetOpen', false);
  await deaf.button('Klaar').tap();
  await expect(deaf.page.getByTestId('phone-closed')).toContainText('De oefening is gesloten');
  expect((await onDisk(app.dataDir, id)).culture!.entries).toHaveLength(0);
  await api.call('liveSetOpen', true);

  // A wrong code in the address, and typed by hand.
  const wrong = await Phone.open(
    browser,
    `${base}/j/${status.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA'}`,
  );
  await expect(wrong.page.getByRole('alert')).toHaveText(
    'Deze code klopt niet. Kijk nog eens op het scherm van de begeleider en typ hem opnieuw.',
  );
  await shot(wrong.page, 'phone-wrong-code');
  await wrong.page.getByLabel('Code').fill('xyz');
  await wrong.button('Meedoen').tap();
  await expect(wrong.page.getByRole('alert')).toContainText('Deze code klopt niet');
  // The right code, typed as people do (lower case, a space): joins.
  const typed = `${status.code.slice(0, 3).toLowerCase()} ${status.code.slice(3)}`;
  await wrong.page.getByLabel('Code').fill(typed);
  await wrong.button('Meedoen').tap();
  await expect(wrong.page.getByLabel('Huidige cultuur: Woord 1', { exact: true })).toBeVisible();
  await expect(wrong.page).toHaveURL(`${base}/j/${status.code}`);
  for (const each of [phone, deaf, wrong]) await each.close();
});

test('the participant port serves no facilitator API, and one session cannot be reached with another session code', async ({
  app,
  browser,
}) => {
  const first = await newSession(app, 'Sessie Een');
  const second = await newSession(app, 'Sessie Twee');
  const api = await FacilitatorApi.connect(app.url);
  const before = await api.liveStart(first, 'culture');
  const token = readApiToken(await (await fetch(app.url)).text())!;

  const base = `http://127.0.0.1:${before.port}`;
  for (const path of ['/api/listSessions', '/api/getSession', '/api/liveStatus']) {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-klantkompas-token': token },
      body: JSON.stringify({ args: [first] }),
    });
    expect(response.status, path).toBe(404);
  }
  for (const path of ['/api/events', '/index.html', `/sessions/${first}.json`, '/favicon.svg']) {
    expect((await fetch(`${base}${path}`)).status, path).toBe(404);
  }
  const page = await (await fetch(`${base}/`)).text();
  expect(page).not.toContain('klantkompas-token');

  // The listener moves to the second session: the first one's code opens nothing.
  const after: LiveStatus = await api.liveStart(second, 'culture');
  expect(after.code).not.toBe(before.code);
  const newBase = `http://127.0.0.1:${after.port}`;
  const join = await fetch(`${newBase}/p/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: before.code }),
  });
  expect(join.status).toBe(403);
  const answer = await fetch(`${newBase}/p/answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      code: before.code,
      answer: { method: 'culture', group: null, current: ['inbraak'], desired: [] },
    }),
  });
  expect(answer.status).toBe(403);
  const phone = await Phone.open(browser, `${newBase}/j/${before.code}`);
  await expect(phone.page.getByRole('alert')).toContainText('Deze code klopt niet');
  await phone.page.goto(`${newBase}/j/${after.code}`);
  await expect(phone.page.getByText('Sessie Twee')).toBeVisible();
  await expect(phone.page.getByText('Sessie Een')).toHaveCount(0);
  expect((await onDisk(app.dataDir, first)).culture!.entries).toHaveLength(0);
  expect((await onDisk(app.dataDir, second)).culture!.entries).toHaveLength(0);
  await phone.close();
});

test('the facilitator invites participants from the tab: addresses, QR code, counters live, open/close, projector, stop', async ({
  app,
  page,
  browser,
}) => {
  const id = await newSession(app, 'Uitnodigen');
  // The panel starts the listener on every interface; in a test only loopback may listen.
  await page.route('**/api/liveStart', async (route) => {
    const body = JSON.parse(route.request().postData()!) as { args: unknown[] };
    body.args[2] = { ...(body.args[2] as object), host: '127.0.0.1', port: 0 };
    await route.continue({ postData: JSON.stringify(body) });
  });
  await page.goto(`${app.url}#/session/${id}/culture`);
  await page.getByRole('button', { name: 'Deelnemers uitnodigen' }).click();
  const panel = page.getByTestId('invite-panel');
  await expect(panel.getByLabel('Poort')).toHaveValue('47470');
  await shot(page, 'invite-start');
  await panel.getByRole('button', { name: 'Starten' }).click();

  const code = page.getByTestId('invite-code');
  await expect(code).toBeVisible();
  await expect(panel.getByTestId('invite-addresses')).toContainText('127.0.0.1');
  const qr = panel.locator('svg[data-qr-text]');
  const joinUrl = (await qr.getAttribute('data-qr-text'))!;
  expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[A-Z0-9]{6}$/);
  await expect(panel.getByTestId('invite-counters')).toHaveText('0 verbonden · 0 geantwoord');
  await expect(page.getByRole('button', { name: 'Deelnemers uitnodigen (live)' })).toBeAttached();
  await shot(page, 'invite-running');

  // A phone answers: the counters follow by push.
  const phone = await Phone.open(browser, joinUrl);
  await phone.answerCulture(['open'], ['snel']);
  await expect(panel.getByTestId('invite-counters')).toHaveText('1 verbonden · 1 geantwoord');

  await panel.getByRole('button', { name: 'Oefening sluiten' }).click();
  await expect(panel.getByTestId('invite-open-state')).toHaveText(
    'Gesloten: telefoons kunnen niet antwoorden.',
  );
  await expect(phone.page.getByTestId('phone-closed')).toBeVisible();
  await panel.getByRole('button', { name: 'Oefening openen' }).click();
  await expect(panel.getByTestId('invite-open-state')).toHaveText(
    'Open: telefoons kunnen antwoorden.',
  );

  // No window could be opened: the panel gives the address to open by hand.
  await page.route('**/api/openProjector', (route) =>
    route.fulfill({ json: { ok: true, value: { opened: false } } }),
  );
  await panel.getByRole('button', { name: 'Projectorvenster openen' }).click();
  await expect(panel.getByTestId('invite-projector-address')).toContainText(
    `#/projector/${id}/culture`,
  );

  // No network at all: how to start a hotspot, on each system.
  await page.route('**/api/liveStatus', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { value: LiveStatus };
    body.value.addresses = [];
    await route.fulfill({ json: body });
  });
  await panel.getByRole('button', { name: 'Adressen opnieuw zoeken' }).click();
  const noNetwork = panel.getByTestId('invite-no-network');
  await expect(noNetwork).toContainText('Windows: Instellingen');
  await expect(noNetwork).toContainText('macOS');
  await expect(noNetwork).toContainText('nmcli device wifi hotspot');
  await shot(page, 'invite-no-network');

  await panel.getByRole('button', { name: 'Stoppen' }).click();
  await expect(panel.getByRole('button', { name: 'Starten' })).toBeVisible();
  expect(await (await FacilitatorApi.connect(app.url)).call('liveStatus')).toBeNull();
  await phone.close();
});
