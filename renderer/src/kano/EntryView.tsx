import { useT } from '../i18n';
import { EntryGrid } from './EntryGrid';

/** The grid for paper forms; participant mode and CSV import are in the tab's bar. */
export function EntryView() {
  const t = useT();
  return (
    <>
      <section className="card">
        <div className="kano-section-head">
          <h2>{t('kano.entry.title')}</h2>
        </div>
        <p className="muted">{t('kano.entry.explanation')}</p>
        <EntryGrid />
      </section>
    </>
  );
}
