import { useRef, useState } from 'react';
import { formatCsvProblems, MAX_CSV_BYTES, type CsvProblem } from '../../../shared/csv';
import type { Session } from '../../../shared/session';
import { useLanguage } from '../i18n';
import { useSession, type CommandInput } from '../session/SessionContext';
import { Dialog } from './Dialog';
import { formatMegabytes } from './format';
import { useNotices } from './Notices';

/** What a method makes of a CSV file's text, read against the session as it is now. */
export type CsvImportReading =
  | { kind: 'problems'; problems: CsvProblem[] }
  /** Nothing to import: the message says so and nothing is sent. */
  | { kind: 'nothing'; message: string }
  /** `message` is shown once the commands are in; the notes are added below it. */
  | { kind: 'import'; commands: CommandInput[]; notes: CsvProblem[]; message: string };

interface CsvImportButtonProps {
  label: string;
  /** Tooltip of the button. */
  title?: string;
  /** Title of the dialog that lists the problems. */
  failedTitle: string;
  /** Shown under the problems. */
  help?: string;
  wide?: boolean;
  testId: string;
  read(text: string, session: Session): CsvImportReading;
}

/**
 * A button that imports a CSV file: checked for size, read in the renderer by the method's own
 * parser, then every command goes in as one undo step. A file with any problem imports nothing
 * and lists why, with line numbers.
 */
export function CsvImportButton({
  label,
  title,
  failedTitle,
  help,
  wide,
  testId,
  read,
}: CsvImportButtonProps) {
  const { t, language } = useLanguage();
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
    const reading = read(await file.text(), session);
    if (reading.kind === 'problems') {
      setProblems(formatCsvProblems(reading.problems, language));
      return;
    }
    if (reading.kind === 'nothing') {
      notices.notify(reading.message);
      return;
    }
    if (await executeMany(reading.commands)) {
      const notes =
        reading.notes.length > 0 ? `\n${formatCsvProblems(reading.notes, language)}` : '';
      notices.notify(`${reading.message}${notes}`);
    }
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={title}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Dialog
        title={failedTitle}
        open={problems !== null}
        onClose={() => setProblems(null)}
        wide={wide}
      >
        <pre className="csv-problems" role="alert">
          {problems}
        </pre>
        {help !== undefined && <p className="muted">{help}</p>}
      </Dialog>
    </>
  );
}
