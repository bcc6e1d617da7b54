import { StartKioskButton } from '../kiosk/StartKioskButton';
import { useT } from '../i18n';
import { CsvImport } from './CsvImport';
import { EntryGrid } from './EntryGrid';

/** Every way answers come in: the grid for paper forms, participant mode, and CSV import. */
export function EntryView() {
  const t = useT();
  return (
    <>
      <section className="card">
        <div className="kano-section-head">
          <h2>{t('kano.entry.title')}</h2>
          <StartKioskButton method="kano" />
        </div>
        <p className="muted">{t('kano.entry.explanation')}</p>
        <EntryGrid />
      </section>
      <CsvImport />
    </>
  );
}
