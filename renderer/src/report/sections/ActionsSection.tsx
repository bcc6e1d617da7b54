import type { Session } from '../../../../shared/session';
import { blockShortNameKey, isBlockNumber } from '../../../../shared/excellence/blocks';
import { useReportText } from '../reportText';

/** The actions the team agreed per building block: what, who, when. */
export function ActionsSection({ session }: { session: Session }) {
  const { t } = useReportText();
  const actions = [...session.excellence.actions].sort((a, b) => a.block - b.block);
  return (
    <section className="report-actions">
      <h2>{t('report.actions.title')}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th className="report-text-cell">{t('report.excellence.block')}</th>
            <th className="report-text-cell">{t('report.actions.what')}</th>
            <th className="report-text-cell">{t('report.actions.who')}</th>
            <th className="report-text-cell">{t('report.actions.when')}</th>
            <th className="report-text-cell">{t('report.actions.status')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <td className="report-text-cell">
                {action.block}.{' '}
                {isBlockNumber(action.block) ? t(blockShortNameKey(action.block)) : ''}
              </td>
              <td className="report-text-cell">{action.what}</td>
              <td className="report-text-cell">{action.who}</td>
              <td className="report-text-cell">{action.when}</td>
              <td className="report-text-cell">{t(`report.actions.status.${action.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
