import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { Api, PdfExportResult } from '../../shared/api';
import { AppError } from '../../shared/errors';
import {
  printRoute,
  REPORT_ERROR_ATTRIBUTE,
  REPORT_ERROR_SELECTOR,
  REPORT_READY_SELECTOR,
} from '../../shared/contracts/printRoute';
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
      webPreferences: {
        preload: options.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      },
    });
    let pdf: Buffer;
    try {
      await window.loadFile(options.indexHtml, { hash: printRoute(id, printOptions).slice(1) });
      await waitForReady(window);
      // The same options as browser mode's page.pdf: CSS page size and footer, bookmarks, tags.
      pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
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

/** Waits until the page says it is laid out, or stops at once with the reason it gives. */
async function waitForReady(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const probe = `(() => {
    const failed = document.querySelector('${REPORT_ERROR_SELECTOR}');
    if (failed) return { failure: failed.getAttribute('${REPORT_ERROR_ATTRIBUTE}') };
    return { ready: !!document.querySelector('${REPORT_READY_SELECTOR}') };
  })()`;
  while (Date.now() < deadline) {
    const state = (await window.webContents.executeJavaScript(probe)) as {
      ready?: boolean;
      failure?: string;
    };
    if (state.failure !== undefined) throw new Error(`The report page says: ${state.failure}`);
    if (state.ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The report did not finish laying out in time.');
}
