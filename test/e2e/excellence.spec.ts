import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, lastLine, test } from './fixtures';
import { HomePage } from './pages/HomePage';

// Not in test-results: Playwright empties that folder at the start of every run.
const SHOTS = join(import.meta.dirname, '..', 'artifacts', 'excellence');

type Mark = number | null;

/** One participant in participant mode: a mark for now and target on each of the nine blocks. */
async function scoreInKiosk(page: Page, now: Mark[], target: Mark[], comment = '', shot = '') {
  await page.getByRole('button', { name: 'Beginnen' }).click();
  for (let i = 0; i < 9; i++) {
    await expect(page.getByText(`Bouwsteen ${i + 1} van 9`)).toBeVisible();
    const nowMark = now[i];
    const targetMark = target[i];
    if (nowMark != null) {
      await page
        .getByRole('group', { name: 'Waar staan we nu?' })
        .getByRole('button', { name: String(nowMark), exact: true })
        .click();
    }
    if (targetMark != null) {
      await page
        .getByRole('group', { name: 'Waar willen we naartoe?' })
        .getByRole('button', { name: String(targetMark), exact: true })
        .click();
    }
    if (i === 0 && comment) await page.getByLabel('Toelichting (mag leeg blijven)').fill(comment);
    if (i === 2 && shot) await page.screenshot({ path: join(SHOTS, shot) });
    await page.getByRole('button', { name: i === 8 ? 'Klaar' : 'Volgende →' }).click();
  }
  await expect(page.getByText('Dank je wel! Je antwoorden zijn bewaard.')).toBeVisible();
  await page.getByRole('button', { name: 'Volgende deelnemer' }).click();
}

/** The figures of one block in the results table, as shown (Dutch number format). */
async function figures(page: Page, block: number) {
  const row = page.getByTestId('excellence-stats').locator(`tr[data-block="${block}"]`);
  const cell = (figure: string) => row.locator(`[data-figure="${figure}"]`).innerText();
  return {
    now: await Promise.all(['mean', 'median', 'min', 'max', 'sd'].map((f) => cell(`now.${f}`))),
    target: await Promise.all(
      ['mean', 'median', 'min', 'max', 'sd'].map((f) => cell(`target.${f}`)),
    ),
    gap: await cell('gap'),
    wide: (await row.getAttribute('class')) === 'wide',
  };
}

test('a team scores itself in participant mode and the grid, sees the results and agrees an action', async ({
  page,
  app,
}) => {
  await mkdir(SHOTS, { recursive: true });
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'MT-sessie'));
  await page.goto(`${app.url}#/session/${id}/excellence`);

  // The introduction: pyramid and the nine blocks with their explanation.
  await expect(page.getByRole('heading', { name: 'Het Service Excellence Model' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'De service-excellencepiramide' })).toBeVisible();
  await expect(page.locator('.block-card')).toHaveCount(9);
  await page.screenshot({ path: join(SHOTS, 'intro.png') });

  // Two participants in participant mode.
  await page.getByRole('button', { name: 'Deelnemersmodus' }).click();
  await page.getByRole('dialog').getByLabel('Pincode').fill('2468');
  await page.getByRole('button', { name: 'Start deelnemersmodus' }).click();
  await expect(page).toHaveURL(/#\/kiosk\//);
  await page.setViewportSize({ width: 1280, height: 720 });
  await scoreInKiosk(
    page,
    [5, 6, 2, 6, 5, 7, 5, 6, 4],
    [8, 8, 8, 8, 8, 9, 8, 8, 7],
    '',
    'kiosk-block.png',
  );
  await page.screenshot({ path: join(SHOTS, 'kiosk-welcome.png') });
  await scoreInKiosk(
    page,
    [7, 7, 8, 6, 5, 7, 5, 6, 4],
    [9, 8, 8, 8, 8, 9, 8, 8, null],
    'Meer klantcontact',
  );
  await page.getByRole('button', { name: 'Begeleider' }).click();
  await page.getByRole('dialog').getByLabel('Pincode').fill('2468');
  await page.getByRole('button', { name: 'Verlaten' }).click();
  await expect(page).toHaveURL(/#\/session\/.*\/excellence$/);

  // Nothing is shown before the facilitator reveals it.
  await page.getByRole('button', { name: 'Resultaten', exact: true }).click();
  await expect(page.getByTestId('excellence-counter')).toHaveText('Deelnemers: 2');
  await expect(
    page.getByText(
      'De resultaten blijven verborgen tot je ze toont, zodat niemand zich laat leiden door de antwoorden van anderen.',
    ),
  ).toBeVisible();
  await expect(page.getByTestId('radar')).toHaveCount(0);

  // A third participant from a paper form, typed into the grid with the keyboard.
  await page.getByRole('button', { name: 'Antwoorden', exact: true }).click();
  // The results are hidden, so the grid of everyone's scores opens only on request.
  await expect(page.getByTestId('entry-row')).toHaveCount(0);
  await page.getByRole('button', { name: 'Toon invoer — niet op de beamer' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(3);
  const typed = [
    '6',
    '8,5',
    '7',
    '8',
    '5',
    '8',
    '6',
    '8',
    '5',
    '8',
    '7',
    '9',
    '5',
    '8',
    '6',
    '8',
    '4',
    '7',
  ];
  await expect(page.getByLabel('P3, bouwsteen 1, nu')).toBeFocused();
  for (const mark of typed) {
    await page.keyboard.type(mark);
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('P3, bouwsteen 9, doel')).toHaveValue('7');
  await page.screenshot({ path: join(SHOTS, 'grid.png') });
  // A wrong mark is refused with a hint and not saved.
  await page.getByLabel('P3, bouwsteen 2, nu').fill('12');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('P3, bouwsteen 2, nu')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('P3, bouwsteen 2, nu').fill('7');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('P3, bouwsteen 2, nu')).toHaveAttribute('aria-invalid', 'false');

  // Reveal: the figures per block, hand-computed.
  await page.getByRole('button', { name: 'Resultaten', exact: true }).click();
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  await expect(page.getByTestId('excellence-stats')).toBeVisible();
  // Block 1: now 5, 7, 6 → mean 6, median 6, sd 1; target 8, 9, 8.5 → mean 8.5, sd 0.5; gap 2.5.
  expect(await figures(page, 1)).toEqual({
    now: ['6,0', '6,0', '5,0', '7,0', '1,00'],
    target: ['8,5', '8,5', '8,0', '9,0', '0,50'],
    gap: '2,5',
    wide: false,
  });
  // Block 3: now 2, 8, 5 → mean 5, sd 3, range 6: wide spread; target 8 8 8; gap 3.
  expect(await figures(page, 3)).toEqual({
    now: ['5,0', '5,0', '2,0', '8,0', '3,00'],
    target: ['8,0', '8,0', '8,0', '8,0', '0,00'],
    gap: '3,0',
    wide: true,
  });
  // Block 9: the second participant gave no target → target n = 2: 7, 7; gap 7 − 4 = 3.
  expect((await figures(page, 9)).target).toEqual(['7,0', '7,0', '7,0', '7,0', '0,00']);

  // The radar: nine labelled axes and two series (now, target).
  const radar = page.getByTestId('radar');
  await expect(radar.getByTestId('radar-axis-label')).toHaveCount(9);
  await expect(radar.getByTestId('radar-axis-label').first()).toHaveAttribute(
    'aria-label',
    /^1\. Klantbehoeften/,
  );
  await expect(radar.getByTestId('radar-axis-label').nth(8)).toHaveAttribute(
    'aria-label',
    /^9\. Innovatie/,
  );
  await expect(radar.getByTestId('radar-series')).toHaveCount(2);
  await expect(radar.locator('[data-series="now"]')).toBeVisible();
  await expect(radar.locator('[data-series="target"]')).toBeVisible();

  // Ranking: gaps of 3 on blocks 3, 5, 7 and 9; the first three in block order are highlighted.
  await expect(page.locator('.ranking-item.candidate')).toHaveCount(3);
  await expect(page.getByTestId('ranking-item').first()).toContainText('3. Leiderschap');

  // On the projector: 1280×720.
  await page.setViewportSize({ width: 1280, height: 720 });
  await radar.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'results-1280x720.png') });
  await radar.screenshot({ path: join(SHOTS, 'radar.png') });

  // An action for the largest gap, its status changed, and everything still there after a reload.
  await page.getByRole('button', { name: 'Acties', exact: true }).click();
  await expect(page.getByLabel('Bouwsteen').first()).toHaveValue('3');
  await page.getByLabel('Wat').first().fill('Elke maand een dag meelopen met de klantenservice');
  await page.getByLabel('Wie').first().fill('MT');
  await page.getByLabel('Wanneer').first().fill('vanaf april');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const action = page.getByTestId('action-row');
  await expect(action).toHaveCount(1);
  await action.getByLabel('Status').selectOption({ label: 'Bezig' });
  await expect(action.getByLabel('Status')).toHaveValue('doing');
  await page.screenshot({ path: join(SHOTS, 'actions.png') });

  await page.reload();
  await expect(page.getByTestId('action-row')).toHaveCount(1);
  await expect(page.getByTestId('action-row').getByLabel('Wat')).toHaveValue(
    'Elke maand een dag meelopen met de klantenservice',
  );
  await expect(page.getByTestId('action-row').getByLabel('Status')).toHaveValue('doing');
  await page.getByRole('button', { name: 'Resultaten', exact: true }).click();
  await expect(page.getByTestId('radar').getByTestId('radar-series')).toHaveCount(2);

  const onDisk = (await app.sessionOnDisk(id)) as {
    excellence: { participants: { scores: Record<string, { comment: string }> }[] };
  };
  expect(onDisk.excellence.participants).toHaveLength(3);
  expect(onDisk.excellence.participants[1]!.scores['1']!.comment).toBe('Meer klantcontact');
});

test('CSV import with groups: problems are shown, a good file gives the per-group comparison', async ({
  page,
  app,
}) => {
  await mkdir(SHOTS, { recursive: true });
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Groepen'));
  await page.goto(`${app.url}#/session/${id}/excellence?view=entry`);

  // A bad file: line-numbered problems, nothing imported.
  const bad = 'participant;group;block;now;target\nP1;MT;1;7,5;9\nP1;MT;10;7;9\nP2;MT;2;11;9\n';
  await page.getByTestId('csv-import-excellence').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bad),
  });
  const problems = page.getByRole('dialog');
  await expect(problems).toContainText('Regel 3: bouwsteen "10" bestaat niet');
  await expect(problems).toContainText('Regel 4: de waarde "11" in de kolom now');
  await problems.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(0);

  // The sample file: 7 participants in two groups.
  await page
    .getByTestId('csv-import-excellence')
    .setInputFiles(join(import.meta.dirname, '..', '..', 'resources', 'samples', 'excellence.csv'));
  await expect(page.getByText('7 deelnemers geïmporteerd.')).toBeVisible();
  // Imported scores stay closed until asked for while the results are hidden.
  await page.getByRole('button', { name: 'Toon invoer — niet op de beamer' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(7);

  await page.getByRole('button', { name: 'Resultaten', exact: true }).click();
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  const groupRadar = page.locator('.group-comparison').getByTestId('radar');
  await expect(groupRadar.getByTestId('radar-series')).toHaveCount(2);
  await expect(page.getByTestId('group-differences').locator('tbody tr')).toHaveCount(9);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator('.group-comparison').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'groups-1280x720.png') });
});

test('a repeat session shows the earlier "now" beside the current one', async ({ page, app }) => {
  const samples = join(import.meta.dirname, '..', '..', 'resources', 'samples');
  const first = lastLine(await app.cli('sessions', 'create', '--name', 'Voorjaar'));
  await page.goto(`${app.url}#/session/${first}/excellence?view=entry`);
  await page.getByTestId('csv-import-excellence').setInputFiles(join(samples, 'excellence.csv'));
  await page.getByRole('button', { name: 'Toon invoer — niet op de beamer' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(7);

  await new HomePage(page).open(app.url);
  await page
    .getByTestId('session-row')
    .filter({ hasText: 'Voorjaar' })
    .getByRole('button', { name: 'Herhalen' })
    .click();
  await expect(page.getByTestId('session-row')).toHaveCount(2);
  const repeat = (await app.sessionFiles())
    .map((file) => file.replace(/\.json$/, ''))
    .find((id) => id !== first)!;

  await page.goto(`${app.url}#/session/${repeat}/excellence?view=entry`);
  await expect(page.getByText('Nog geen deelnemers.')).toBeVisible();
  await page.getByTestId('csv-import-excellence').setInputFiles(join(samples, 'excellence-nl.csv'));
  await page.getByRole('button', { name: 'Toon invoer — niet op de beamer' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Resultaten', exact: true }).click();
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();

  // Three lines: now, target and the earlier now (dashed); the table has the earlier now too.
  const radar = page.getByTestId('radar').first();
  await expect(radar.getByTestId('radar-series')).toHaveCount(3);
  await expect(radar.locator('[data-series="previous"]')).toBeVisible();
  const stats = page.getByTestId('excellence-stats');
  await expect(stats.getByRole('columnheader', { name: 'Nu vorige keer' })).toBeVisible();
  // Block 1 earlier: now 7 6 6 5 5 5 4 over seven participants = 38/7 = 5.43 → "5,4".
  await expect(stats.locator('tr[data-block="1"] [data-figure="previous"]')).toHaveText('5,4');
  await page.screenshot({ path: join(SHOTS, 'repeat.png'), fullPage: false });
});
