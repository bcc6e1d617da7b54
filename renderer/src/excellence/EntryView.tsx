import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { CsvImportButton } from './CsvImportButton';
import { EntryGrid } from './EntryGrid';

/** Collecting scores by hand (paper forms) or from a file; the kiosk is started from the bar. */
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
        <CsvImportButton />
      </div>
      <p className="muted">{t('excellence.entry.hint')}</p>
      <EntryGrid />
    </section>
  );
}
