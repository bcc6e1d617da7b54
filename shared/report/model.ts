import { z } from 'zod';

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

export const reportSettingsSchema = z.object({
  sections: z.array(reportSectionSchema).default(REPORT_SECTIONS.filter((s) => s !== 'appendix')),
  /** Report language; null follows the session language. */
  language: z.enum(['nl', 'en']).nullable().default(null),
  conclusions: z.string().max(20_000).default(''),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export function defaultReportSettings(): ReportSettings {
  return reportSettingsSchema.parse({});
}
