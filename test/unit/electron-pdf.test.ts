import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportMetaProps, type ReportMeta } from '../../shared/contracts/reportMeta';
import { electronPdfExport } from '../../main/electron/printPdf';
import type { SessionStore } from '../../main/store/sessionStore';
import { reportSession } from '../fixtures/reportSession';
import * as electron from './electronDouble';

// printPdf.ts's `electron` import gets the double: a hidden window whose page is "ready" at once
// and whose printToPDF returns the bytes the test gives it, as Chromium would print them.
vi.mock('electron', () => import('./electronDouble'));

const { app, BrowserWindow, dialog, FakeWebContents } = electron;

const META: ReportMeta = {
  title: 'Klantreis 2026',
  author: 'Anna de Vries',
  subject: 'Klantkompas-rapport',
  language: 'nl',
};

let folder: string;
const session = reportSession({ participants: 4, id: 'pdf-session' });
const store = { get: async () => session } as unknown as SessionStore;

/** A one-page PDF as Chromium writes it: its own user agent as the creator. */
async function chromiumPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.addPage();
  document.setCreator('Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0.0.0');
  document.setProducer('Skia/PDF m156');
  return document.save();
}

function exportPdf() {
  return electronPdfExport(store, {
    preload: '/app/preload.js',
    indexHtml: '/app/index.html',
    parent: () => null,
  });
}

/** What the hidden window's page answers once the report is laid out. */
function pageReady(meta: ReportMeta | null) {
  const original = BrowserWindow.prototype.loadFile;
  vi.spyOn(BrowserWindow.prototype, 'loadFile').mockImplementation(async function (
    this: electron.BrowserWindow,
    ...args: Parameters<typeof original>
  ) {
    this.webContents.scriptResult = {
      ready: true,
      meta: meta ? reportMetaProps(meta)['data-report-meta'] : null,
    };
    return original.apply(this, args);
  });
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'klantkompas-electron-pdf-'));
  FakeWebContents.pdfBytes = await chromiumPdf();
});

beforeEach(() => {
  vi.restoreAllMocks();
  BrowserWindow.all = [];
  dialog.savePath = null;
});

describe("Electron's PDF export (printToPDF, against the electron test double)", () => {
  it('writes the report metadata into the printed bytes before saving them', async () => {
    pageReady(META);
    const path = join(folder, 'report.pdf');
    dialog.savePath = path;
    const result = await exportPdf()(session.id, {});
    expect(result).toMatchObject({ saved: true, path });

    const saved = await PDFDocument.load(await readFile(path), { updateMetadata: false });
    expect(saved.getTitle()).toBe(META.title);
    expect(saved.getAuthor()).toBe(META.author);
    expect(saved.getSubject()).toBe(META.subject);
    expect(saved.getCreator()).toBe(`Klantkompas ${app.getVersion()}`);
    // Chromium's producer stays: only what the page knows better is replaced.
    expect(saved.getProducer()).toBe('Skia/PDF m156');
    const catalog = saved.catalog.toString();
    expect(catalog).toContain('/Lang (nl)');

    // One hidden window, printed with the page's own page size, then destroyed.
    const [window] = BrowserWindow.all;
    expect(window!.options).toMatchObject({ show: false });
    expect(window!.webContents.printOptions).toEqual([
      expect.objectContaining({ preferCSSPageSize: true, printBackground: true }),
    ]);
    expect(window!.destroyed).toBe(true);
  });

  it('saves the bytes unchanged when the page gives no metadata', async () => {
    pageReady(null);
    const path = join(folder, 'plain.pdf');
    dialog.savePath = path;
    await exportPdf()(session.id, {});
    expect(new Uint8Array(await readFile(path))).toEqual(FakeWebContents.pdfBytes);
  });

  it('saves nothing when the facilitator cancels the save dialog', async () => {
    pageReady(META);
    const result = await exportPdf()(session.id, {});
    expect(result).toMatchObject({ saved: false });
  });

  it('stops with the reason the report page gives instead of printing', async () => {
    vi.spyOn(BrowserWindow.prototype, 'loadFile').mockImplementation(async function (
      this: electron.BrowserWindow,
    ) {
      this.webContents.scriptResult = { failure: 'chart failed' };
    });
    await expect(exportPdf()(session.id, {})).rejects.toThrow(/chart failed/);
    expect(BrowserWindow.all[0]!.webContents.printOptions).toEqual([]);
    expect(BrowserWindow.all[0]!.destroyed).toBe(true);
  });
});
