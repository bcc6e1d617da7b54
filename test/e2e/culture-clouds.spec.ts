import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  CHART_READY_SELECTOR,
  printRoute,
  REPORT_READY_SELECTOR,
} from '../../shared/contracts/printRoute';
import { expect, lastLine, test, type App } from './fixtures';

const run = promisify(execFile);
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

/**
 * A management team of twelve, as such a workshop really goes: a few words many people give
 * (betrokken ×6), variants not yet merged, a long phrase, and names in capitals.
 */
const WORKSHOP = [
  [
    'betrokken',
    'hiërarchisch',
    'traag',
    'collegiaal',
    'klantgericht',
    'wendbaar',
    'open',
    'eigenaarschap',
  ],
  [
    'Betrokken',
    'regels',
    'bureaucratie',
    'gezellig',
    'klantgerichtheid',
    'samenwerken',
    'snel',
    'vertrouwen',
  ],
  [
    'betrokken',
    'regeltjes',
    'loyaal',
    'afwachtend',
    'klantgericht',
    'open',
    'eigenaarschap',
    'lerend',
  ],
  [
    'hiërarchie',
    'Betrokken',
    'traag',
    'vakkundig',
    'samenwerking',
    'wendbaar',
    'vertrouwen',
    'open',
  ],
  [
    'bureaucratisch',
    'betrokken',
    'eilandjes',
    'zorgzaam',
    'klantgericht',
    'innovatief',
    'snel',
    'transparant',
  ],
  [
    'regels',
    'betrokken',
    'AFAS-gedreven',
    'traag',
    'eigenaarschap',
    'open',
    'zeg wat je doet, doe wat je zegt',
    'samenwerken',
  ],
  [
    'collegiaal',
    'afwachtend',
    'hiërarchisch',
    'vakkundig',
    'wendbaar',
    'klantgericht',
    'vertrouwen',
    'resultaatgericht',
  ],
  ['gezellig', 'traag', 'regels', 'zorgzaam', 'open', 'eigenaarschap', 'lerend', 'klantgericht'],
  [
    'loyaal',
    'bureaucratisch',
    'KPI-gestuurd',
    'eilandjes',
    'samenwerken',
    'transparant',
    'snel',
    'wendbaar',
  ],
  [
    'vakkundig',
    'traag',
    'afwachtend',
    'collegiaal',
    'innovatief',
    'vertrouwen',
    'klantgericht',
    'open',
  ],
  [
    'zorgzaam',
    'regels',
    'hiërarchisch',
    'eilandjes',
    'eigenaarschap',
    'resultaatgericht',
    'samenwerken',
    'lef',
  ],
  [
    'afwachtend',
    'vakkundig',
    'bureaucratie',
    'loyaal',
    'open',
    'klantgericht',
    'wendbaar',
    'plezier',
  ],
];

const SESSION_NAME = 'Zorggroep De Linde MT-sessie';

async function workshopSession(page: Page, app: App) {
  const id = lastLine(await app.cli('sessions', 'create', '--name', SESSION_NAME));
  const header = [
    'participant',
    'group',
    ...[1, 2, 3, 4].map((i) => `current_${i}`),
    ...[1, 2, 3, 4].map((i) => `desired_${i}`),
  ];
  const quote = (cell: string) => (cell.includes(',') ? `"${cell}"` : cell);
  const rows = WORKSHOP.map((words, i) => [`P${i + 1}`, '', ...words].map(quote).join(','));
  const csv = join(app.dataDir, 'workshop.csv');
  await writeFile(csv, [header.join(','), ...rows].join('\n'));
  await app.cli('import', 'culture', csv, '--session', id);
  await page.goto(`${app.url}#/session/${id}/culture`);
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 12');
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  // Stored, then shown from the stored session.
  await expect
    .poll(async () => ((await app.sessionOnDisk(id)).culture as { revealed: boolean }).revealed)
    .toBe(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Resultaten verbergen' })).toBeVisible();
  return id;
}

interface CloudFigures {
  /** Share of the card's width and height the words' box covers. */
  coverWidth: number;
  coverHeight: number;
  /** Every word drawn, with its count and its font size on screen in CSS pixels. */
  words: { key: string; count: number; px: number }[];
  /** Words that stick out of the picture. */
  outside: number;
}

/** Reads a cloud from the page as drawn: its words' box against its card, and each word's size. */
async function measure(card: Locator): Promise<CloudFigures> {
  await expect(card.locator(`svg${CHART_READY_SELECTOR}`)).toBeVisible();
  return card.evaluate((element) => {
    const svg = element.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    // Screen pixels per picture unit, also when the picture is letterboxed in its element.
    const perUnit = svg.getScreenCTM()!.a;
    const cardBox = element.getBoundingClientRect();
    const groups = [...svg.querySelectorAll<SVGGElement>('g[data-key]')];
    const rects = groups.map((g) => g.querySelector('text')!.getBoundingClientRect());
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const outside = rects.filter(
      (r) =>
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        r.top < box.top - 1 ||
        r.bottom > box.bottom + 1,
    ).length;
    return {
      coverWidth: (right - left) / cardBox.width,
      coverHeight: (bottom - top) / cardBox.height,
      outside,
      words: groups.map((g) => ({
        key: g.dataset.key!,
        count: Number(g.dataset.count),
        px: Number(g.querySelector('text')!.getAttribute('font-size')) * perUnit,
      })),
    };
  });
}

/** Same count, same size: the sizes of each count, from both clouds together. */
function sizesByCount(clouds: CloudFigures[]): Map<number, Set<string>> {
  const sizes = new Map<number, Set<string>>();
  for (const word of clouds.flatMap((c) => c.words)) {
    const set = sizes.get(word.count) ?? new Set<string>();
    set.add(word.px.toFixed(1));
    sizes.set(word.count, set);
  }
  return sizes;
}

function expectFilled(figures: CloudFigures) {
  expect(Math.max(figures.coverWidth, figures.coverHeight)).toBeGreaterThanOrEqual(0.7);
  expect(figures.outside).toBe(0);
}

test('a workshop of twelve: both clouds fill their cards at one scale, read from the back of the room, and download under the session name', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await workshopSession(page, app);
  await page.getByRole('button', { name: 'Woordwolken' }).click();
  const current = await measure(page.getByTestId('cloud-current'));
  await page.screenshot({ path: join(ARTIFACTS, 'culture-clouds-1920.png') });
  const desired = await measure(page.getByTestId('cloud-desired'));
  console.log(
    `1920×1080: current covers ${current.coverWidth.toFixed(2)} × ${current.coverHeight.toFixed(2)}, ` +
      `desired ${desired.coverWidth.toFixed(2)} × ${desired.coverHeight.toFixed(2)}; smallest ` +
      `${Math.min(...current.words.map((w) => w.px)).toFixed(1)} / ${Math.min(...desired.words.map((w) => w.px)).toFixed(1)} px`,
  );
  // Every word is shown, whole: the phrase too, without "…".
  const distinct = (side: 0 | 1) =>
    new Set(
      WORKSHOP.flatMap((words) => words.slice(side * 4, side * 4 + 4).map((w) => w.toLowerCase())),
    ).size;
  expect(current.words).toHaveLength(distinct(0));
  expect(desired.words).toHaveLength(distinct(1));
  await expect(
    page
      .getByTestId('cloud-desired')
      .locator('text', { hasText: 'zeg wat je doet, doe wat je zegt' }),
  ).toHaveCount(1);
  await expect(page.getByTestId('cloud-pair').locator('text', { hasText: '…' })).toHaveCount(0);
  expectFilled(current);
  expectFilled(desired);
  for (const words of [current.words, desired.words]) {
    expect(Math.min(...words.map((w) => w.px))).toBeGreaterThanOrEqual(24);
  }
  // One scale: every count has one size over both clouds (betrokken 6 now, open 8 wanted, …),
  // and more mentions never make a word smaller.
  const sizes = sizesByCount([current, desired]);
  for (const [count, set] of sizes)
    expect([count, [...set]]).toEqual([count, [expect.any(String)]]);
  const ordered = [...sizes].sort((a, b) => a[0] - b[0]).map(([, set]) => Number([...set][0]));
  expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
  // Counts that are in both clouds prove it across them.
  const shared = [...new Set(current.words.map((w) => w.count))].filter((c) =>
    desired.words.some((w) => w.count === c),
  );
  expect(shared.length).toBeGreaterThanOrEqual(2);

  // Downloads carry the session and the side in their name, the title and the participants inside.
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Huidige cultuur als SVG' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('zorggroep-de-linde-mt-sessie-huidige-cultuur.svg');
  const svgText = Buffer.concat(await (await svg.createReadStream()).toArray()).toString();
  expect(svgText).toMatch(/^<svg[^>]*xmlns/);
  expect(svgText).toContain('>Huidige cultuur</text>');
  expect(svgText).toContain('Zorggroep De Linde MT-sessie · 12 deelnemers');
  expect(svgText).toContain('>betrokken</text>');
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Gewenste cultuur als PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('zorggroep-de-linde-mt-sessie-gewenste-cultuur.png');
  const pngBytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  await png.saveAs(join(ARTIFACTS, 'culture-clouds-download.png'));

  // A smaller screen: still filled.
  await page.setViewportSize({ width: 1366, height: 768 });
  const small = [
    await measure(page.getByTestId('cloud-current')),
    await measure(page.getByTestId('cloud-desired')),
  ];
  console.log(
    `1366×768: covers ${small.map((c) => `${c.coverWidth.toFixed(2)} × ${c.coverHeight.toFixed(2)}`).join(', ')}`,
  );
  small.forEach(expectFilled);
  await page.screenshot({ path: join(ARTIFACTS, 'culture-clouds-1366.png') });
});

test('the projector and the printed report: the same clouds, filled, at one scale, no tiny words', async ({
  page,
  app,
}) => {
  // Prints a PDF with Chromium besides: slow on a busy machine.
  test.slow();
  const id = await workshopSession(page, app);
  // The projector, at 1920×1080 as on a beamer: the same rules.
  const projector = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1920, height: 1080 } });
  await projector.goto(`${app.url}#/projector/${id}/culture`);
  const onBeamer = [
    await measure(projector.getByTestId('projector-cloud-current')),
    await measure(projector.getByTestId('projector-cloud-desired')),
  ];
  console.log(
    `projector: covers ${onBeamer.map((c) => `${c.coverWidth.toFixed(2)} × ${c.coverHeight.toFixed(2)}`).join(', ')}; smallest ` +
      onBeamer.map((c) => Math.min(...c.words.map((w) => w.px)).toFixed(1)).join(' / '),
  );
  onBeamer.forEach(expectFilled);
  for (const cloud of onBeamer) {
    expect(Math.min(...cloud.words.map((w) => w.px))).toBeGreaterThanOrEqual(24);
  }
  for (const [count, set] of sizesByCount(onBeamer)) {
    expect([count, [...set]]).toEqual([count, [expect.any(String)]]);
  }
  await projector.screenshot({ path: join(ARTIFACTS, 'culture-clouds-projector.png') });
  await projector.close();

  // The report as it is printed (A4 is 794 CSS pixels wide; 1 px = 0.75 pt): filled, one
  // scale, and no word smaller than 7 pt.
  const printed = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 794, height: 1123 } });
  await printed.emulateMedia({ media: 'print' });
  await printed.goto(`${app.url}${printRoute(id, { language: 'nl', sections: ['culture'] })}`);
  await expect(printed.locator(REPORT_READY_SELECTOR)).toHaveCount(1);
  const inPdf = [
    await measure(printed.locator('.report-cloud.report-current')),
    await measure(printed.locator('.report-cloud.report-desired')),
  ];
  console.log(
    `PDF: covers ${inPdf.map((c) => `${c.coverWidth.toFixed(2)} × ${c.coverHeight.toFixed(2)}`).join(', ')}; smallest ` +
      inPdf.map((c) => (Math.min(...c.words.map((w) => w.px)) * 0.75).toFixed(1)).join(' / ') +
      ' pt',
  );
  inPdf.forEach(expectFilled);
  for (const cloud of inPdf) {
    expect(Math.min(...cloud.words.map((w) => w.px)) * 0.75).toBeGreaterThanOrEqual(7);
  }
  for (const [count, set] of sizesByCount(inPdf)) {
    expect([count, [...set]]).toEqual([count, [expect.any(String)]]);
  }
  await printed.close();
  const pdf = join(app.dataDir, 'culture.pdf');
  await app.cli('report', id, '--out', pdf, '--sections', 'culture');
  await run('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    join(ARTIFACTS, 'culture-clouds-pdf'),
  ]);
});
