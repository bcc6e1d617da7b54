import { useT } from '../i18n';

// Placeholder until the culture slice's screens land (owned by the culture method's engineer).
export function CultureTab() {
  const t = useT();
  return <p className="empty">{t('culture.title')}</p>;
}
