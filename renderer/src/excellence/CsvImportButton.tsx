import { importExcellenceCsv } from '../../../shared/excellence/csv';
import { CsvImportButton as ImportButton } from '../components/CsvImportButton';
import { useT } from '../i18n';

/** Reads a CSV file in the renderer; all rows go in as one undo step, or nothing and the reasons. */
export function CsvImportButton() {
  const t = useT();
  return (
    <ImportButton
      label={t('excellence.import.button')}
      title={t('excellence.import.help')}
      failedTitle={t('excellence.import.failed')}
      help={t('excellence.import.help')}
      wide
      testId="excellence-import-file"
      read={(text, session) => {
        const outcome = importExcellenceCsv(text, session);
        if (!outcome.ok) return { kind: 'problems', problems: outcome.problems };
        return {
          kind: 'import',
          commands: outcome.value.commands,
          notes: outcome.notes,
          message: t('excellence.import.done', { count: outcome.value.participants.length }),
        };
      }}
    />
  );
}
