import { useT } from '../i18n';

// Placeholder until the printable report lands.
export function PrintReport() {
  const t = useT();
  return <p data-report-ready="true">{t('report.title')}</p>;
}
