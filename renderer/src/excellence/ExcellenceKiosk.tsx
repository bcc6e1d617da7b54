import { useT } from '../i18n';

// Placeholder until the excellence slice's screens land (owned by the excellence method's engineer).
export function ExcellenceKiosk() {
  const t = useT();
  return <p className="empty">{t('excellence.title')}</p>;
}
