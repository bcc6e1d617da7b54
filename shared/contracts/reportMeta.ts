/**
 * The report's own data for the PDF's document information (title, author, subject, language):
 * the report page writes it on its root as one attribute, and the printers (browser mode, the
 * CLI, Electron) read it back once the page is ready and write it into the PDF, because
 * Chromium takes only the title from the page and names itself as the creator.
 */
import { z } from 'zod';

export const REPORT_META_ATTRIBUTE = 'data-report-meta';

const reportMetaSchema = z.object({
  title: z.string(),
  /** The facilitator; empty when the session names none. */
  author: z.string(),
  subject: z.string(),
  /** BCP 47, as in `<html lang>`: "nl" or "en". */
  language: z.string(),
});
export type ReportMeta = z.infer<typeof reportMetaSchema>;

/** The attribute as a JSX prop: `<div {...reportMetaProps(meta)} />`. */
export function reportMetaProps(meta: ReportMeta): Record<typeof REPORT_META_ATTRIBUTE, string> {
  return { [REPORT_META_ATTRIBUTE]: JSON.stringify(meta) };
}

/** The attribute's value read back; null when it is missing or not what the page writes. */
export function parseReportMeta(text: string | null | undefined): ReportMeta | null {
  if (!text) return null;
  try {
    const parsed = reportMetaSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
