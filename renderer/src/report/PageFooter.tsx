import type { Session } from '../../../shared/session';
import { footerCss } from '../../../shared/report/footer';
import { useReportText } from './reportText';

/** The footer of every printed page but the cover: organisation, session name, page x of y. */
export function PageFooter({ session, coverFirst }: { session: Session; coverFirst: boolean }) {
  const { t } = useReportText();
  const title = [session.organisation, session.name]
    .filter((part) => part.trim() !== '')
    .join(' · ');
  return <style>{footerCss(title, t('report.footer.page'), coverFirst)}</style>;
}
