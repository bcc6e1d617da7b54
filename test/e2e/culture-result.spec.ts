import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, lastLine, test } from './fixtures';

const run = promisify(execFile);
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

/**
 * A realistic Dutch workshop of 12: positive traits of today ("betrokken" ×6) named only as the
 * current culture, and the variants that stay apart unless merged (regels/regeltjes, ...).
 */
const WORKSHOP = `participant,group,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4
P1,,betrokken,hiërarchisch,regels,traag,klantgericht,samenwerken,wendbaar,open
P2,,betrokken,collegiaal,bureaucratisch,regeltjes,klantgericht,samenwerking,snel,open
P3,,betrokken,gezellig,hiërarchie,traag,klantgerichtheid,samenwerken,wendbaar,eigenaarschap
P4,,betrokken,loyaal,regels,bureaucratie,klantgericht,eigenaarschap,open,innovatief
P5,,betrokken,collegiaal,afwachtend,regels,klantgericht,wendbaar,samenwerken,snel
P6,,betrokken,hiërarchisch,traag,intern gericht,klantgerichtheid,open,transparant,samenwerken
P7,,betrokkenheid,gezellig,bureaucratisch,regeltjes,klantgericht,eigenaarschap,transparant,wendbaar
P8,,collegiaal,loyaal,hiërarchisch,afwachtend,klantgericht,samenwerking,innovatief,snel
P9,,Betrouwbaar,regels,traag,bureaucratisch,betrouwbaar,klantgericht,open,wendbaar
P10,,betrouwbaar,hiërarchie,voorzichtig,intern gericht,betrouwbaar,snel,eigenaarschap,transparant
P11,,gezellig,afwachtend,regels,traag,klantgericht,open,samenwerken,innovatief
P12,,collegiaal,bureaucratisch,voorzichtig,hiërarchisch,klantgericht,wendbaar,eigenaarschap,open
`;

const VALUES = [
  {
    name: 'Samen voor de cliënt',
    meaning: 'We werken over afdelingen heen aan wat de cliënt nodig heeft.',
    doing: ['We bellen de cliënt binnen een dag terug', 'We lossen het samen op'],
    notDoing: ['Doorverwijzen naar een ander loket'],
  },
  {
    name: 'Betrokken en betrouwbaar',
    meaning: 'We doen wat we zeggen en voelen ons verantwoordelijk.',
    doing: ['Afspraken nakomen'],
    notDoing: ['Wachten tot een ander het oppakt'],
  },
  {
    name: 'Ruimte om te doen',
    meaning: 'Minder regels, meer eigenaarschap.',
    doing: ['Zelf beslissen binnen de kaders'],
    notDoing: ['Toestemming vragen voor elke stap'],
  },
];

/** The PDF's text without any whitespace: table cells and lines wrap anywhere. */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  return stdout.replace(/\s+/g, '');
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

async function listWords(page: Page, list: 'keep' | 'let-go' | 'develop'): Promise<string[]> {
  return page
    .getByTestId('from-to')
    .getByTestId(list)
    .locator('li .culture-word')
    .allTextContents();
}

test('the facilitator steers the from→to, accepts suggestions and writes the culture DNA; the report shows it', async ({
  page,
  app,
}) => {
  // A whole workshop and a PDF export: minutes on a busy machine (the work, not a wait).
  test.setTimeout(300_000);
  const id = lastLine(
    await app.cli('sessions', 'create', '--name', 'Zorggroep De Linde MT-sessie'),
  );
  const csv = join(app.dataDir, 'workshop.csv');
  await writeFile(csv, WORKSHOP);
  await app.cli('import', 'culture', csv, '--session', id);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${app.url}#/session/${id}/culture`);
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  await page.getByRole('button', { name: 'Woorden bewerken' }).click();

  // "Samenvoegen?": the six pairs of the issue are all suggested; nothing is merged by itself.
  const suggestions = page.getByTestId('merge-suggestion');
  for (const [a, b] of [
    ['regeltjes', 'regels'],
    ['klantgerichtheid', 'klantgericht'],
    ['samenwerking', 'samenwerken'],
    ['betrokkenheid', 'betrokken'],
    ['hiërarchie', 'hiërarchisch'],
    ['bureaucratie', 'bureaucratisch'],
  ]) {
    await expect(suggestions.filter({ hasText: a }).filter({ hasText: b })).toHaveCount(1);
  }
  await expect(page.getByTestId('merge-log')).toContainText('Nog niets samengevoegd.');

  // Accept two (normal merges, in the log) and dismiss one (remembered).
  await page
    .getByRole('button', { name: '"klantgerichtheid" samenvoegen met "klantgericht"' })
    .click();
  await expect(page.getByTestId('merge-log')).toContainText('klantgerichtheid → klantgericht');
  await page.getByRole('button', { name: '"regeltjes" samenvoegen met "regels"' }).click();
  await expect(page.getByTestId('merge-log')).toContainText('regeltjes → regels');
  await suggestions
    .filter({ hasText: 'bureaucratie' })
    .getByRole('button', { name: 'Niet samenvoegen' })
    .click();
  await expect(suggestions.filter({ hasText: 'bureaucratie' })).toHaveCount(0);
  await expect(suggestions.filter({ hasText: 'klantgerichtheid' })).toHaveCount(0);
  for (const open of ['betrokkenheid', 'hiërarchie', 'samenwerking']) {
    await expect(suggestions.filter({ hasText: open })).toHaveCount(1);
  }

  // Van → naar: "betrokken" was computed as "let go" only because nobody wished it again.
  await page.getByRole('button', { name: 'Van → naar' }).click();
  const fromTo = page.getByTestId('from-to');
  expect(await listWords(page, 'let-go')).toContain('betrokken');
  expect(await listWords(page, 'keep')).toEqual(['betrouwbaar']);

  // Moved with the menu, by keyboard only.
  const menu = fromTo.getByRole('button', { name: 'Verplaats "betrokken"', exact: true });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: 'Loslaten' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Behouden' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(fromTo.getByTestId('keep').locator('li.culture-moved')).toContainText('betrokken');
  await expect(fromTo.getByTestId('keep')).toContainText('verplaatst van loslaten');
  await expect(fromTo.getByTestId('moved-words')).toContainText('betrokken: loslaten → behouden');
  expect(await listWords(page, 'let-go')).not.toContain('betrokken');

  // Dragged, then undone with Ctrl+Z (the session's undo).
  await fromTo
    .getByTestId('let-go')
    .locator('li', { hasText: 'collegiaal' })
    .dragTo(fromTo.getByTestId('keep'));
  await expect(fromTo.getByTestId('moved-words')).toContainText('collegiaal: loslaten → behouden');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(fromTo.getByTestId('moved-words')).not.toContainText('collegiaal');
  expect(await listWords(page, 'let-go')).toContain('collegiaal');
  expect(await listWords(page, 'keep')).toEqual(['betrokken', 'betrouwbaar']);

  // Ons cultuur-DNA: three values; fewer than three gets a gentle note, never a block.
  const dna = page.getByTestId('core-values');
  for (const [index, value] of VALUES.entries()) {
    await dna.getByRole('button', { name: 'Kernwaarde toevoegen' }).click();
    const n = index + 1;
    await expect(dna.getByLabel(`Naam (${n})`)).toBeFocused();
    if (n === 1) await expect(dna.getByTestId('core-values-advice')).toContainText('1 kernwaarde.');
    await dna.getByLabel(`Naam (${n})`).fill(value.name);
    await dna.getByLabel(`Betekenis (${n})`).fill(value.meaning);
    await dna.getByLabel(`Wat we wel doen (${n})`).fill(value.doing.join('\n'));
    await dna.getByLabel(`Wat we niet meer doen (${n})`).fill(value.notDoing.join('\n'));
    await dna.getByLabel(`Naam (${n})`).focus();
  }
  await expect(dna.getByTestId('core-value')).toHaveCount(3);
  await expect(dna.getByTestId('core-values-advice')).toHaveCount(0);
  // Words onto a value: one dragged, one picked from the word's menu. A synthetic drag cannot
  // scroll the page (a person's browser does, near the window's edge): list and value both in view.
  await page.setViewportSize({ width: 1920, height: 2000 });
  await fromTo
    .getByTestId('develop')
    .locator('li', { hasText: 'klantgericht' })
    .dragTo(dna.getByTestId('core-value').nth(0));
  await fromTo.getByRole('button', { name: 'Verplaats "betrokken"', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Betrokken en betrouwbaar' }).click();
  await expect(dna.getByTestId('core-value').nth(0)).toContainText('klantgericht');
  await expect(dna.getByTestId('core-value').nth(1)).toContainText('betrokken');

  // Everything is on disk.
  await expect
    .poll(async () => {
      const culture = ((await app.sessionOnDisk(id)) as { culture: Record<string, unknown> })
        .culture as {
        steering: unknown;
        coreValues: { name: string; meaning: string; doing: string[]; words: string[] }[];
      };
      return {
        steering: culture.steering,
        values: culture.coreValues.map((v) => [v.name, v.meaning, v.doing, v.words]),
      };
    })
    .toEqual({
      steering: [{ key: 'betrokken', to: 'keep' }],
      values: [
        [VALUES[0]!.name, VALUES[0]!.meaning, VALUES[0]!.doing, ['klantgericht']],
        [VALUES[1]!.name, VALUES[1]!.meaning, VALUES[1]!.doing, ['betrokken']],
        [VALUES[2]!.name, VALUES[2]!.meaning, VALUES[2]!.doing, []],
      ],
    });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(ARTIFACTS, 'culture-result-from-to.png'), fullPage: true });

  // The report tab: the summary names the steered lists and the move; the core values come
  // first in the culture section; the appendix lists every word.
  await page.goto(`${app.url}#/session/${id}/report`);
  const preview = page.getByTestId('report-preview');
  const summary = preview.getByTestId('summary-steered');
  await expect(summary).toContainText('Behouden');
  await expect(summary).toContainText('betrokken, betrouwbaar');
  await expect(summary).toContainText(
    'Door de begeleider verplaatst: betrokken (loslaten → behouden).',
  );
  await expect(summary).toContainText(`Kernwaarden: ${VALUES.map((v) => v.name).join(', ')}.`);
  await expect(preview.getByTestId('report-core-values')).toContainText(VALUES[2]!.meaning);
  await expect(preview.locator('.report-from-to')).toContainText('betrokken (6 → 0) (verplaatst)');
  // Without the appendix, the words past the table's last row are named under it.
  await expect(preview.getByTestId('from-to-rest')).toHaveText(
    'En nog 1 woord: loslaten: bureaucratie (1).',
  );
  await page.getByLabel('Bijlage met ruwe gegevens').click();
  await expect(page.getByLabel('Bijlage met ruwe gegevens')).toBeChecked();
  await expect(preview.getByTestId('appendix-words')).toContainText('bureaucratie');
  await expect(preview.getByTestId('from-to-rest')).toHaveText(
    'En nog 1 woord; de bijlage noemt het ook.',
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer PDF' }).click();
  const file = join(app.dataDir, 'result.pdf');
  await (await download).saveAs(file);
  const text = await pdfText(file);
  for (const value of VALUES) {
    for (const line of [value.name, value.meaning, ...value.doing, ...value.notDoing]) {
      expect(text).toContain(squeezed(line));
    }
  }
  expect(text).toContain(
    squeezed('Door de begeleider verplaatst: betrokken (loslaten → behouden).'),
  );
  expect(text).toContain(squeezed('betrokken (6 → 0) (verplaatst)'));
  expect(text).toContain(squeezed('Ons cultuur-DNA: de kernwaarden'));
  // Every word of the from→to reaches the PDF: in the table, or in the appendix's list.
  for (const word of ['voorzichtig', 'intern gericht', 'loyaal', 'transparant', 'innovatief']) {
    expect(text).toContain(squeezed(word));
  }
  // The pages as pictures, to look at.
  await run('pdftoppm', ['-png', '-r', '60', file, join(ARTIFACTS, 'culture-result-page')]);
});
