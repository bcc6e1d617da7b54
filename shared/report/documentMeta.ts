import type { ReportMeta } from '../contracts/reportMeta';
import { translate, type MessageKey } from '../i18n';
import type { Language, Session } from '../session';
import type { ReportSection } from './model';

/** The methods a report can hold, with their name on the cover. */
const METHOD_SECTIONS: Partial<Record<ReportSection, MessageKey>> = {
  culture: 'report.cover.culture',
  kano: 'report.cover.kano',
  excellence: 'report.cover.excellence',
};

/** "Organisatie – Sessie": what the report is about, in its title and the PDF's. */
function reportName(session: Pick<Session, 'organisation' | 'name'>): string {
  return [session.organisation, session.name].filter(Boolean).join(' – ');
}

/**
 * The report's document information, the same for the page title and the PDF: the title names
 * the session, the author is the facilitator, the subject says what kind of report it is and
 * which methods it holds.
 */
export function reportDocumentMeta(
  session: Pick<Session, 'organisation' | 'name' | 'facilitator'>,
  language: Language,
  sections: readonly ReportSection[],
): ReportMeta {
  const methods = sections.flatMap((section) => {
    const key = METHOD_SECTIONS[section];
    return key ? [translate(language, key)] : [];
  });
  const kind = translate(language, 'report.cover.kind');
  return {
    title: translate(language, 'report.documentTitle', { name: reportName(session) }),
    author: session.facilitator,
    subject: methods.length > 0 ? `${kind}: ${methods.join(', ')}` : kind,
    language,
  };
}
