import type { Language } from '../../../shared/session';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** "25 nov. 2026": for tables, where the long form would wrap. */
export function formatShortDate(iso: string, language: Language): string {
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(LOCALES[language], { dateStyle: 'medium' });
}

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Number formats made once per language and digits: making one is slow, and tables and the
 * report call this thousands of times.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language, digits = 1): string {
  const key = `${language}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** "25,3 MB" (nl) / "25.3 MB" (en): a file size in messages such as error.tooLarge. */
export function formatMegabytes(bytes: number, language: Language): string {
  return `${formatNumber(bytes / 1024 / 1024, language)} MB`;
}
