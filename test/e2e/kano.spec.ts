import { expect, test } from './fixtures';
import { HomePage } from './pages/HomePage';
import type { Page } from '@playwright/test';

const PARKING = 'Gratis parkeren';
const BOOKING = 'Online afspraak maken';
const COFFEE = 'Koffie tijdens het wachten';

/** Answer pairs (functional, dysfunctional) per wish, typed as two digits per cell. */
const PAPER_FORMS = [
  ['25', '15', '13'], // M, O, A
  ['25', '15', '14'], // M, O, A
  ['35', '25', '33'], // M, M, I
  ['15', '15', '51'], // O, O, R
];
const CATEGORIES = [
  ['M', 'O', 'A'],
  ['M', 'O', 'A'],
  ['M', 'M', 'I'],
  ['O', 'O', 'R'],
];

async function answerInKiosk(page: Page, wish: string, functional: string, dysfunctional: string) {
  const card = page.getByTestId('kiosk-wish').filter({ hasText: wish });
  await card
    .getByRole('group', { name: `${wish}: wat vind je ervan als dit er is?` })
    .getByRole('button', { name: functional, exact: true })
    .click();
  await card
    .getByRole('group', { name: `${wish}: wat vind je ervan als dit er NIET is?` })
    .getByRole('button', { name: dysfunctional, exact: true })
    .click();
}

test('a Kano exercise: wishes, paper forms, participant mode, consensus and results', async ({
  page,
  app,
}) => {
  const home = new HomePage(page);
  await home.open(app.url);
  const id = await home.createSession({ name: 'Kano garage' });
  await page.getByRole('tab', { name: 'Kano' }).click();

  // Three wishes.
  for (const wish of [PARKING, BOOKING, COFFEE]) {
    await page.getByLabel('Wens', { exact: true }).fill(wish);
    await page.getByRole('button', { name: 'Wens toevoegen' }).click();
    await expect(page.getByTestId('wish').filter({ hasText: wish })).toBeVisible();
  }
  await expect(page.getByTestId('wish')).toHaveCount(3);

  // Four paper forms through the grid: two digits per wish, the cursor moves on by itself.
  await page.getByRole('button', { name: 'Antwoorden', exact: true }).click();
  for (const [index, form] of PAPER_FORMS.entries()) {
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    const firstCell = page.getByRole('button', { name: new RegExp(`^#${index + 1}, ${PARKING}:`) });
    await expect(firstCell).toBeFocused();
    for (const pair of form) await page.keyboard.type(pair);
    await expect(
      page.getByTestId('respondent-row').nth(index).locator('.kano-cell-category'),
    ).toHaveText(CATEGORIES[index]!);
  }
  await expect(page.getByRole('button', { name: `#1, ${PARKING}: M (2, 5)` })).toBeVisible();
  await page.screenshot({ path: 'test-results/kano-grid.png', fullPage: true });

  // Two participants in participant mode.
  await page.getByRole('button', { name: 'Deelnemersmodus' }).click();
  await page.getByRole('dialog').getByLabel('Pincode').fill('2468');
  await page.getByRole('button', { name: 'Start deelnemersmodus' }).click();
  await expect(page).toHaveURL(new RegExp(`#/kiosk/${id}/kano$`));
  await answerInKiosk(page, PARKING, 'Vanzelfsprekend', 'Niet leuk'); // M
  await page
    .getByTestId('kiosk-wish')
    .filter({ hasText: PARKING })
    .getByRole('button', { name: '9', exact: true })
    .click();
  await answerInKiosk(page, BOOKING, 'Leuk', 'Niet leuk'); // O
  await answerInKiosk(page, COFFEE, 'Leuk', 'Maakt niet uit'); // A
  await expect(page.getByText('3 van 3 wensen beantwoord')).toBeVisible();
  await page.screenshot({ path: 'test-results/kano-kiosk.png', fullPage: true });
  await page.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.getByText('Dank je wel!')).toBeVisible();
  await page.getByRole('button', { name: 'Volgende deelnemer' }).click();
  // The next participant starts with a clean form.
  await expect(page.getByText('0 van 3 wensen beantwoord')).toBeVisible();
  await answerInKiosk(page, PARKING, 'Maakt niet uit', 'Niet leuk'); // M
  await answerInKiosk(page, BOOKING, 'Leuk', 'Kan ermee leven'); // A
  await answerInKiosk(page, COFFEE, 'Leuk', 'Leuk'); // Q
  await page.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.getByText('Dank je wel!')).toBeVisible();
  await page.getByRole('button', { name: 'Begeleider' }).click();
  await page.getByRole('dialog').getByLabel('Pincode').fill('2468');
  await page.getByRole('button', { name: 'Verlaten' }).click();

  // One consensus classification by drag.
  await page.getByRole('button', { name: 'Consensus', exact: true }).click();
  await page
    .getByTestId('consensus-card')
    .filter({ hasText: PARKING })
    .dragTo(page.getByTestId('consensus-zone-M'));
  await expect(page.getByTestId('consensus-zone-M')).toContainText(PARKING);
  await page.screenshot({ path: 'test-results/kano-consensus.png', fullPage: true });

  // Results: hidden until revealed.
  await page.getByRole('button', { name: 'Resultaten', exact: true }).click();
  await expect(page.getByTestId('kano-counter')).toHaveText('Deelnemers: 6');
  await expect(page.getByText('De resultaten blijven verborgen')).toBeVisible();
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  await checkResults(page);
  await page.screenshot({ path: 'test-results/kano-results.png', fullPage: true });
  for (const [name, file] of [
    ['Better/Worse-diagram', 'kano-better-worse'],
    ['Continue analyse (DuMouchel)', 'kano-continuous'],
    ['Categorieën per wens', 'kano-bars'],
  ]) {
    await page.getByRole('img', { name }).screenshot({ path: `test-results/${file}.png` });
  }

  // A reload keeps everything; the file on disk has it too.
  await page.reload();
  await checkResults(page);
  const onDisk = (await app.sessionOnDisk(id)) as {
    kano: { respondents: unknown[]; consensus: Record<string, string>; revealed: boolean };
  };
  expect(onDisk.kano.respondents).toHaveLength(6);
  expect(Object.values(onDisk.kano.consensus)).toEqual(['M']);
  expect(onDisk.kano.revealed).toBe(true);
});

/*
 * By hand, over the six respondents:
 * Parking: M 5, O 1 → M; Fong 1.65·√(6·6/12) = 2.86 ≤ 4 → significant. Better 1/6 = 0,17,
 *   Worse −6/6 = −1,00, importance 9 (one answer).
 * Booking: O 4, M 1, A 1 → O; Fong 1.65·√(5·7/12) = 2.82 ≤ 3 → significant. Better 5/6 = 0,83,
 *   Worse −5/6 = −0,83.
 * Coffee: A 3, I 1, R 1, Q 1 → A, runner-up I; Fong 1.65·√(4·8/12) = 2.69 > 2 → mix "A/I".
 *   Better 3/4 = 0,75, Worse 0/4 = 0,00; one Q and one R answer flagged.
 */
async function checkResults(page: Page) {
  const rows = page.getByTestId('result-row');
  await expect(rows).toHaveCount(3);
  const parking = rows.filter({ hasText: PARKING });
  await expect(parking.getByTestId('result-category')).toHaveText('M');
  await expect(parking).toContainText('0,17');
  await expect(parking).toContainText('-1,00');
  await expect(parking).toContainText('9,0');
  const booking = rows.filter({ hasText: BOOKING });
  await expect(booking.getByTestId('result-category')).toHaveText('O');
  await expect(booking).toContainText('0,83');
  const coffee = rows.filter({ hasText: COFFEE });
  await expect(coffee.getByTestId('result-category')).toHaveText('A/I');
  await expect(coffee).toContainText('mix');
  await expect(coffee.getByTestId('result-flag')).toHaveText('⚑ 1 Q, 1 R');
  for (const chart of [
    'Better/Worse-diagram',
    'Continue analyse (DuMouchel)',
    'Categorieën per wens',
  ]) {
    const svg = page.getByRole('img', { name: chart });
    for (const wish of [PARKING, BOOKING, COFFEE]) await expect(svg).toContainText(wish);
  }
}

test('wishes by paste, keyboard order, edit and undo; CSV import; groups compared', async ({
  page,
  app,
}) => {
  const home = new HomePage(page);
  await home.open(app.url);
  const id = await home.createSession({ name: 'Kano lijst' });
  await page.goto(`${app.url}#/session/${id}/kano`);

  // A pasted list: empty lines and a double are skipped.
  await page.getByRole('button', { name: 'Lijst plakken' }).click();
  await page
    .getByRole('dialog')
    .getByLabel('Wensen, één per regel')
    .fill('Snelle levering\n\nVaste contactpersoon\nsnelle  levering\nLeenauto\n');
  await page.getByRole('dialog').getByRole('button', { name: 'Toevoegen' }).click();
  await expect(
    page.getByText('3 wensen toegevoegd. 1 regel overgeslagen (leeg of dubbel).'),
  ).toBeVisible();
  const order = () => page.getByTestId('wish').locator('strong').allTextContents();
  expect(await order()).toEqual(['Snelle levering', 'Vaste contactpersoon', 'Leenauto']);

  // Alt+↓ moves the focused wish down; drag puts it back on top.
  await page.getByTestId('wish').first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(order).toEqual(['Vaste contactpersoon', 'Snelle levering', 'Leenauto']);
  await page
    .getByTestId('wish')
    .filter({ hasText: 'Snelle levering' })
    .dragTo(page.getByTestId('wish').first());
  await expect.poll(order).toEqual(['Snelle levering', 'Vaste contactpersoon', 'Leenauto']);

  await page.screenshot({ path: 'test-results/kano-wishes.png', fullPage: true });

  // Edit, then remove with undo from the notice.
  await page
    .getByTestId('wish')
    .filter({ hasText: 'Leenauto' })
    .getByRole('button', { name: 'Bewerken' })
    .click();
  await page.getByTestId('wish').getByLabel('Wens', { exact: true }).fill('Gratis leenauto');
  await page.getByTestId('wish').getByRole('button', { name: 'Opslaan' }).click();
  await expect.poll(order).toEqual(['Snelle levering', 'Vaste contactpersoon', 'Gratis leenauto']);
  await page.getByRole('button', { name: 'Verwijderen: Vaste contactpersoon' }).click();
  await expect(page.getByTestId('wish')).toHaveCount(2);
  await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByTestId('wish')).toHaveCount(3);

  // CSV import: a wrong file is refused with line numbers, a good one imported in one step.
  await page.getByRole('button', { name: 'Antwoorden', exact: true }).click();
  const input = page.getByTestId('csv-import-kano');
  await input.setInputFiles({
    name: 'fout.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('respondent;wens;functioneel;disfunctioneel\nA;Snelle levering;7;Leuk\n'),
  });
  const problems = page.getByRole('dialog');
  await expect(problems).toContainText('Regel 2: "7" in de kolom "functioneel"');
  await problems.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByTestId('respondent-row')).toHaveCount(0);
  const csv = [
    'respondent;groep;wens;functioneel;disfunctioneel;belang',
    'A;Klanten;Snelle levering;Leuk;Niet leuk;8',
    'A;Klanten;Gratis leenauto;Leuk;Maakt niet uit;',
    'B;Dealers;Snelle levering;Vanzelfsprekend;Niet leuk;',
    'B;Dealers;snelle levering;Vanzelfsprekend;Niet leuk;6',
    'C;Dealers;Snelle levering;2;5;',
  ].join('\n');
  await input.setInputFiles({ name: 'goed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Imported in one step; the notice says what came in and what was worth noting.
  const notice = page.getByRole('status').filter({ hasText: 'geïmporteerd' });
  await expect(notice).toContainText('3 deelnemers geïmporteerd.');
  await expect(notice).toContainText(
    'Regel 5: deelnemer "B" beantwoordde "snelle levering" al op regel 4',
  );
  // Imported answers stay closed until asked for while the results are hidden.
  await page.getByRole('button', { name: 'Toon invoer — niet op de beamer' }).click();
  await expect(page.getByTestId('respondent-row')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'B, Snelle levering: M (2, 5)' })).toBeVisible();

  // Consensus with the keyboard only.
  await page.getByRole('button', { name: 'Consensus', exact: true }).click();
  await page.getByTestId('consensus-card').filter({ hasText: 'Gratis leenauto' }).focus();
  await page.keyboard.press('a');
  await expect(page.getByTestId('consensus-zone-A')).toContainText('Gratis leenauto');

  // Results per group and side by side.
  await page.getByRole('button', { name: 'Resultaten', exact: true }).click();
  await page.getByRole('button', { name: 'Resultaten tonen' }).click();
  const speed = page.getByTestId('result-row').filter({ hasText: 'Snelle levering' });
  await expect(speed.getByTestId('result-category')).toHaveText('M/O');
  await page.getByLabel('Groep').selectOption({ label: 'Dealers' });
  await expect(speed.getByTestId('result-category')).toHaveText('M');
  await page.getByLabel('Groep').selectOption({ label: 'Groepen vergelijken' });
  const compare = page.getByTestId('kano-compare');
  await expect(compare.getByRole('columnheader')).toHaveText([
    'Wens',
    'Alle deelnemers',
    'Klanten',
    'Dealers',
  ]);
  await expect(compare.getByRole('row').filter({ hasText: 'Snelle levering' })).toContainText(
    'n 2',
  );
  await page.screenshot({ path: 'test-results/kano-compare.png', fullPage: true });
});

test("the method's introduction, and a wish's own questions on the participant page and in the grid", async ({
  page,
  app,
}) => {
  const home = new HomePage(page);
  await home.open(app.url);
  const id = await home.createSession({ name: 'Kano vragen' });
  await page.getByRole('tab', { name: 'Kano' }).click();

  // The tab opens on the wishes; the introduction is one click away.
  await expect(page.getByRole('button', { name: 'Wensen', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Introductie', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Het Kano-model' })).toBeVisible();
  await expect(page.getByText('Wat het oplevert')).toBeVisible();
  await page.screenshot({ path: 'test-results/kano-intro.png', fullPage: true });
  await page.getByRole('button', { name: 'Wensen', exact: true }).click();

  for (const wish of [BOOKING, 'Inloggen met DigiD']) {
    await page.getByLabel('Wens', { exact: true }).fill(wish);
    await page.getByRole('button', { name: 'Wens toevoegen' }).click();
    await expect(page.getByTestId('wish').filter({ hasText: wish })).toBeVisible();
  }

  // The facilitator phrases the first wish's functional question by hand.
  const own = 'Als je online een afspraak kunt maken, wat vind je daarvan?';
  await page
    .getByTestId('wish')
    .filter({ hasText: BOOKING })
    .getByRole('button', { name: 'Bewerken' })
    .click();
  const functional = page.getByLabel('Als het er is', { exact: true });
  await expect(functional).toHaveAttribute(
    'placeholder',
    `${BOOKING}: wat vind je ervan als dit er is?`,
  );
  await functional.fill(own);
  await page.screenshot({ path: 'test-results/kano-wish-questions.png', fullPage: true });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('wish').filter({ hasText: BOOKING })).toContainText('eigen vragen');

  // The grid's column header carries the same two questions.
  await page.getByRole('button', { name: 'Antwoorden', exact: true }).click();
  await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await expect(page.locator('th.kano-grid-wish').first()).toHaveAttribute(
    'title',
    `${BOOKING}\n1. ${own}\n2. ${BOOKING}: wat vind je ervan als dit er NIET is?`,
  );

  // The participant page asks the own question and the default for the rest.
  await page.getByRole('button', { name: 'Deelnemersmodus' }).click();
  await page.getByRole('dialog').getByLabel('Pincode').fill('2468');
  await page.getByRole('button', { name: 'Start deelnemersmodus' }).click();
  await expect(page).toHaveURL(new RegExp(`#/kiosk/${id}/kano$`));
  const booking = page.getByTestId('kiosk-wish').filter({ hasText: BOOKING });
  await expect(booking.getByRole('group', { name: own })).toBeVisible();
  await expect(
    booking.getByRole('group', { name: `${BOOKING}: wat vind je ervan als dit er NIET is?` }),
  ).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Inloggen met DigiD: wat vind je ervan als dit er is?' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('html')).toHaveAttribute('translate', 'no');
  await page.screenshot({ path: 'test-results/kano-own-questions.png', fullPage: true });
});
