import { useT } from '../i18n';

// Placeholder until the kano slice's screens land (owned by the kano method's engineer).
export function KanoKiosk() {
  const t = useT();
  return <p className="empty">{t('kano.title')}</p>;
}
