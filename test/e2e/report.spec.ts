import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { exportSessionFile } from '../../main/store/transfer';
import { translate } from '../../shared/i18n';
import { blockNameKey, EXCELLENCE_BLOCKS } from '../../shared/excellence/blocks';
import { sessionSchema, type Session } from '../../shared/session';
import { analyseCulture } from '../../shared/culture/analysis';
import {
  ACTIONS,
  CURRENT_WORDS,
  cultureOnlySession,
  DESIRED_WORDS,
  HIDDEN_WORD,
  reportSession,
  WISHES,
} from '../fixtures/reportSession';
import { expect, lastLine, test, type App } from './fixtures';

const run = promisify(execFile);
const SAMPLES = join(import.meta.dirname, '..', '..', 'resources', 'samples');

/** The PDF's text in content order, without any whitespace: table cells wrap lines anywhere. */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  return stdout;
}

function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

async function pdfInfo(file: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('pdfinfo', [file]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(stdout)?.[1] ?? '',
  };
}

/** The PDF's document information (pdfinfo) and its language (the catalogue's /Lang). */
async function pdfMeta(file: string) {
  const { stdout } = await run('pdfinfo', [file]);
  const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(stdout)?.[1] ?? '';
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const lang = document.catalog.lookup(PDFName.of('Lang'));
  return {
    title: field('Title'),
    author: field('Author'),
    subject: field('Subject'),
    creator: field('Creator'),
    producer: field('Producer'),
    language: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : '',
  };
}

async function importSession(app: App, session: Session): Promise<string> {
  const file = join(app.dataDir, 'fixture.klantkompas.json');
  await writeFile(file, exportSessionFile(session).json);
  return lastLine(await app.cli('sessions', 'import', file));
}

/** Every page rendered as a picture (what the facilitator would look at), one per page. */
async function renderPages(file: string): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'klantkompas-pages-'));
  await run('pdftoppm', ['-png', '-r', '40', file, join(folder, 'page')]);
  return (await readdir(folder)).length;
}

function expectFullContent(text: string, language: 'nl' | 'en'): void {
  const flat = squeezed(text);
  for (const word of [...CURRENT_WORDS, ...DESIRED_WORDS]) expect(flat).toContain(squeezed(word));
  for (const wish of WISHES) expect(flat).toContain(squeezed(wish.name));
  for (const { block } of EXCELLENCE_BLOCKS) {
    expect(flat).toContain(squeezed(translate(language, blockNameKey(block))));
  }
  for (const action of ACTIONS) expect(flat).toContain(squeezed(action.what));
  expect(text).not.toContain(HIDDEN_WORD);
}

test('the facilitator exports the report from the Report tab and gets a complete A4 PDF', async ({
  page,
  app,
}) => {
  const id = await importSession(app, reportSession({ participants: 24 }));
  await page.goto(`${app.url}#/session/${id}/report`);
  const preview = page.getByTestId('report-preview');
  await expect(preview.getByRole('heading', { name: 'Samenvatting' })).toBeVisible();

  // The box shows the stored choice, so it turns checked once the change is saved.
  await page.getByLabel('Bijlage met ruwe gegevens').click();
  await expect(page.getByLabel('Bijlage met ruwe gegevens')).toBeChecked();
  await expect(preview.getByRole('heading', { name: 'Bijlage: ruwe gegevens' })).toBeVisible();

  // The text fields save when they lose focus; exporting straight away still includes them.
  await page.getByLabel('Naam van de begeleider').fill('Joris Jansen');
  await page.getByLabel('Samenvatting en conclusies').fill('De directie kiest voor wendbaarheid.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer PDF' }).click();
  const file = join(app.dataDir, 'ui.pdf');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toBe(
    'Waterbedrijf Noord Klantreis 2026 2026-11-20.pdf',
  );

  await expect(preview).toContainText('De directie kiest voor wendbaarheid.');
  await expect(preview).toContainText('Joris Jansen');

  const text = await pdfText(file);
  expectFullContent(text, 'nl');
  expect(text).toContain('Joris Jansen');
  expect(text).toContain('De directie kiest voor wendbaarheid.');
  expect(text).toContain('Bijlage: ruwe gegevens');
  const info = await pdfInfo(file);
  expect(info.size).toContain('(A4)');
  // The footer numbers every page but the cover.
  expect(text).toContain(`Pagina 2 van ${info.pages}`);
  expect(text).toContain(`Pagina ${info.pages} van ${info.pages}`);
  expect(text).not.toContain(`Pagina 1 van ${info.pages}`);
  expect(await renderPages(file)).toBe(info.pages);

  // The document information names the session and the facilitator, not the browser.
  const meta = await pdfMeta(file);
  expect(meta).toMatchObject({
    title: 'Waterbedrijf Noord – Klantreis 2026 – rapport',
    author: 'Joris Jansen',
    language: 'nl',
  });
  expect(meta.subject).toMatch(/^Rapport voor het managementteam: Cultuurkaart, Kano-analyse/);
  expect(meta.creator).toMatch(/^Klantkompas \d+\.\d+\.\d+$/);
  expect(meta.creator + meta.producer).not.toMatch(/Mozilla|HeadlessChrome/);
});

test('the CLI prints the same report in English, and only the sections asked for', async ({
  app,
}) => {
  const id = await importSession(app, reportSession({ participants: 24, id: 'cli-report' }));
  const file = join(app.dataDir, 'cli.pdf');
  const output = await app.cli('report', id, '--out', file, '--lang', 'en');
  expect(output).toContain(file);
  const text = await pdfText(file);
  expectFullContent(text, 'en');
  expect(text).toMatch(/Report for the management team/i);
  expect(text).toMatch(/Page 2 of \d+/);
  const meta = await pdfMeta(file);
  expect(meta.title).toBe('Waterbedrijf Noord – Klantreis 2026 – report');
  expect(meta.language).toBe('en');
  expect(meta.subject).toMatch(/^Report for the management team: /);
  expect(meta.creator).toMatch(/^Klantkompas \d/);

  const partial = join(app.dataDir, 'partial.pdf');
  await app.cli('report', id, '--out', partial, '--sections', 'cover,kano');
  const partialText = await pdfText(partial);
  expect(partialText).toContain('Kano: klantwensen ingedeeld');
  expect(partialText).not.toContain('Samenvatting');
  expect(partialText).not.toContain('Cultuur: van huidig naar gewenst');
  // The cover and the Kano pages only (the Kano charts may flow onto a second page).
  expect((await pdfInfo(partial)).pages).toBeLessThanOrEqual(3);
});

test('the sample CSV files of the three methods, imported with the CLI, all reach the PDF', async ({
  app,
}) => {
  const id = lastLine(
    await app.cli('sessions', 'create', '--name', 'Voorbeelden', '--organisation', 'Demo B.V.'),
  );
  for (const method of ['culture', 'kano', 'excellence']) {
    await app.cli('import', method, join(SAMPLES, `${method}.csv`), '--session', id);
  }
  const session = sessionSchema.parse(await app.sessionOnDisk(id));
  const file = join(app.dataDir, 'samples.pdf');
  await app.cli('report', id, '--out', file);
  const text = squeezed(await pdfText(file));
  const cloud = analyseCulture(session.culture);
  for (const { word } of [...cloud.current, ...cloud.desired])
    expect(text).toContain(squeezed(word));
  for (const wish of session.kano.wishes) expect(text).toContain(squeezed(wish.name));
  for (const { block } of EXCELLENCE_BLOCKS) {
    expect(text).toContain(squeezed(translate('nl', blockNameKey(block))));
  }
});

test('a session with only culture data gets no Kano or Service Excellence pages', async ({
  app,
}) => {
  const id = await importSession(app, cultureOnlySession());
  const file = join(app.dataDir, 'culture.pdf');
  await app.cli('report', id, '--out', file);
  const text = await pdfText(file);
  for (const word of CURRENT_WORDS) expect(squeezed(text)).toContain(squeezed(word));
  expect(text).not.toContain('Kano');
  expect(text).not.toContain('Service Excellence');
  // Cover, summary and culture: nothing empty in between.
  expect((await pdfInfo(file)).pages).toBe(3);
});

test('bad input: an unknown session, an unknown section, no Chromium', async ({ app }) => {
  const id = await importSession(app, cultureOnlySession('bad-input'));
  const out = join(app.dataDir, 'x.pdf');
  await expect(app.cli('report', 'no-such-session', '--out', out)).rejects.toThrow(
    /no-such-session|does not exist|no session/i,
  );
  await expect(app.cli('report', id, '--out', out, '--sections', 'cover,pies')).rejects.toThrow(
    /Unknown section "pies"/,
  );
  await expect(
    app.cli('report', id, '--out', out, '--chromium', '/nowhere/chromium'),
  ).rejects.toThrow(/Install Chromium/);
});

test('conclusions are saved while typing, and undo shows in the field', async ({ page, app }) => {
  const id = lastLine(await app.cli('sessions', 'create', '--name', 'Autosave'));
  await page.goto(`${app.url}#/session/${id}/report`);
  const conclusions = page.getByLabel('Samenvatting en conclusies');
  await conclusions.fill('Het MT kiest voor klantgericht werken.');
  // No blur: the text reaches the disk shortly after the last key.
  await expect
    .poll(async () => ((await app.sessionOnDisk(id)).report as { conclusions: string }).conclusions)
    .toBe('Het MT kiest voor klantgericht werken.');
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(conclusions).toHaveValue('');
});
