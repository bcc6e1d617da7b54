import { app, BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { appWebPreferences } from './security';
import type { Api, PdfExportResult } from '../../shared/api';
import { AppError } from '../../shared/errors';
import {
  printRoute,
  REPORT_ERROR_ATTRIBUTE,
  REPORT_ERROR_SELECTOR,
  REPORT_READY_SELECTOR,
} from '../../shared/contracts/printRoute';
import { parseReportMeta, REPORT_META_ATTRIBUTE } from '../../shared/contracts/reportMeta';
import { withReportMetadata } from '../pdf/pdfMetadata';
import { reportFileName } from '../pdf/reportFileName';
import type { SessionStore } from '../store/sessionStore';

const READY_TIMEOUT_MS = 60_000;

/**
 * Electron's PDF export: the report route in a hidden window (same preload, same lock-down),
 * printed with printToPDF once the page says every chart is laid out, saved where the
 * facilitator chooses in the native save dialog.
 */
export function electronPdfExport(
  store: SessionStore,
  options: { preload: string; indexHtml: string; parent: () => BrowserWindow | null },
): Api['exportPdf'] {
  return async (id, printOptions): Promise<PdfExportResult> => {
    const session = await store.get(id);
    const fileName = reportFileName(session);
    const window = new BrowserWindow({
      show: false,
      width: 900,
      height: 1200,
      webPreferences: appWebPreferences(options.preload),
    });
    let pdf: Buffer;
    try {
      await window.loadFile(options.indexHtml, { hash: printRoute(id, printOptions).slice(1) });
      const meta = parseReportMeta(await waitForReady(window));
      // The same options as browser mode's page.pdf: CSS page size and footer, bookmarks, tags.
      pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      // The report's title, author, subject and language, and Klantkompas as the creator.
      if (meta) pdf = await withReportMetadata(pdf, meta, app.getVersion());
    } catch (error) {
      throw new AppError('exportFailed', (error as Error).message);
    } finally {
      window.destroy();
    }
    const parent = options.parent();
    const saveOptions = {
      defaultPath: fileName,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const choice = parent
      ? await dialog.showSaveDialog(parent, saveOptions)
      : await dialog.showSaveDialog(saveOptions);
    if (choice.canceled || !choice.filePath) return { saved: false, fileName };
    await writeFile(choice.filePath, pdf);
    return { saved: true, fileName, path: choice.filePath };
  };
}

/**
 * Waits until the page says it is laid out, or stops at once with the reason it gives; returns
 * the report's meta attribute (shared/contracts/reportMeta.ts).
 */
async function waitForReady(window: BrowserWindow): Promise<string | null> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const probe = `(() => {
    const failed = document.querySelector('${REPORT_ERROR_SELECTOR}');
    if (failed) return { failure: failed.getAttribute('${REPORT_ERROR_ATTRIBUTE}') };
    const ready = document.querySelector('${REPORT_READY_SELECTOR}');
    return { ready: !!ready, meta: ready ? ready.getAttribute('${REPORT_META_ATTRIBUTE}') : null };
  })()`;
  while (Date.now() < deadline) {
    const state = (await window.webContents.executeJavaScript(probe)) as {
      ready?: boolean;
      failure?: string;
      meta?: string | null;
    };
    if (state.failure !== undefined) throw new Error(`The report page says: ${state.failure}`);
    if (state.ready) return state.meta ?? null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The report did not finish laying out in time.');
}
