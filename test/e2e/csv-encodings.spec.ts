import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, lastLine, test } from './fixtures';

// Real spreadsheet files, as Excel writes them on a Dutch Windows: the culture CSV of
// test/fixtures/csv/ in three encodings, and one with a quote that is never closed.
const CSV = join(import.meta.dirname, '..', 'fixtures', 'csv');

interface OnDisk {
  groups: { name: string }[];
  culture: { entries: { current: string[]; desired: string[] }[] };
}

for (const [file, encoding] of [
  ['culture-windows-1252.csv', 'Windows-1252'],
  ['culture-utf16le.csv', 'UTF-16'],
] as const) {
  test(`a culture CSV in ${encoding} imports "één", "creëren" and "café" exactly`, async ({
    page,
    app,
  }) => {
    const id = lastLine(await app.cli('sessions', 'create', '--name', `Import ${encoding}`));
    await page.goto(`${app.url}#/session/${id}/culture`);
    await page.getByTestId('csv-import-culture').setInputFiles(join(CSV, file));

    await expect(page.getByRole('status').last()).toContainText(
      `Het bestand is gelezen als ${encoding}.`,
    );
    await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 2');
    const onDisk = (await app.sessionOnDisk(id)) as unknown as OnDisk;
    expect(onDisk.groups.map((g) => g.name)).toEqual(['Café']);
    expect(onDisk.culture.entries.map((e) => [e.current, e.desired])).toEqual([
      [['één', 'creëren', 'café'], ['open']],
      [['traag'], ['één', 'creëren']],
    ]);
  });
}

test('a CSV with an unterminated quote is refused with its line number and changes nothing', async ({
  page,
  app,
}) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Kapotte import'));
  const before = await readFile(join(app.dataDir, 'sessions', `${id}.json`));
  await page.goto(`${app.url}#/session/${id}/culture`);
  await page
    .getByTestId('csv-import-culture')
    .setInputFiles(join(CSV, 'culture-unterminated-quote.csv'));

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Het CSV-bestand is niet ingelezen; er is niets veranderd.');
  await expect(dialog.getByRole('alert')).toContainText('Regel 3');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByTestId('culture-counter')).toHaveText('Deelnemers: 0');
  expect(await readFile(join(app.dataDir, 'sessions', `${id}.json`))).toEqual(before);
});
