import { useMemo, useState } from 'react';
import { formatCsvProblems, MAX_CSV_BYTES } from '../../../shared/csv';
import { parseKanoCsv } from '../../../shared/kano/csv';
import { useNotices } from '../components/Notices';
import { useLanguage } from '../i18n';
import { useSession } from '../session/SessionContext';

/**
 * Reads a CSV file with the shared parser, shows what it would add (or what is wrong, with line
 * numbers) and imports it in one step on confirmation.
 */
export function CsvImport() {
  const { t, language } = useLanguage();
  const { session, executeMany } = useSession();
  const notices = useNotices();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  // Read against the session as it is now, so a change made meanwhile is taken into account.
  const outcome = useMemo(() => file && parseKanoCsv(file.text, session), [file, session]);

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    if (chosen.size > MAX_CSV_BYTES) {
      notices.notify(t('kano.import.tooLarge', { max: MAX_CSV_BYTES / 1024 / 1024 }), {
        kind: 'error',
      });
      return;
    }
    setFile({ name: chosen.name, text: await chosen.text() });
  };

  const confirm = async () => {
    if (!outcome?.ok) return;
    if (await executeMany(outcome.value.commands)) {
      notices.notify(
        t('kano.import.done', {
          answers: outcome.value.answers,
          respondents: outcome.value.respondents,
        }),
      );
      setFile(null);
    }
  };

  const lines = (text: string) => text.split('\n').map((line, i) => <li key={i}>{line}</li>);
  return (
    <section className="card">
      <h2>{t('kano.import.title')}</h2>
      <p className="muted">{t('kano.import.explanation')}</p>
      <label className="kano-file">
        {t('kano.import.choose')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {file && outcome && !outcome.ok && (
        <div role="alert" className="kano-import-problems">
          <p className="field-error">
            {file.name}: {t('kano.import.problems')}
          </p>
          <ul>{lines(formatCsvProblems(outcome.problems, language))}</ul>
        </div>
      )}
      {file && outcome?.ok && (
        <div className="kano-import-ready">
          <p>
            <strong>{file.name}</strong>:{' '}
            {t('kano.import.ready', {
              answers: outcome.value.answers,
              respondents: outcome.value.respondents,
              wishes: outcome.value.newWishes,
              groups: outcome.value.newGroups,
            })}
          </p>
          {outcome.notes.length > 0 && (
            <>
              <p>{t('kano.import.notes')}</p>
              <ul>{lines(formatCsvProblems(outcome.notes, language))}</ul>
            </>
          )}
          <div className="form-actions">
            <button type="button" onClick={() => setFile(null)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void confirm()}>
              {t('kano.import.confirm')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
