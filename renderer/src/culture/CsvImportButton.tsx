import { cultureImportCommands, parseCultureCsv } from '../../../shared/culture/csv';
import { CsvImportButton as ImportButton } from '../components/CsvImportButton';
import { useT } from '../i18n';

/**
 * Imports a culture CSV (docs/culture.md): every row (and any new group) is sent as one
 * undoable step. A file with any problem imports nothing and lists why.
 */
export function CsvImportButton() {
  const t = useT();
  return (
    <ImportButton
      label={t('culture.import')}
      failedTitle={t('culture.import.failed')}
      testId="culture-csv-input"
      read={(text, session) => {
        const outcome = parseCultureCsv(text);
        if (!outcome.ok) return { kind: 'problems', problems: outcome.problems };
        const { commands, entries } = cultureImportCommands(session, outcome.value);
        if (entries === 0) return { kind: 'nothing', message: t('culture.import.nothing') };
        return {
          kind: 'import',
          commands,
          notes: outcome.notes,
          message: t('culture.import.done', { count: entries }),
        };
      }}
    />
  );
}
