import { formatCsvProblems, type CsvEncoding, type CsvOutcome } from '../../../shared/csv';
import type { MethodCsvImport } from '../../../shared/csvImport';
import { languageSchema, type Language } from '../../../shared/session';

/** A text in every language of the app, so that it can be made where the catalogue is. */
export type InEveryLanguage = Readonly<Record<Language, string>>;

/**
 * What the CSV import button shows of a file read against the session: the problems, or the
 * summary and notes of the import it is about to send. Plain data in every language, so that it
 * crosses cheaply from the session worker (which reads large files off the window's thread) and
 * is the same whichever thread read the file. The commands themselves travel apart.
 */
export type CsvImportReport =
  | { ok: false; problems: InEveryLanguage }
  | {
      ok: true;
      /** How many commands the import sends (0: nothing to import). */
      commandCount: number;
      encoding: CsvEncoding;
      summary: InEveryLanguage;
      /** The notes (labels already there…), with their line numbers; null when none. */
      notes: InEveryLanguage | null;
    };

function inEveryLanguage(text: (language: Language) => string): InEveryLanguage {
  return Object.fromEntries(languageSchema.options.map((l) => [l, text(l)])) as InEveryLanguage;
}

/** The report of a CSV engine outcome (shared/csvImport.ts). */
export function csvImportReport(outcome: CsvOutcome<MethodCsvImport>): CsvImportReport {
  if (!outcome.ok) {
    return { ok: false, problems: inEveryLanguage((l) => formatCsvProblems(outcome.problems, l)) };
  }
  const { value, notes } = outcome;
  return {
    ok: true,
    commandCount: value.commands.length,
    encoding: value.encoding,
    summary: inEveryLanguage((l) => value.summary(l)),
    notes: notes.length > 0 ? inEveryLanguage((l) => formatCsvProblems(notes, l)) : null,
  };
}
