import { chromium } from 'playwright-core';
import type { ReportSection } from '../../shared/report/model';
import { AppError } from '../../shared/errors';
import {
  printRoute,
  REPORT_ERROR_ATTRIBUTE,
  REPORT_ERROR_SELECTOR,
  REPORT_READY_SELECTOR,
} from '../../shared/contracts/printRoute';
import { parseReportMeta, REPORT_META_ATTRIBUTE } from '../../shared/contracts/reportMeta';
import { appVersion } from '../appRoot';
import { findChromium, INSTALL_CHROMIUM_HINT } from '../chromium';
import { withReportMetadata } from './pdfMetadata';
import { productChromiumLaunch } from '../chromiumFlags';

export interface PrintRequest {
  /** Base URL of a running browser-mode server, e.g. http://127.0.0.1:5123/ */
  baseUrl: string;
  sessionId: string;
  language?: 'nl' | 'en';
  sections?: ReportSection[];
  chromiumPath?: string;
}

/**
 * Prints the report route with a headless Chromium (the system's, never a downloaded one)
 * and returns the PDF bytes, with the report's own document information (pdfMetadata.ts).
 */
export async function printReportPdf(request: PrintRequest): Promise<Buffer> {
  const executablePath = findChromium(request.chromiumPath);
  if (!executablePath) {
    throw new AppError('noChromium', `No Chromium found. ${INSTALL_CHROMIUM_HINT}`, {
      detail: INSTALL_CHROMIUM_HINT,
    });
  }
  const browser = await chromium.launch({
    executablePath,
    // Sandboxed, unless we run as root, where Chromium cannot start with its sandbox.
    ...productChromiumLaunch(),
  });
  try {
    const page = await browser.newPage();
    await page.goto(new URL(printRoute(request.sessionId, request), request.baseUrl).toString());
    const settled = await page.waitForSelector(
      `${REPORT_READY_SELECTOR}, ${REPORT_ERROR_SELECTOR}`,
      { timeout: 60_000 },
    );
    const failure = await settled.getAttribute(REPORT_ERROR_ATTRIBUTE);
    if (failure !== null) throw new AppError('exportFailed', `The report page says: ${failure}`);
    const meta = parseReportMeta(await settled.getAttribute(REPORT_META_ATTRIBUTE));
    // outline: bookmarks from the headings; tagged: a structured, accessible PDF.
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
    });
    return meta ? await withReportMetadata(pdf, meta, appVersion()) : pdf;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('exportFailed', `Printing the report failed: ${(error as Error).message}`);
  } finally {
    await browser.close();
  }
}
