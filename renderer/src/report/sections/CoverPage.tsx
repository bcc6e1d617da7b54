import { participantCounts, type Session } from '../../../../shared/session';
import type { MethodsWithData } from '../../../../shared/report/content';
import type { MessageKey } from '../../../../shared/i18n';
import { useReportText } from '../reportText';

const METHOD_NAMES: Record<keyof MethodsWithData, MessageKey> = {
  culture: 'report.cover.culture',
  kano: 'report.cover.kano',
  excellence: 'report.cover.excellence',
};

/** Organisation, session name, date, facilitator and the participants of each method. */
export function CoverPage({ session, methods }: { session: Session; methods: MethodsWithData }) {
  const { t, date } = useReportText();
  const counts = participantCounts(session);
  const used = (Object.keys(METHOD_NAMES) as (keyof MethodsWithData)[]).filter((m) => methods[m]);
  return (
    <div className="report-cover">
      <div className="report-cover-band" />
      <p className="report-cover-kind">{t('report.cover.kind')}</p>
      {session.organisation && <p className="report-cover-organisation">{session.organisation}</p>}
      <h1 className="report-cover-title">{session.name}</h1>
      <dl className="report-cover-facts">
        <dt>{t('report.cover.date')}</dt>
        <dd>{date(session.date)}</dd>
        {session.facilitator && (
          <>
            <dt>{t('report.cover.facilitator')}</dt>
            <dd>{session.facilitator}</dd>
          </>
        )}
        {used.length > 0 && (
          <>
            <dt>{t('report.cover.participants')}</dt>
            <dd>
              <ul>
                {used.map((method) => (
                  <li key={method}>
                    {t(METHOD_NAMES[method])}: {t('report.cover.people', { count: counts[method] })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p className="report-cover-made">{t('report.cover.madeWith')}</p>
    </div>
  );
}
