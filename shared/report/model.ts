import { z } from 'zod';
import type { DeepReadonly } from '../readonly';

export const REPORT_SECTIONS = [
  'cover',
  'summary',
  'culture',
  'kano',
  'excellence',
  'actions',
  'appendix',
] as const;
export const reportSectionSchema = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof reportSectionSchema>;

/** The longest conclusions text: one rule for the schema, the command and the report tab. */
export const MAX_CONCLUSIONS = 20_000;

export const reportSettingsSchema = z.object({
  sections: z.array(reportSectionSchema).default(REPORT_SECTIONS.filter((s) => s !== 'appendix')),
  /** Report language; null follows the session language. */
  language: z.enum(['nl', 'en']).nullable().default(null),
  conclusions: z.string().max(MAX_CONCLUSIONS).default(''),
});
export type ReportSettings = DeepReadonly<z.infer<typeof reportSettingsSchema>>;

/** A fresh, mutable value: zod's `.default()` wants its own output type. */
export function defaultReportSettings(): z.infer<typeof reportSettingsSchema> {
  return reportSettingsSchema.parse({});
}

/** The language the report is written in: an explicit choice, else the report setting, else the session's. */
export function reportLanguage(
  session: { language: 'nl' | 'en'; report: ReportSettings },
  override?: 'nl' | 'en' | null,
): 'nl' | 'en' {
  return override ?? session.report.language ?? session.language;
}

/** Reads `sections=a,b` from the print route; unknown names are ignored, none given means all. */
export function parseSections(text: string | null): ReportSection[] | null {
  if (text === null) return null;
  const wanted = new Set(text.split(',').map((s) => s.trim()));
  return REPORT_SECTIONS.filter((section) => wanted.has(section));
}
