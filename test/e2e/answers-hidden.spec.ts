import type { Page } from '@playwright/test';
import { expect, lastLine, test } from './fixtures';
import { AnswerWatch, sessionWithSecretAnswers } from './pages/AnswerWatch';
import { ParticipantMode } from './pages/ParticipantMode';

type Method = 'culture' | 'kano' | 'excellence';

/** The views that show individual answers, and one view of each method that does not. */
const VIEWS: Record<Method, { answers: string[]; other: string }> = {
  culture: { answers: ['Antwoorden', 'Woorden bewerken'], other: 'Woordwolken' },
  kano: { answers: ['Antwoorden'], other: 'Wensen' },
  excellence: { answers: ['Antwoorden'], other: 'Introductie' },
};

const viewButton = (page: Page, name: string) =>
  page.locator('.method-views').getByRole('button', { name, exact: true });
const showEntries = (page: Page) =>
  page.getByRole('button', { name: 'Toon invoer — niet op de beamer' });

for (const method of ['culture', 'kano', 'excellence'] as const) {
  test(`${method}: while the results are hidden, answers show only after "Toon invoer"`, async ({
    page,
    app,
  }) => {
    const id = await sessionWithSecretAnswers(app);
    const watch = await AnswerWatch.install(page);
    const mode = new ParticipantMode(page);
    await page.goto(`${app.url}#/session/${id}/${method}`);
    const [entry] = VIEWS[method].answers;

    await test.step('participant mode, then back with the PIN: the answers stay hidden', async () => {
      await mode.start();
      await mode.leave();
      await viewButton(page, entry!).click();
      await expect(page.getByTestId('answers-hidden')).toBeVisible();
      await expect(page.getByTestId('answers-hidden')).toContainText('1');
      expect(await watch.everShown()).toBe(false);
    });

    for (const view of VIEWS[method].answers) {
      await test.step(`${view}: counts only, until opened; closed again after leaving it`, async () => {
        await viewButton(page, view).click();
        await expect(page.getByTestId('answers-hidden')).toBeVisible();
        expect(await watch.showsNow()).toBe(false);
        await showEntries(page).click();
        await expect.poll(() => watch.showsNow()).toBe(true);
        await expect(page.getByTestId('answers-shown')).toBeVisible();

        await viewButton(page, VIEWS[method].other).click();
        await watch.reset();
        await viewButton(page, view).click();
        await expect(page.getByTestId('answers-hidden')).toBeVisible();
        expect(await watch.everShown()).toBe(false);
      });
    }

    await test.step('"Verberg invoer" closes an opened view', async () => {
      await showEntries(page).click();
      await expect.poll(() => watch.showsNow()).toBe(true);
      await page.getByRole('button', { name: 'Verberg invoer' }).click();
      await expect(page.getByTestId('answers-hidden')).toBeVisible();
      expect(await watch.showsNow()).toBe(false);
    });

    await test.step('a reload keeps them closed', async () => {
      await watch.reset();
      await page.reload();
      await expect(page.getByTestId('answers-hidden')).toBeVisible();
      expect(await watch.everShown()).toBe(false);
    });

    await test.step('once the results are revealed, the answers show without asking', async () => {
      await page.getByRole('button', { name: 'Resultaten tonen' }).click();
      await expect(page.getByTestId('answers-hidden')).toHaveCount(0);
      await expect.poll(() => watch.showsNow()).toBe(true);
    });
  });
}

test('a view entered while nobody has answered is open, and stays open while typing', async ({
  page,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Leeg'));
  await page.goto(`${app.url}#/session/${id}/culture?view=entry`);
  await expect(page.getByTestId('answers-hidden')).toHaveCount(0);
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 0');
  // The first answer from paper: the grid stays, with the participant just typed.
  const newRow = page.getByTestId('culture-new-row');
  await newRow.getByLabel('Nu 1 (1)').fill('Qwertyzaam');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 1');
  await expect(page.getByTestId('culture-row')).toHaveCount(1);
  await expect(page.getByTestId('answers-hidden')).toHaveCount(0);
  await expect(page.getByLabel('Nu 1 (2)')).toBeFocused();
});

test('an empty view left open closes when the first answer comes from elsewhere', async ({
  page,
  context,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Beamer'));
  const watch = await AnswerWatch.install(page);
  await page.goto(`${app.url}#/session/${id}/culture?view=entry`);
  await expect(page.getByTestId('culture-new-row')).toBeVisible();

  // A second window in participant mode hands in an answer while the empty grid is on the
  // projector.
  const kiosk = await context.newPage();
  await kiosk.goto(`${app.url}#/session/${id}/culture`);
  const mode = new ParticipantMode(kiosk);
  await mode.start();
  await kiosk.getByLabel('Huidige cultuur: Woord 1', { exact: true }).fill('Qwertyzaam');
  await mode.done.click();
  await expect(mode.thanks).toBeVisible();

  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 1');
  await expect(page.getByTestId('answers-hidden')).toBeVisible();
  expect(await watch.everShown()).toBe(false);
});
