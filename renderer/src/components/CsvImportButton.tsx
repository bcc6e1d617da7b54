import { useRef, useState } from 'react';
import { columnNames, MAX_CSV_BYTES, type CsvEncoding } from '../../../shared/csv';
import { methodById, type MethodId } from '../../../shared/methods';
import { readCsvImport } from '../api/csvImport';
import { useLanguage } from '../i18n';
import { useSession, type CommandInput } from '../session/SessionContext';
import { Dialog } from './Dialog';
import { formatMegabytes } from './format';
import { useNotices } from './Notices';

/** The encodings by the names spreadsheet programs show (not translated: technical names). */
const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
};

/**
 * The CSV import of every method: a file is checked for size, read by the one CSV engine
 * (importMethodCsv: encoding, delimiter, header, limits, groups) against the session as it is
 * now, in the session worker where there is one (api/csvImport.ts), and all its changes go in
 * as one undo step. A file with any problem imports nothing and the dialog lists why, with line
 * numbers.
 */
export function CsvImportButton({ method }: { method: MethodId }) {
  const { t, language } = useLanguage();
  // The columns as the CSV engine reads them: one source for the format and this hint.
  const help = t('csvImport.columns', {
    columns: methodById(method).csv.columns.map(columnNames).join(', '),
  });
  const { session, executeMany } = useSession();
  const notices = useNotices();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string | null>(null);

  const importFile = async (file: File) => {
    if (file.size > MAX_CSV_BYTES) {
      const mb = (bytes: number) => formatMegabytes(bytes, language);
      setProblems(t('error.tooLarge', { size: mb(file.size), max: mb(MAX_CSV_BYTES) }));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { report, commands } = await readCsvImport(method, bytes, session);
    if (!report.ok) {
      setProblems(report.problems[language]);
      return;
    }
    if (report.commandCount === 0) {
      notices.notify(t('csvImport.nothing'));
      return;
    }
    // The engine's commands are deeply read-only; they are only sent, never changed.
    if (await executeMany(commands as CommandInput[])) {
      const lines = [report.summary[language]];
      // Worth knowing when a word looks wrong: the file was not UTF-8 (e.g. Excel's default).
      if (report.encoding !== 'utf-8') {
        lines.push(t('csvImport.encoding', { encoding: ENCODING_NAMES[report.encoding] }));
      }
      if (report.notes) lines.push(report.notes[language]);
      notices.notify(lines.join('\n'));
    }
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={help}>
        {t('csvImport.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        hidden
        data-testid={`csv-import-${method}`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Dialog
        title={t('csvImport.failed')}
        open={problems !== null}
        onClose={() => setProblems(null)}
        wide
      >
        <pre className="csv-problems" role="alert">
          {problems}
        </pre>
        <p className="muted">{help}</p>
      </Dialog>
    </>
  );
}
