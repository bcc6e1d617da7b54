import type { Page } from '@playwright/test';
import { expect, lastLine, test, type App } from './fixtures';
import { ParticipantMode } from './pages/ParticipantMode';

type Method = 'culture' | 'kano' | 'excellence';

/** Where each method keeps its participants in the session file. */
const STORED: Record<Method, (session: Record<string, unknown>) => unknown[]> = {
  culture: (s) => (s.culture as { entries: unknown[] }).entries,
  kano: (s) => (s.kano as { respondents: unknown[] }).respondents,
  excellence: (s) => (s.excellence as { participants: unknown[] }).participants,
};

const COUNTER: Record<Method, (count: number) => string> = {
  culture: (n) => `Deelnemers: ${n}`,
  kano: (n) => `Deelnemers: ${n}`,
  excellence: (n) => `Deelnemers: ${n}`,
};

/** Fills in one participant's answer, up to the moment "Klaar" can be pressed. */
const ANSWER: Record<Method, (page: Page) => Promise<void>> = {
  culture: async (page) => {
    await page.getByLabel('Huidige cultuur: Woord 1', { exact: true }).fill('open');
  },
  kano: async (page) => {
    const wish = page.getByTestId('kiosk-wish');
    await wish
      .getByRole('group', { name: /er is\?$/ })
      .getByRole('button', { name: 'Leuk', exact: true })
      .click();
    await wish
      .getByRole('group', { name: /er NIET is\?$/ })
      .getByRole('button', { name: 'Niet leuk', exact: true })
      .click();
  },
  excellence: async (page) => {
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page
      .getByRole('group', { name: 'Waar staan we nu?' })
      .getByRole('button', { name: '7', exact: true })
      .click();
    for (let block = 1; block < 9; block++) {
      await page.getByRole('button', { name: 'Volgende →' }).click();
    }
  },
};

/** The three ways a participant's finger or mouse presses "Klaar" twice. */
const DOUBLE_TAPS: Record<string, (page: Page, mode: ParticipantMode) => Promise<void>> = {
  // Both clicks in one turn of the event loop: before React can even disable the button.
  'two clicks in one turn': (_page, mode) =>
    mode.done.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    }),
  // Two real mouse clicks on the spot, the second not waiting for anything.
  'two mouse clicks': async (page, mode) => {
    const box = (await mode.done.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await Promise.all([page.mouse.click(x, y), page.mouse.click(x, y)]);
  },
  'a double click': (_page, mode) => mode.done.dblclick(),
};

async function sessionFor(method: Method, app: App, page: Page): Promise<string> {
  const id = lastLine(await app.cli('sessions', 'create', '--name', `Dubbel ${method}`));
  await page.goto(`${app.url}#/session/${id}/${method}`);
  if (method === 'kano') {
    await page.getByLabel('Wens', { exact: true }).fill('Gratis parkeren');
    await page.getByRole('button', { name: 'Wens toevoegen' }).click();
    await expect(page.getByTestId('wish')).toHaveCount(1);
  }
  return id;
}

for (const method of ['culture', 'kano', 'excellence'] as const) {
  test(`${method}: a double tap on "Klaar" stores one participant`, async ({ page, app }) => {
    const id = await sessionFor(method, app, page);
    const mode = new ParticipantMode(page);
    await mode.start();

    const taps = Object.entries(DOUBLE_TAPS);
    for (const [index, [name, doubleTap]] of taps.entries()) {
      await test.step(name, async () => {
        await ANSWER[method](page);
        await doubleTap(page, mode);
        await expect(mode.thanks).toBeVisible();
        // No refused second answer either (that would show as an error to the participant).
        await expect(page.getByRole('alert')).toHaveCount(0);
        await expect
          .poll(async () => STORED[method](await app.sessionOnDisk(id)).length)
          .toBe(index + 1);
        await mode.nextParticipant();
      });
    }

    await mode.leave();
    await expect(page.getByTestId(`${method}-counter`)).toHaveText(COUNTER[method](taps.length));
    expect(STORED[method](await app.sessionOnDisk(id))).toHaveLength(taps.length);
  });
}

test('groups come first, Enter never hands in, and a changed group keeps the answers', async ({
  page,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Groepen eerst'));
  await page.goto(`${app.url}#/session/${id}/settings`);
  for (const name of ['MT', 'Medewerkers']) {
    await page.getByLabel('Nieuwe groep').fill(name);
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await expect(page.getByText(name, { exact: true })).toBeVisible();
  }
  await page.goto(`${app.url}#/session/${id}/culture`);
  const mode = new ParticipantMode(page);
  await mode.start();

  await mode.chooseGroup('MT');
  await expect(page.getByText('Groep: MT')).toBeVisible();
  // Enter moves on through all eight boxes; in the last one it does nothing.
  const first = page.getByLabel('Huidige cultuur: Woord 1', { exact: true });
  await expect(first).toBeFocused();
  for (const word of ['traag', 'log', 'veilig', 'trouw', 'snel', 'open', 'wendbaar', 'eerlijk']) {
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByLabel('Gewenste cultuur: Woord 4', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mode.done).toBeEnabled();
  await expect(mode.thanks).toHaveCount(0);

  // Another group: the words stay.
  await page.getByRole('button', { name: 'Groep wijzigen' }).click();
  await mode.chooseGroup('Medewerkers');
  await expect(page.getByLabel('Gewenste cultuur: Woord 4', { exact: true })).toHaveValue(
    'eerlijk',
  );
  await mode.done.click();
  await expect(mode.thanks).toBeVisible();

  // The next participant starts at the groups again, with nothing chosen and empty boxes.
  await mode.nextParticipant();
  await expect(page.getByRole('button', { name: 'MT', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.getByRole('button', { name: 'Ik hoor bij geen van deze groepen' }).click();
  await expect(page.getByText('Geen groep', { exact: true })).toBeVisible();
  await expect(first).toHaveValue('');

  const session = (await app.sessionOnDisk(id)) as {
    groups: { id: string; name: string }[];
    culture: { entries: { group: string | null; current: string[]; desired: string[] }[] };
  };
  const staff = session.groups.find((g) => g.name === 'Medewerkers')!;
  expect(session.culture.entries).toEqual([
    expect.objectContaining({
      group: staff.id,
      current: ['traag', 'log', 'veilig', 'trouw'],
      desired: ['snel', 'open', 'wendbaar', 'eerlijk'],
    }),
  ]);
});
