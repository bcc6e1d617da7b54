import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import type { Language } from '../../../shared/session';
import { formatDate, formatNumber } from '../components/format';

/**
 * The texts and number formats of the report. The report has its own language (the session's,
 * or the one chosen for the report), independent of the language of the app around it.
 */
export interface ReportText {
  language: Language;
  t(key: MessageKey, params?: MessageParams): string;
  /** A mark or mean: one decimal; "—" for a figure that does not exist. */
  number(value: number | null, digits?: number): string;
  /** A school mark as given: 7 or 7,5. */
  mark(value: number | null): string;
  /** A share 0..1 as a whole percentage. */
  percent(share: number): string;
  date(iso: string): string;
}

const ReportTextContext = createContext<ReportText | null>(null);

export function ReportTextProvider({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  const value = useMemo<ReportText>(() => {
    // Made once: the appendix formats tens of thousands of marks.
    const marks = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      maximumFractionDigits: 1,
    });
    return {
      language,
      t: (key, params) => translate(language, key, params),
      number: (value, digits = 1) => (value === null ? '—' : formatNumber(value, language, digits)),
      mark: (value) => (value === null ? '—' : marks.format(value)),
      percent: (share) => `${formatNumber(share * 100, language, 0)}%`,
      date: (iso) => formatDate(iso, language),
    };
  }, [language]);
  return <ReportTextContext.Provider value={value}>{children}</ReportTextContext.Provider>;
}

export function useReportText(): ReportText {
  const value = useContext(ReportTextContext);
  if (!value) throw new Error('useReportText outside ReportTextProvider');
  return value;
}
