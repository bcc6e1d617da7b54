import type { Session } from '../../../../shared/session';
import { cultureAnalysis } from '../../session/analyses';
import { LIST_NAME, LISTS } from '../../culture/steering';
import { useReportText } from '../reportText';

/**
 * Every word of the from→to, list by list as the facilitator steered them, with both counts:
 * the from→to table stops after a dozen rows, this one never does.
 */
export function CultureWordsAppendix({
  session,
  rowLimit,
}: {
  session: Session;
  rowLimit?: number;
}) {
  const { t } = useReportText();
  const cloud = cultureAnalysis(session.culture);
  const moved = new Set(cloud.steered.moved.map((move) => move.key));
  const rows = LISTS.flatMap((list) => cloud.steered[list].map((word) => ({ list, word })));
  if (rows.length === 0) return null;
  const hidden = rowLimit === undefined ? 0 : Math.max(0, rows.length - rowLimit);
  const shown = hidden > 0 ? rows.slice(0, rowLimit) : rows;
  return (
    <>
      <h3>{t('culture.report.allWords')}</h3>
      <table className="report-table report-compact report-narrow" data-testid="appendix-words">
        <thead>
          <tr>
            <th className="report-text-cell">{t('culture.table.word')}</th>
            <th className="report-text-cell">{t('culture.report.list')}</th>
            <th>{t('culture.currentShort')}</th>
            <th>{t('culture.desiredShort')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ list, word }) => (
            <tr key={word.key}>
              <td className="report-text-cell">{word.word}</td>
              <td className="report-text-cell">
                {t(LIST_NAME[list])}
                {moved.has(word.key) && ` ${t('culture.report.moved')}`}
              </td>
              <td>{word.current}</td>
              <td>{word.desired}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <p className="report-note">{t('report.appendix.morePreview', { count: hidden })}</p>
      )}
    </>
  );
}
