import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { CHART_READY_SELECTOR } from '../../shared/contracts/printRoute';
import { expect, lastLine, test } from './fixtures';
import { FacilitatorApi } from './pages/LiveWorkshop';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

/** Twelve participants, four words a side, from a small vocabulary so that words repeat. */
const CURRENT = [
  'traag',
  'betrokken',
  'regels',
  'hiërarchisch',
  'collegiaal',
  'loyaal',
  'afwachtend',
  'eilandjes',
  'gezellig',
  'vakkundig',
  'zorgzaam',
  'bureaucratisch',
  'voorzichtig',
  'trots',
];
const DESIRED = [
  'open',
  'klantgericht',
  'wendbaar',
  'eigenaarschap',
  'vertrouwen',
  'samenwerken',
  'snel',
  'lerend',
  'transparant',
  'innovatief',
  'lef',
  'plezier',
  'resultaatgericht',
  'moedig',
];
const pick = (words: string[], row: number) =>
  [0, 1, 2, 3].map((i) => words[(row * 3 + i * ((row % 4) + 1)) % words.length]!);

interface Places {
  /** Each drawn word's place and size as drawn: "x,y,size" in the picture's units. */
  drawn: Map<string, string>;
  /** The same before the view's zoom and centring (CloudView, the svg's data-view). */
  own: Map<string, string>;
}

/** Each drawn word's place and size, read from the svg. */
async function places(card: Locator): Promise<Places> {
  await expect(card.locator(`svg${CHART_READY_SELECTOR}`)).toBeVisible();
  const words = await card.locator('svg').evaluate((svg) => {
    const [, , width = 0, height = 0] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const [zoom = 1, cx = 0, cy = 0] = svg.getAttribute('data-view')!.split(' ').map(Number);
    return [...svg.querySelectorAll('g[data-key] text')].map((t) => {
      const [x, y, size] = ['x', 'y', 'font-size'].map((name) => Number(t.getAttribute(name)));
      const own = [(x! - width / 2) / zoom + cx, (y! - height / 2) / zoom + cy, size! / zoom];
      return {
        key: t.parentElement!.dataset.key!,
        drawn: `${x},${y},${size}`,
        // To a unit: the drawn places are rounded to a tenth of the zoomed picture.
        own: own.map((n) => Math.round(n)).join(','),
      };
    });
  });
  return {
    drawn: new Map(words.map((w) => [w.key, w.drawn])),
    own: new Map(words.map((w) => [w.key, w.own])),
  };
}

/** Share of the words before that are at the same place after. */
function keptShare(before: Map<string, string>, after: Map<string, string>): number {
  return [...before].filter(([key, place]) => after.get(key) === place).length / before.size;
}

function percent(shares: number[]): string {
  return shares.map((k) => `${Math.round(k * 100)}%`).join(' / ');
}

test('a participant more: most words of the live clouds keep their exact place and size, in the tab and on the projector', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Plaatsen'));
  const header = ['participant', 'group', 'current_1', 'current_2', 'current_3', 'current_4'];
  header.push('desired_1', 'desired_2', 'desired_3', 'desired_4');
  const rows = Array.from({ length: 12 }, (_, row) =>
    [`P${row + 1}`, '', ...pick(CURRENT, row), ...pick(DESIRED, row)].join(','),
  );
  const csv = join(app.dataDir, 'places.csv');
  await writeFile(csv, [header.join(','), ...rows].join('\n'));
  await app.cli('import', 'culture', csv, '--session', id);
  const api = await FacilitatorApi.connect(app.url);
  await api.execute(id, { type: 'culture.setRevealed', revealed: true });
  await page.goto(`${app.url}#/session/${id}/culture`);
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 12');
  await page.getByRole('button', { name: 'Woordwolken' }).click();
  const projector = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1920, height: 1080 } });
  await projector.goto(`${app.url}#/projector/${id}/culture`);
  const views = {
    tab: [page.getByTestId('cloud-current'), page.getByTestId('cloud-desired')],
    projector: [
      projector.getByTestId('projector-cloud-current'),
      projector.getByTestId('projector-cloud-desired'),
    ],
  };
  const read = async (cards: Locator[]) => [await places(cards[0]!), await places(cards[1]!)];
  const before = { tab: await read(views.tab), projector: await read(views.projector) };
  await page.screenshot({ path: join(ARTIFACTS, 'culture-cloud-places-before.png') });

  // The thirteenth participant, as a phone or the answers grid adds one: pushed to both pages.
  await api.execute(id, {
    type: 'culture.addEntry',
    entry: {
      id: 'late',
      participant: 'P13',
      group: null,
      current: ['traag', 'betrokken', 'stroperig', 'regels'],
      desired: ['open', 'wendbaar', 'nieuwsgierig', 'snel'],
    },
  });
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 13');
  for (const cards of [views.tab, views.projector]) {
    await expect(cards[0]!.locator('g[data-key="stroperig"]')).toHaveCount(1);
    await expect(cards[1]!.locator('g[data-key="nieuwsgierig"]')).toHaveCount(1);
  }
  const after = { tab: await read(views.tab), projector: await read(views.projector) };
  await page.screenshot({ path: join(ARTIFACTS, 'culture-cloud-places-after.png') });
  await projector.screenshot({ path: join(ARTIFACTS, 'culture-cloud-places-projector.png') });
  await projector.close();

  const shares = (view: 'tab' | 'projector') => ({
    exact: before[view].map((b, side) => keptShare(b.drawn, after[view][side]!.drawn)),
    own: before[view].map((b, side) => keptShare(b.own, after[view][side]!.own)),
  });
  for (const view of ['tab', 'projector'] as const) {
    const { exact, own } = shares(view);
    console.log(
      `${view}, one participant more (current / desired): ${percent(exact)} of the words keep` +
        ` their exact place and size on the screen, ${percent(own)} before zoom and centring`,
    );
  }
  // Words given once more grow and push a few neighbours aside, and a cloud whose new words do
  // not fit in its view is laid out on its whole board; the other words stay where they were,
  // on the screen too (every word moved before the layouts followed their previous ones). The
  // projector's picture has a fixed size, so its figures do not depend on the page's styles; the
  // tab's picture follows the window's height (useCloudFrame), so its figures are only printed.
  const { exact } = shares('projector');
  expect(Math.min(...exact)).toBeGreaterThanOrEqual(0.3);
  expect(Math.max(...exact)).toBeGreaterThanOrEqual(0.5);
  // The tab gains no scroll bar from the clouds' height.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
    1080,
  );
});
