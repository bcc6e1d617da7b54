import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, lastLine, test } from './fixtures';
import { HomePage } from './pages/HomePage';

test('a facilitator creates, renames and groups a session; it survives a reload and is on disk', async ({
  page,
  app,
}) => {
  const home = new HomePage(page);
  await home.open(app.url);
  await expect(page.getByText('Nog geen sessies')).toBeVisible();

  const id = await home.createSession({
    name: 'Directie-workshop',
    organisation: 'Gemeente Zwolle',
    facilitator: 'Anna de Vries',
  });

  // Rename and add two groups in the settings tab.
  await page.getByLabel('Naam van de sessie').fill('Directie-workshop voorjaar');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Directie-workshop voorjaar');
  for (const group of ['management', 'medewerkers']) {
    await page.getByLabel('Nieuwe groep').fill(group);
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await expect(page.getByTestId('group').filter({ hasText: group })).toBeVisible();
  }
  // A duplicate group name is refused with a message, and nothing changes.
  await page.getByLabel('Nieuwe groep').fill('Management');
  await page.getByRole('button', { name: 'Groep toevoegen' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Er is al een groep met de naam "Management"',
  );
  await expect(page.getByTestId('group')).toHaveCount(2);

  // Undo takes back the last group, redo brings it back (keyboard, outside text fields).
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('group')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('group')).toHaveCount(2);

  await page.reload();
  await expect(page.getByTestId('group')).toHaveCount(2);
  const onDisk = await app.sessionOnDisk(id);
  expect(onDisk.name).toBe('Directie-workshop voorjaar');
  expect(onDisk.organisation).toBe('Gemeente Zwolle');
  expect((onDisk.groups as { name: string }[]).map((g) => g.name)).toEqual([
    'management',
    'medewerkers',
  ]);

  // The home screen lists it, and search finds it by name.
  await page.getByRole('link', { name: /Sessies/ }).click();
  await expect(home.row('Directie-workshop voorjaar')).toContainText('Gemeente Zwolle');
  await page.getByLabel('Zoek op naam').fill('voorjaar');
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  await page.getByLabel('Zoek op naam').fill('najaar');
  await expect(page.getByTestId('session-row')).toHaveCount(0);
});

test('export, import, repeat, delete and restore from the trash', async ({ page, app }) => {
  const id = lastLine(
    await app.cli('sessions', 'create', '--name', 'Klantdag', '--organisation', 'ACME'),
  );
  const home = new HomePage(page);
  await home.open(app.url);

  const downloadPromise = page.waitForEvent('download');
  await home.row('Klantdag').getByRole('button', { name: 'Exporteren' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Klantdag.klantkompas.json');
  const exported = join(app.dataDir, 'export.klantkompas.json');
  await download.saveAs(exported);

  // Re-importing the same file gives a second session with a new id.
  await page.getByTestId('import-file').setInputFiles(exported);
  await expect(page.getByText('geïmporteerd als nieuwe sessie')).toBeVisible();
  await expect(page.getByTestId('session-row')).toHaveCount(2);

  // "Repeat this workshop" makes a third.
  await home.row('Klantdag').first().getByRole('button', { name: 'Herhalen' }).click();
  await expect(page.getByTestId('session-row')).toHaveCount(3);

  // Delete one; it goes to the trash and comes back.
  const before = await app.sessionFiles();
  await page
    .getByTestId('session-row')
    .first()
    .getByRole('button', { name: 'Verwijderen' })
    .click();
  await expect(page.getByTestId('session-row')).toHaveCount(2);
  expect((await app.sessionFiles()).length).toBe(before.length - 1);
  await page.getByRole('button', { name: 'Prullenbak' }).click();
  const trash = page.getByRole('dialog', { name: 'Prullenbak' });
  await expect(trash.getByTestId('trash-row')).toHaveCount(1);
  await trash.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(trash.getByText('De prullenbak is leeg.')).toBeVisible();
  await trash.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByTestId('session-row')).toHaveCount(3);
  expect(await app.sessionFiles()).toEqual(before);
  expect(before).toContain(`${id}.json`);
});

test('a rejected import says why and changes nothing', async ({ page, app }) => {
  await app.cli('sessions', 'create', '--name', 'Bestaand');
  const home = new HomePage(page);
  await home.open(app.url);
  const before = await app.sessionFiles();
  const bad = join(app.dataDir, 'bad.klantkompas.json');
  await writeFile(bad, '{"format":"klantkompas-session","session":{"schemaVersion":1,"name":""}}');
  await page.getByTestId('import-file').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('kan niet worden geïmporteerd');
  expect(await app.sessionFiles()).toEqual(before);
});

test('a damaged session file is listed with the reason and its backup can be restored', async ({
  page,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Kwetsbaar'));
  // Two changes through the app make a backup of the earlier good state.
  const home = new HomePage(page);
  await home.open(app.url);
  await home.row('Kwetsbaar').getByRole('button', { name: 'Naam wijzigen' }).click();
  await page.getByRole('dialog').getByLabel('Naam van de sessie').fill('Kwetsbaar 2');
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect(home.row('Kwetsbaar 2')).toBeVisible();

  await writeFile(join(app.dataDir, 'sessions', `${id}.json`), '{"schemaVersion":1,"name":');
  await page.reload();
  const damaged = page.getByTestId('damaged-row');
  await expect(damaged).toContainText('Beschadigd sessiebestand');
  await expect(damaged).toContainText('Not valid JSON');
  await damaged.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
  await expect(home.row('Kwetsbaar')).toBeVisible();
  const files = await app.sessionFiles();
  expect(files).toContain(`${id}.json`);
  expect(files.some((f) => f.startsWith(`${id}.damaged-`))).toBe(true);
});

test('the app speaks English when asked, and remembers it', async ({ page, app }) => {
  await app.cli('sessions', 'create', '--name', 'Taaltest');
  const home = new HomePage(page);
  await home.open(app.url);
  await expect(page.getByRole('button', { name: 'Nieuwe sessie' })).toBeVisible();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('button', { name: 'New session' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Participants' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New session' })).toBeVisible();
  await page.getByRole('link', { name: 'Taaltest' }).click();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Session settings' })).toBeVisible();
  await page.screenshot({ path: 'test/artifacts/session-settings-en.png' });
});

test('answers that arrive from elsewhere appear on the open session screen', async ({
  page,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Twee schermen'));
  await page.goto(`${app.url}#/session/${id}/culture`);
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 0');
  // Another window (or the CLI) adds answers while the facilitator's screen stays open.
  await app.cli('import', 'culture', 'resources/samples/culture.csv', '--session', id);
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 8');
});
