import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, lastLine, test } from './fixtures';
import { CHART_READY_SELECTOR } from '../../shared/contracts/printRoute';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

interface Answers {
  current: string[];
  desired: string[];
}

const PARTICIPANTS: Answers[] = [
  {
    current: ['Bureaucratisch', 'traag', 'Klantgericht'],
    desired: ['klantgericht', 'Snel', 'open'],
  },
  { current: ['bureaucratisch', 'Créatief'], desired: ['creatief', 'snel', 'Klantgericht'] },
  {
    current: ['Traag', 'bureaucratisch.', '<img src=x onerror=alert(1)>'],
    desired: ['open', 'Snel!', 'wendbaar', 'klantgerichtheid'],
  },
];

async function cloudWords(page: Page, theme: 'current' | 'desired'): Promise<string[]> {
  const svg = page.getByTestId(`cloud-${theme}`).locator(`svg${CHART_READY_SELECTOR}`);
  await expect(svg).toBeVisible();
  return (await svg.locator('text').allTextContents()).sort();
}

async function newSession(app: { cli(...args: string[]): Promise<string> }, name: string) {
  return lastLine(await app.cli('sessions', 'create', '--name', name));
}

test('three participants in participant mode; the facilitator merges, hides and shows from-to', async ({
  page,
  app,
}) => {
  page.on('dialog', () => {
    throw new Error('a word was executed as script');
  });
  const id = await newSession(app, 'Cultuursessie');
  await page.goto(`${app.url}#/session/${id}/culture`);

  // Participant mode, behind a PIN.
  await page.getByRole('button', { name: 'Deelnemersmodus' }).click();
  await page.getByRole('dialog').getByLabel('Pincode').fill('2468');
  await page.getByRole('button', { name: 'Start deelnemersmodus' }).click();
  await expect(
    page.getByText('Beschrijf onze cultuur zoals die NU is, in vier woorden'),
  ).toBeVisible();

  for (const answers of PARTICIPANTS) {
    for (const [side, label] of [
      ['current', 'Huidige cultuur'],
      ['desired', 'Gewenste cultuur'],
    ] as const) {
      for (const [i, word] of answers[side].entries()) {
        const box = page.getByLabel(`${label}: Woord ${i + 1}`, { exact: true });
        if (answers === PARTICIPANTS[0]) {
          // Typing and Enter: Enter moves on to the next box and never hands in half an answer.
          await expect(box).toBeFocused();
          await page.keyboard.type(word);
          await page.keyboard.press('Enter');
        } else {
          await box.fill(word);
        }
      }
      if (answers === PARTICIPANTS[0] && side === 'current') {
        await page.getByLabel('Huidige cultuur: Woord 4', { exact: true }).press('Enter');
      }
    }
    if (answers === PARTICIPANTS[2]) {
      await page.screenshot({ path: join(ARTIFACTS, 'culture-kiosk.png') });
    }
    await page.getByRole('button', { name: 'Klaar' }).click();
    await expect(page.getByRole('status')).toHaveText(/Dank je wel/);
    await page.getByRole('button', { name: 'Volgende deelnemer' }).click();
    // The form is empty again for the next person, who never sees earlier answers.
    await expect(page.getByLabel('Huidige cultuur: Woord 1', { exact: true })).toHaveValue('');
    await expect(page.getByText('Klantgericht')).toHaveCount(0);
  }

  // Leaving participant mode needs the PIN.
  await page.getByRole('button', { name: 'Begeleider' }).click();
  await page.getByRole('dialog').getByLabel('Pincode').fill('0000');
  await page.getByRole('button', { name: 'Verlaten' }).click();
  await expect(page.getByText('Onjuiste pincode.')).toBeVisible();
  await page.getByRole('dialog').getByLabel('Pincode').fill('2468');
  await page.getByRole('button', { name: 'Verlaten' }).click();
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 3');

  // Results stay hidden until revealed.
  await page.getByRole('button', { name: 'Woordwolken' }).click();
  await expect(page.getByText('De resultaten blijven verborgen')).toBeVisible();
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  expect(await cloudWords(page, 'current')).toEqual(
    ['<img src=x onerror=alert(1)>', 'bureaucratisch', 'créatief', 'klantgericht', 'traag'].sort(),
  );
  expect(await cloudWords(page, 'desired')).toEqual(
    ['créatief', 'klantgericht', 'klantgerichtheid', 'open', 'snel', 'wendbaar'].sort(),
  );

  // Curation: merge klantgerichtheid into klantgericht (typed in the word search), hide traag.
  await page.getByRole('button', { name: 'Woorden bewerken' }).click();
  // exact: the suggestion "klantgerichtheid → klantgericht" has a button labelled likewise.
  const mergeField = page.getByLabel('"klantgerichtheid" samenvoegen met', { exact: true });
  await mergeField.fill('klantgericht');
  await mergeField.press('Enter');
  await expect(page.getByTestId('merge-log')).toContainText('klantgerichtheid → klantgericht');
  await page.getByRole('button', { name: 'Verbergen: traag' }).click();
  await expect(page.getByTestId('hidden-words')).toContainText('traag');
  // The box follows the saved session, so it turns on once the change is stored.
  await page.getByLabel('Beperkend: bureaucratisch').click();
  await expect(page.getByLabel('Beperkend: bureaucratisch')).toBeChecked();
  await page.screenshot({ path: join(ARTIFACTS, 'culture-words.png'), fullPage: true });

  await page.getByRole('button', { name: 'Woordwolken' }).click();
  expect(await cloudWords(page, 'current')).toEqual(
    ['<img src=x onerror=alert(1)>', 'bureaucratisch', 'créatief', 'klantgericht'].sort(),
  );
  expect(await cloudWords(page, 'desired')).toEqual(
    ['créatief', 'klantgericht', 'open', 'snel', 'wendbaar'].sort(),
  );
  await expect(
    page.getByTestId('cloud-desired').locator('g[data-key="klantgericht"] title'),
  ).toHaveText('klantgericht: 3');

  // Van → naar. Desired mentions: klantgericht 3, snel 3, open 2, créatief 1, wendbaar 1 = 10;
  // also current: klantgericht 3 + créatief 1 = 4 → 40 %. Entropy: bureaucratisch 3 of
  // current 3 + 1 + 1 + 1 (traag hidden) = 6 → 50 %.
  await page.getByRole('button', { name: 'Van → naar' }).click();
  const fromTo = page.getByTestId('from-to');
  await expect(fromTo.getByTestId('keep').locator('.culture-word')).toHaveText([
    'klantgericht',
    'créatief',
  ]);
  await expect(fromTo.getByTestId('let-go').locator('.culture-word')).toHaveText([
    'bureaucratisch',
    '<img src=x onerror=alert(1)>',
  ]);
  await expect(fromTo.getByTestId('develop').locator('.culture-word')).toHaveText([
    'snel',
    'open',
    'wendbaar',
  ]);
  await expect(fromTo.getByTestId('overlap')).toHaveText('40%');
  await expect(fromTo.getByTestId('entropy')).toHaveText('50%');

  // A reload keeps everything (the data is on disk, the view is remembered).
  await page.reload();
  await expect(page.getByTestId('from-to').getByTestId('keep')).toContainText('klantgericht');
  const onDisk = (await app.sessionOnDisk(id)) as { culture: Record<string, unknown> };
  expect(onDisk.culture.merges).toEqual([{ from: 'klantgerichtheid', into: 'klantgericht' }]);
  expect(onDisk.culture.hidden).toEqual(['traag']);
  expect(onDisk.culture.revealed).toBe(true);

  await page.getByRole('button', { name: 'Woordwolken' }).click();
  expect(await cloudWords(page, 'desired')).toContain('klantgericht');
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.screenshot({ path: join(ARTIFACTS, 'culture-clouds.png') });
  await page.getByRole('button', { name: 'Van → naar' }).click();
  await page.screenshot({ path: join(ARTIFACTS, 'culture-from-to.png') });
});

test('the entry grid, a spreadsheet paste and a CSV import, all undoable', async ({
  page,
  app,
}) => {
  const id = await newSession(app, 'Invoer');
  await page.goto(`${app.url}#/session/${id}/culture`);
  const newRow = page.getByTestId('culture-new-row');

  // Type one participant: Tab and Enter move on, Ctrl+Enter saves and opens a fresh row.
  await newRow.getByLabel('Nu 1 (1)').fill('open');
  await page.keyboard.press('Tab');
  await page.keyboard.type('eerlijk');
  await page.keyboard.press('Enter');
  await expect(newRow.getByLabel('Nu 3 (1)')).toBeFocused();
  await newRow.getByLabel('Gewenst 1 (1)').fill('snel');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('culture-row')).toHaveCount(1);
  await expect(page.getByLabel('Nu 1 (2)')).toBeFocused();
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 1');
  // Enter through the last cell of the new row saves it too.
  await page.keyboard.type('log');
  await page.getByLabel('Gewenst 4 (2)').focus();
  await page.keyboard.type('vlot');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('culture-row')).toHaveCount(2);
  await expect(page.getByLabel('Nu 1 (3)')).toBeFocused();
  await page.getByRole('button', { name: 'Rij verwijderen (2)' }).click();
  await expect(page.getByTestId('culture-row')).toHaveCount(1);

  // Paste three lines copied from a spreadsheet (tab-separated) into the first word cell.
  await page.getByLabel('Nu 1 (2)').evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'traag\tlog\t\t\tvlot\nopen\t\t\t\topen\n\t\t\t\twendbaar\n');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page.getByTestId('culture-row')).toHaveCount(4);
  await expect(page.getByLabel('Gewenst 1 (4)')).toHaveValue('wendbaar');

  // Edit a row: the change is saved when leaving the row.
  await page.getByLabel('Nu 2 (1)').fill('eerlijk en open');
  await page.getByLabel('Nu 1 (3)').click();
  await expect(page.getByLabel('Nu 2 (1)')).toHaveValue('eerlijk en open');
  await expect
    .poll(async () => {
      const onDisk = (await app.sessionOnDisk(id)) as {
        culture: { entries: { current: string[] }[] };
      };
      return onDisk.culture.entries[0]?.current;
    })
    .toEqual(['open', 'eerlijk en open']);

  // A bad CSV imports nothing and says which line is wrong.
  const badCsv = join(app.dataDir, 'bad.csv');
  await writeFile(
    badCsv,
    'participant,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4\nP1,a,b,c,d,e,f,g,h,i\n',
  );
  await page.getByTestId('csv-import-culture').setInputFiles(badCsv);
  await expect(page.getByRole('dialog')).toContainText('Regel 2: deze rij heeft meer cellen');
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByTestId('culture-row')).toHaveCount(4);

  // The sample file imports eight participants and two groups as one step; undo takes it back.
  await page
    .getByTestId('csv-import-culture')
    .setInputFiles(join(import.meta.dirname, '..', '..', 'resources', 'samples', 'culture.csv'));
  await expect(page.getByTestId('culture-row')).toHaveCount(12);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByTestId('culture-row')).toHaveCount(4);

  await page.screenshot({ path: join(ARTIFACTS, 'culture-entry.png'), fullPage: true });

  // Delete a row.
  await page.getByRole('button', { name: 'Rij verwijderen (4)' }).click();
  await expect(page.getByTestId('culture-row')).toHaveCount(3);

  // Odd words: 500 characters, emoji, right-to-left text, markup. All shown as plain text.
  const long = 'lang'.repeat(125);
  await page.getByLabel('Nu 1 (4)').fill(long);
  await page.getByLabel('Nu 2 (4)').fill('🚀 vooruit');
  await page.getByLabel('Nu 3 (4)').fill('مرحبا');
  await page.getByLabel('Nu 4 (4)').fill('<b>vet</b>');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('culture-row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  await page.getByRole('button', { name: 'Woordwolken' }).click();
  await page.getByLabel('Tabel tonen').check();
  const words = await cloudWords(page, 'current');
  expect(words).toEqual(expect.arrayContaining(['🚀 vooruit', 'مرحبا', '<b>vet</b>']));
  // Never cut with "…": a word far too long for the cloud is left out, counted under it, and
  // whole in the table.
  expect(words.filter((word) => word.includes('…'))).toEqual([]);
  await expect(page.getByTestId('cloud-current').locator('figcaption')).toHaveText(
    /1 woord past niet in de wolk/,
  );
  await expect(page.getByTestId('cloud-current').locator('table')).toContainText(long);
  await expect(page.getByTestId('cloud-current').locator('b')).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'culture-odd-words.png'), fullPage: true });
});

test('a long grid shows 25 participants a page; a new participant shows on the last page', async ({
  page,
  app,
}) => {
  const id = await newSession(app, 'Grote groep');
  await page.goto(`${app.url}#/session/${id}/culture`);
  // Thirty participants pasted from a spreadsheet: one word each.
  const lines = Array.from({ length: 30 }, (_, i) => `woord${i + 1}`).join('\n');
  await page.getByLabel('Nu 1 (1)').evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', `${text}\n`);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, lines);
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 30');
  // The results are hidden: the answers show after the facilitator asks for them.
  await page.getByRole('button', { name: 'Toon invoer — niet op de beamer' }).click();
  await expect(page.getByText('Deelnemers 1–25 van 30')).toBeVisible();
  await expect(page.getByTestId('culture-row')).toHaveCount(25);
  await expect(page.getByRole('button', { name: 'Vorige' })).toBeDisabled();

  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Deelnemers 26–30 van 30')).toBeVisible();
  await expect(page.getByTestId('culture-row')).toHaveCount(5);
  await expect(page.getByLabel('Nu 1 (26)')).toHaveValue('woord26');
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeDisabled();

  // Back to the first page, then type a 31st participant in the empty row under it: the grid
  // turns to the page that holds the new row.
  await page.getByRole('button', { name: 'Vorige' }).click();
  await expect(page.getByLabel('Nu 1 (1)')).toHaveValue('woord1');
  await page.getByTestId('culture-new-row').getByLabel('Nu 1 (31)').fill('woord31');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Deelnemers 26–31 van 31')).toBeVisible();
  await expect(page.getByLabel('Nu 1 (31)')).toHaveValue('woord31');
});

test('dragging a word onto another merges them; each cloud downloads as SVG and PNG', async ({
  page,
  app,
}) => {
  const id = await newSession(app, 'Slepen');
  await page.goto(`${app.url}#/session/${id}/culture`);
  await page
    .getByTestId('csv-import-culture')
    .setInputFiles(join(import.meta.dirname, '..', '..', 'resources', 'samples', 'culture.csv'));
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 8');
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  await page.getByRole('button', { name: 'Woordwolken' }).click();

  const desired = page.getByTestId('cloud-desired');
  expect(await cloudWords(page, 'desired')).toContain('klantgerichtheid');
  await desired
    .locator('g[data-key="klantgerichtheid"] text')
    .dragTo(desired.locator('g[data-key="klantgericht"] text'));
  await expect(page.getByRole('status').filter({ hasText: 'samengevoegd' })).toContainText(
    '"klantgerichtheid" is samengevoegd met "klantgericht"',
  );
  expect(await cloudWords(page, 'desired')).not.toContain('klantgerichtheid');
  await expect(desired.locator('g[data-key="klantgericht"] title')).toHaveText('klantgericht: 8');

  // Two groups side by side (the import made them).
  await page.getByLabel('Twee groepen naast elkaar').check();
  await expect(page.getByTestId('cloud-pair')).toHaveCount(2);
  await expect(page.getByTestId('cloud-pair').first()).toContainText('management (3)');
  await page.getByLabel('Tabel tonen').check();
  const closeNotice = page.locator('.notice-close');
  while ((await closeNotice.count()) > 0) await closeNotice.first().click();
  await page.screenshot({ path: join(ARTIFACTS, 'culture-two-groups.png'), fullPage: true });
  await page
    .getByTestId('cloud-current')
    .first()
    .screenshot({ path: join(ARTIFACTS, 'culture-management-current.png') });
  await page.getByLabel('Tabel tonen').uncheck();
  await page.getByLabel('Twee groepen naast elkaar').uncheck();

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Huidige cultuur als SVG' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('slepen-huidige-cultuur.svg');
  const svgText = await (await svg.createReadStream()).toArray();
  expect(Buffer.concat(svgText).toString()).toMatch(/^<svg[^>]*xmlns[\s\S]*bureaucratisch/);

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Gewenste cultuur als PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('slepen-gewenste-cultuur.png');
  const pngBytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  await png.saveAs(join(ARTIFACTS, 'culture-desired-download.png'));
});
