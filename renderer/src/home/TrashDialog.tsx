import { useEffect, useState } from 'react';
import type { TrashItem } from '../../../shared/api';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { formatDate, formatDateTime } from '../components/format';
import { useNotices } from '../components/Notices';
import { useLanguage } from '../i18n';

interface Props {
  open: boolean;
  onClose(): void;
  onRestored(): void;
}

/** Deleted sessions, restorable for 30 days. */
export function TrashDialog({ open, onClose, onRestored }: Props) {
  const { t, language } = useLanguage();
  const notices = useNotices();
  const [items, setItems] = useState<TrashItem[]>([]);

  useEffect(() => {
    if (!open) return;
    api.listTrash().then(setItems, notices.fail);
  }, [open, notices]);

  const restore = async (item: TrashItem) => {
    try {
      await api.restoreFromTrash(item.id);
      setItems((all) => all.filter((i) => i !== item));
      notices.notify(t('home.restored', { name: item.name }));
      onRestored();
    } catch (error) {
      notices.fail(error);
    }
  };

  return (
    <Dialog title={t('trash.title')} open={open} onClose={onClose} wide>
      <p className="muted">{t('trash.explanation')}</p>
      {items.length === 0 ? (
        <p className="empty">{t('trash.empty')}</p>
      ) : (
        <table className="sessions-table">
          <thead>
            <tr>
              <th>{t('session.name')}</th>
              <th>{t('trash.deletedAt')}</th>
              <th>{t('trash.purgeAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.id}-${item.deletedAt}`} data-testid="trash-row">
                <td>
                  {item.name}
                  {item.organisation && <div className="muted">{item.organisation}</div>}
                </td>
                <td>{formatDateTime(item.deletedAt, language)}</td>
                <td>{formatDate(item.purgeAt, language)}</td>
                <td>
                  <button type="button" className="primary" onClick={() => void restore(item)}>
                    {t('home.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
