import type { ReactNode } from 'react';
import type { Session } from '../../../shared/session';
import type { ReportSection } from '../../../shared/report/model';
import { methodsWithData, printedSections } from '../../../shared/report/content';
import { cultureAnalysis } from '../session/analyses';
import { ReportTextProvider } from './reportText';
import { CoverPage } from './sections/CoverPage';
import { SummaryPage } from './sections/SummaryPage';
import { CultureSection } from './sections/CultureSection';
import { KanoSection } from './sections/KanoSection';
import { ExcellenceSection } from './sections/ExcellenceSection';
import { ActionsSection } from './sections/ActionsSection';
import { AppendixSection } from './sections/AppendixSection';
import { PageFooter } from './PageFooter';
import './report.css';

interface Props {
  session: Session;
  language: 'nl' | 'en';
  /** The sections asked for; the ones without data are left out. */
  sections: readonly ReportSection[];
  /** The on-screen preview shows this many rows per appendix table; print shows them all. */
  appendixRows?: number;
}

/**
 * The report itself, the same on screen (the preview) and in print: every section starts on a
 * new A4 sheet; a long section flows on over the following pages.
 */
export function ReportDocument({ session, language, sections, appendixRows }: Props) {
  const methods = methodsWithData(session, cultureAnalysis(session.culture));
  const printed = printedSections(session, sections, methods);
  const content: Record<ReportSection, () => ReactNode> = {
    cover: () => <CoverPage session={session} methods={methods} />,
    summary: () => <SummaryPage session={session} />,
    culture: () => <CultureSection session={session} withAppendix={printed.includes('appendix')} />,
    kano: () => <KanoSection session={session} />,
    excellence: () => <ExcellenceSection session={session} />,
    actions: () => <ActionsSection session={session} />,
    appendix: () => <AppendixSection session={session} rowLimit={appendixRows} />,
  };
  return (
    <ReportTextProvider language={language}>
      <article className="report-document" lang={language}>
        <PageFooter session={session} coverFirst={printed[0] === 'cover'} />
        {printed.map((section) => (
          <div key={section} className={`report-sheet report-sheet-${section}`}>
            {content[section]()}
          </div>
        ))}
      </article>
    </ReportTextProvider>
  );
}
