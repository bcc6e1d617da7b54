import { PDFDocument } from 'pdf-lib';
import type { ReportMeta } from '../../shared/contracts/reportMeta';

/**
 * Writes the report's document information into a PDF that Chromium printed: title, author
 * (the facilitator), subject, language and "Klantkompas <version>" as the creator, where
 * Chromium would name its own user agent. Chromium's producer ("Skia/PDF") and dates stay:
 * `updateMetadata: false` keeps pdf-lib from putting itself and the current time in.
 */
export async function withReportMetadata(
  pdf: Uint8Array,
  meta: ReportMeta,
  appVersion: string,
): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) document.setAuthor(meta.author);
  document.setSubject(meta.subject);
  document.setLanguage(meta.language);
  document.setCreator(`Klantkompas ${appVersion}`);
  // Object streams keep the file as small as Chromium made it.
  return Buffer.from(await document.save({ useObjectStreams: true }));
}
