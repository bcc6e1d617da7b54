import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { EntryGrid } from './EntryGrid';

/** Collecting scores by hand (paper forms); participant mode and CSV import are in the tab's bar. */
export function EntryView() {
  const t = useT();
  const { session } = useSession();
  return (
    <section className="card">
      <div className="section-head">
        <h2>
          {t('excellence.view.entry')}{' '}
          <span className="muted">
            · {t('excellence.entry.count', { count: session.excellence.participants.length })}
          </span>
        </h2>
      </div>
      <p className="muted">{t('excellence.entry.hint')}</p>
      <EntryGrid />
    </section>
  );
}
