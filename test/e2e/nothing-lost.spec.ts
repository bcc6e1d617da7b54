import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportSessionFile } from '../../main/store/transfer';
import { screensSession } from '../fixtures/screensSession';
import { expect, lastLine, test, type App } from './fixtures';
import { ParticipantMode } from './pages/ParticipantMode';

// Issue 15, "nothing collected and then lost": what participants and the app hold is shown
// where the facilitator needs it.

const COMMENT = 'Hiërarchisch: alles moet via de afdelingsmanager.';

async function importWorkshop(app: App): Promise<string> {
  const file = join(app.dataDir, 'workshop.klantkompas.json');
  await writeFile(file, exportSessionFile(screensSession('nl')).json);
  return lastLine(await app.cli('sessions', 'import', file));
}

test('Kano: "Klaar" with open wishes names them and asks once before sending', async ({
  page,
  app,
}) => {
  const id = await importWorkshop(app);
  const respondents = async () =>
    ((await app.sessionOnDisk(id)).kano as { respondents: { answers: object }[] }).respondents;
  const before = (await respondents()).length;
  await page.goto(`${app.url}#/session/${id}/kano`);
  const mode = new ParticipantMode(page);
  await mode.start();
  await mode.chooseGroup('Management');

  const answer = async (index: number) => {
    const wish = page.getByTestId('kiosk-wish').nth(index);
    await wish
      .getByRole('group', { name: /er is\?$/ })
      .getByRole('button')
      .first()
      .click();
    await wish
      .getByRole('group', { name: /er NIET is\?$/ })
      .getByRole('button')
      .last()
      .click();
  };
  await answer(0);
  await mode.done.click();
  const open = page.getByTestId('kano-open-wishes');
  await expect(open).toContainText('7 wensen zijn nog niet beantwoord');
  await expect(open.getByRole('listitem')).toHaveCount(7);
  await expect(open).toContainText('Vaste contactpersoon');
  await expect(open).not.toContainText('Factuur klopt altijd');
  await expect(mode.thanks).toBeHidden();
  expect(await respondents()).toHaveLength(before);

  // Back to the form; one more wish; "Klaar" again sends, without asking a second time.
  await open.getByRole('button', { name: 'Verder invullen' }).click();
  await expect(open).toBeHidden();
  await answer(1);
  await mode.done.click();
  await expect(mode.thanks).toBeVisible();
  const after = await respondents();
  expect(after).toHaveLength(before + 1);
  expect(Object.keys(after.at(-1)!.answers)).toHaveLength(2);
});

test('Service Excellence comments: per building block in the results (after the reveal) and in the report', async ({
  page,
  app,
}) => {
  const id = await importWorkshop(app);
  await page.goto(`${app.url}#/session/${id}/excellence?view=results`);
  const comments = page.getByTestId('excellence-comments');
  await expect(comments).toContainText('3. Leiderschap en betrokkenheid van het management');
  await expect(comments).toContainText(COMMENT);
  await expect(comments).toContainText('2 toelichtingen');

  // Hidden with the results.
  await page.getByRole('button', { name: 'Resultaten verbergen' }).click();
  await expect(page.getByTestId('results-hidden')).toBeVisible();
  await expect(page.getByText(COMMENT)).toHaveCount(0);

  // The report (its preview is the PDF's page): in the appendix, per block.
  await page.goto(`${app.url}#/session/${id}/report`);
  const preview = page.getByTestId('report-preview');
  await expect(preview).toContainText('Service Excellence: toelichtingen per bouwsteen');
  await expect(preview.locator('.report-comments')).toContainText(COMMENT);
});

test('Settings show the session id for the command line, with a copy button', async ({
  page,
  app,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  const id = await importWorkshop(app);
  await page.goto(`${app.url}#/session/${id}/settings`);
  const field = page.getByTestId('session-id');
  await expect(field).toContainText(id);
  await expect(field).toContainText(`--session ${id}`);
  await field.getByRole('button', { name: 'Kopiëren' }).click();
  await expect(field.getByRole('button', { name: '✓ Gekopieerd' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
});
