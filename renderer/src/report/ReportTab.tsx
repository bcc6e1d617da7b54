import { useT } from '../i18n';

// Placeholder until the report screens land.
export function ReportTab() {
  const t = useT();
  return <p className="empty">{t('report.title')}</p>;
}
