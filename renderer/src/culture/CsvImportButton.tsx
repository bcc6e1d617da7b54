import { useRef, useState } from 'react';
import { cultureImportCommands, parseCultureCsv } from '../../../shared/culture/csv';
import { formatCsvProblems, MAX_CSV_BYTES } from '../../../shared/csv';
import { Dialog } from '../components/Dialog';
import { useNotices } from '../components/Notices';
import { useLanguage, useT } from '../i18n';
import { useSession } from '../session/SessionContext';

/**
 * Imports a culture CSV (docs/culture.md): read and checked here, then every row (and any new
 * group) is sent as one undoable step. A file with any problem imports nothing and lists why.
 */
export function CsvImportButton() {
  const t = useT();
  const { language } = useLanguage();
  const notices = useNotices();
  const { session, executeMany } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string | null>(null);

  const importFile = async (file: File) => {
    if (file.size > MAX_CSV_BYTES) {
      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      setProblems(t('error.tooLarge', { size: mb(file.size), max: mb(MAX_CSV_BYTES) }));
      return;
    }
    const outcome = parseCultureCsv(await file.text());
    if (!outcome.ok) {
      setProblems(formatCsvProblems(outcome.problems, language));
      return;
    }
    const { commands, entries } = cultureImportCommands(session, outcome.value);
    if (entries === 0) {
      notices.notify(t('culture.import.nothing'));
      return;
    }
    if (await executeMany(commands)) {
      const notes =
        outcome.notes.length > 0 ? `\n${formatCsvProblems(outcome.notes, language)}` : '';
      notices.notify(`${t('culture.import.done', { count: entries })}${notes}`);
    }
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('culture.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="culture-csv-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Dialog
        title={t('culture.import.failed')}
        open={problems !== null}
        onClose={() => setProblems(null)}
      >
        <pre className="culture-problems" role="alert">
          {problems}
        </pre>
      </Dialog>
    </>
  );
}
