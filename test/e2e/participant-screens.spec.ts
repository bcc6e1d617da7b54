import type { Page } from '@playwright/test';
import { expect, lastLine, test } from './fixtures';
import { sessionWithSecretAnswers } from './pages/AnswerWatch';
import { ParticipantMode } from './pages/ParticipantMode';

type Method = 'culture' | 'kano' | 'excellence';
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 800, height: 600 },
];

test('the PIN is never a password field: no password manager, no eye icon', async ({
  page,
  app,
}) => {
  const id = await sessionWithSecretAnswers(app);
  await page.goto(`${app.url}#/session/${id}/culture`);
  const mode = new ParticipantMode(page);

  const expectPinField = async () => {
    const field = page.getByRole('dialog').getByLabel('Pincode');
    await expect(field).toBeVisible();
    await expect(field).toHaveAttribute('type', 'text');
    await expect(field).toHaveAttribute('autocomplete', 'off');
    await expect(field).toHaveAttribute('inputmode', 'numeric');
    await expect(field).not.toHaveAttribute('name');
    // Shown as dots all the same.
    expect(
      await field.evaluate((input) =>
        getComputedStyle(input).getPropertyValue('-webkit-text-security'),
      ),
    ).toBe('disc');
    await expect(page.locator('input[type="password"]')).toHaveCount(0);
  };

  await page.getByRole('button', { name: 'Deelnemersmodus' }).click();
  await expectPinField();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await mode.start();
  await expect(page.locator('input[type="password"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Begeleider' }).click();
  await expectPinField();
  await page.getByRole('dialog').getByLabel('Pincode').fill('1111');
  await page.getByRole('button', { name: 'Verlaten' }).click();
  await expect(page.getByText('Onjuiste pincode.')).toBeVisible();
  await expect(page.getByTestId('participant-page')).toBeVisible();
  await expectPinField();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await mode.leave();
});

/**
 * Clicks "Begeleider" with the mouse at its centre, after checking that the button itself is
 * what is at that point (nothing lies over it), and closes the PIN dialog again.
 */
async function clickExit(page: Page, where: string): Promise<void> {
  const exit = page.getByRole('button', { name: 'Begeleider' });
  await expect(exit).toBeInViewport();
  const box = (await exit.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const hit = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!)?.closest('button')?.textContent ?? null,
    [x, y],
  );
  expect(hit, `what is under the middle of "Begeleider" (${where})`).toBe('Begeleider');
  await page.mouse.click(x, y);
  const dialog = page.getByRole('dialog', { name: 'Deelnemersmodus verlaten' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
}

/** At the top of the page and scrolled to its end. */
async function clickExitTopAndBottom(page: Page, where: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await clickExit(page, `${where}, top`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await clickExit(page, `${where}, scrolled to the end`);
}

/** Every page a participant of the method sees, up to the thanks, each checked with `visit`. */
const PAGES: Record<
  Method,
  (page: Page, visit: (where: string) => Promise<void>) => Promise<void>
> = {
  culture: async (page, visit) => {
    await page.getByLabel('Huidige cultuur: Woord 1', { exact: true }).fill('open');
    await visit('the words');
    await page.getByRole('button', { name: 'Klaar', exact: true }).click();
  },
  kano: async (page, visit) => {
    const wish = page.getByTestId('kiosk-wish');
    await wish
      .getByRole('group', { name: /er is\?$/ })
      .getByRole('button', { name: 'Leuk', exact: true })
      .click();
    await wish
      .getByRole('group', { name: /er NIET is\?$/ })
      .getByRole('button', { name: 'Niet leuk', exact: true })
      .click();
    await visit('the wishes, above the "Klaar" bar');
    await page.getByRole('button', { name: 'Klaar', exact: true }).click();
  },
  excellence: async (page, visit) => {
    await visit('the welcome');
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await visit('building block 1');
    for (let block = 1; block < 9; block++) {
      await page.getByRole('button', { name: 'Volgende →' }).click();
    }
    await visit('building block 9');
    await page.getByRole('button', { name: 'Klaar', exact: true }).click();
  },
};

for (const size of SIZES) {
  test(`"Begeleider" can be clicked on every participant page at ${size.width}×${size.height}`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize(size);
    const id = await sessionWithSecretAnswers(app);
    const mode = new ParticipantMode(page);
    for (const method of ['culture', 'kano', 'excellence'] as const) {
      await test.step(method, async () => {
        await page.goto(`${app.url}#/session/${id}/${method}`);
        await mode.start();
        await clickExitTopAndBottom(page, `${method}: the groups`);
        await mode.chooseGroup('MT');
        await PAGES[method](page, (where) => clickExitTopAndBottom(page, `${method}: ${where}`));
        await expect(mode.thanks).toBeVisible();
        await clickExitTopAndBottom(page, `${method}: thanks`);
        await mode.leave();
      });
    }
  });
}

test('culture: Enter never hands in, not on the eighth word either; "Klaar" does', async ({
  page,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Enter'));
  await page.goto(`${app.url}#/session/${id}/culture`);
  const mode = new ParticipantMode(page);
  await mode.start();
  const words = ['traag', 'log', 'veilig', 'trouw', 'snel', 'open', 'wendbaar', 'eerlijk'];
  await expect(page.getByLabel('Huidige cultuur: Woord 1', { exact: true })).toBeFocused();
  for (const word of words) {
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByLabel('Gewenste cultuur: Woord 4', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('NumpadEnter');
  await expect(mode.thanks).toHaveCount(0);
  expect(
    ((await app.sessionOnDisk(id)) as { culture: { entries: unknown[] } }).culture.entries,
  ).toHaveLength(0);
  // Tab reaches "Klaar"; the key that presses a button is the participant's own choice.
  await page.keyboard.press('Tab');
  await expect(mode.done).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mode.thanks).toBeVisible();
  await expect
    .poll(
      async () =>
        ((await app.sessionOnDisk(id)) as { culture: { entries: unknown[] } }).culture.entries
          .length,
    )
    .toBe(1);
});

test('excellence: a double tap on "Volgende" never skips a block, and never hands in', async ({
  page,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Dubbel'));
  await page.goto(`${app.url}#/session/${id}/excellence`);
  const mode = new ParticipantMode(page);
  await mode.start();
  await page.getByRole('button', { name: 'Beginnen' }).click();
  const progress = page.getByText(/^Bouwsteen \d van 9$/);
  const next = page.getByRole('button', { name: 'Volgende →' });
  const centre = async () => {
    const box = (await next.boundingBox())!;
    return [box.x + box.width / 2, box.y + box.height / 2] as const;
  };

  for (let block = 1; block < 7; block++) await next.click();
  await expect(progress).toHaveText('Bouwsteen 7 van 9');

  // A double click on block 7 moves one block, not two.
  const [x7, y7] = await centre();
  await page.mouse.dblclick(x7, y7);
  await expect(progress).toHaveText('Bouwsteen 8 van 9');

  // On block 8: a double click, then two separate quick taps on the same spot. Block 9 shows,
  // and its "Klaar" is elsewhere: nothing is handed in.
  const [x8, y8] = await centre();
  await page.mouse.dblclick(x8, y8);
  await expect(progress).toHaveText('Bouwsteen 9 van 9');
  await page.mouse.click(x8, y8);
  await page.mouse.click(x8, y8);
  await expect(progress).toHaveText('Bouwsteen 9 van 9');
  await expect(mode.thanks).toHaveCount(0);
  const underFinger = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!)?.closest('button')?.textContent ?? null,
    [x8, y8],
  );
  expect(underFinger).not.toBe('Klaar');
  expect(
    ((await app.sessionOnDisk(id)) as { excellence: { participants: unknown[] } }).excellence
      .participants,
  ).toHaveLength(0);

  // "Klaar" itself hands in.
  await mode.done.click();
  await expect(mode.thanks).toBeVisible();
});
