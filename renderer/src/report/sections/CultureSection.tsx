import type { Session } from '../../../../shared/session';
import type { CultureAnalysis } from '../../../../shared/culture/analysis';
import { cultureAnalysis } from '../../session/analyses';
import { useReportText } from '../reportText';
import { ReportCloud } from './ReportCloud';

/** Rows of the from-to table: enough to tell the story; every word is in the clouds and appendix. */
const FROM_TO_ROWS = 12;

/** Culture: the current and the desired cloud side by side, and the from-to table. */
export function CultureSection({ session }: { session: Session }) {
  const { t, number, percent } = useReportText();
  const cloud = cultureAnalysis(session.culture);
  return (
    <section className="report-culture">
      <h2>{t('report.culture.title')}</h2>
      <p className="report-intro">{t('report.culture.intro', { count: cloud.participants })}</p>
      <div className="report-clouds report-keep">
        <figure className="report-cloud report-current">
          <figcaption>{t('culture.current')}</figcaption>
          <ReportCloud words={cloud.current} theme="current" label={t('culture.current')} />
        </figure>
        <figure className="report-cloud report-desired">
          <figcaption>{t('culture.desired')}</figcaption>
          <ReportCloud words={cloud.desired} theme="desired" label={t('culture.desired')} />
        </figure>
      </div>
      <h3>{t('report.culture.fromTo')}</h3>
      <FromToTable cloud={cloud} />
      <p className="report-note">
        <strong>{t('culture.fromTo.overlap')}: </strong>
        {t('report.culture.overlapText', {
          share: percent(cloud.overlapShare),
          cosine: number(cloud.cosine, 2),
        })}
        {cloud.entropy !== null &&
          ` ${t('report.culture.entropy', { entropy: percent(cloud.entropy / 100) })}`}
      </p>
    </section>
  );
}

function FromToTable({ cloud }: { cloud: CultureAnalysis }) {
  const { t } = useReportText();
  // Only the rows shown: a large session has hundreds of words in each column.
  const columns = [
    cloud.letGo.slice(0, FROM_TO_ROWS).map((w) => `${w.word} (${w.count})`),
    cloud.keep
      .slice(0, FROM_TO_ROWS)
      .map(
        (w) =>
          `${w.word} (${t('culture.fromTo.keepCounts', { current: w.current, desired: w.desired })})`,
      ),
    cloud.develop.slice(0, FROM_TO_ROWS).map((w) => `${w.word} (${w.count})`),
  ];
  const rows = Math.min(FROM_TO_ROWS, Math.max(...columns.map((c) => c.length)));
  return (
    <table className="report-table report-from-to">
      <thead>
        <tr>
          <th className="report-text-cell report-current">{t('culture.fromTo.letGo')}</th>
          <th className="report-text-cell">{t('culture.fromTo.keep')}</th>
          <th className="report-text-cell report-desired">{t('culture.fromTo.develop')}</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, row) => (
          <tr key={row}>
            {columns.map((column, index) => (
              <td key={index} className="report-text-cell">
                {column[row] ?? ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
