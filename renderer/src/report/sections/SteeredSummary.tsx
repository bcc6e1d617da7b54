import type { Session } from '../../../../shared/session';
import { SUMMARY_WORDS } from '../../../../shared/report/summary';
import { cultureAnalysis } from '../../session/analyses';
import { LIST_TITLE, LISTS } from '../../culture/steering';
import { useReportText } from '../reportText';
import { movedSentence } from './CultureSection';
import './cultureReport.css';

/**
 * The summary's from→to: the first words of let go, keep and develop as the facilitator steered
 * them, which words were moved, and the names of the core values.
 */
export function SteeredSummary({ session }: { session: Session }) {
  const { t } = useReportText();
  const cloud = cultureAnalysis(session.culture);
  const moved = movedSentence(cloud, t);
  const values = session.culture.coreValues
    .map((value) => value.name.trim())
    .filter((name) => name !== '');
  return (
    <div className="report-summary-block" data-testid="summary-steered">
      <h3>{t('culture.report.summarySteered')}</h3>
      <div className="report-summary-steered">
        {LISTS.map((list) => (
          <div key={list}>
            <p className="report-strong">{t(LIST_TITLE[list])}</p>
            <p>
              {cloud.steered[list]
                .slice(0, SUMMARY_WORDS)
                .map((word) => word.word)
                .join(', ') || t('report.summary.none')}
            </p>
          </div>
        ))}
      </div>
      {moved && <p className="report-muted">{moved}</p>}
      {values.length > 0 && (
        <p className="report-strong">
          {t('culture.report.summaryValues', { values: values.join(', ') })}
        </p>
      )}
    </div>
  );
}
