import { useRef, useState } from 'react';
import { formatCsvProblems } from '../../../shared/csv';
import { importExcellenceCsv } from '../../../shared/excellence/csv';
import { Dialog } from '../components/Dialog';
import { useNotices } from '../components/Notices';
import { useLanguage } from '../i18n';
import { useSession } from '../session/SessionContext';

/** Reads a CSV file in the renderer; all rows go in as one undo step, or nothing and the reasons. */
export function CsvImportButton() {
  const { t, language } = useLanguage();
  const { session, executeMany } = useSession();
  const notices = useNotices();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string | null>(null);

  const read = async (file: File) => {
    const outcome = importExcellenceCsv(await file.text(), session);
    if (!outcome.ok) {
      setProblems(formatCsvProblems(outcome.problems, language));
      return;
    }
    if (await executeMany(outcome.value.commands)) {
      const notes =
        outcome.notes.length > 0 ? `\n${formatCsvProblems(outcome.notes, language)}` : '';
      notices.notify(
        t('excellence.import.done', { count: outcome.value.participants.length }) + notes,
      );
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="excellence-import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      <button
        type="button"
        onClick={() => input.current?.click()}
        title={t('excellence.import.help')}
      >
        {t('excellence.import.button')}
      </button>
      <Dialog
        title={t('excellence.import.failed')}
        open={problems !== null}
        onClose={() => setProblems(null)}
        wide
      >
        <pre className="csv-problems" role="alert">
          {problems}
        </pre>
        <p className="muted">{t('excellence.import.help')}</p>
      </Dialog>
    </>
  );
}
