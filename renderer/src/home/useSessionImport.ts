import { useCallback } from 'react';
import { MAX_SESSION_IMPORT_BYTES, type SessionSummary } from '../../../shared/api';
import { api } from '../api/client';
import { formatMegabytes } from '../components/format';
import { useNotices } from '../components/Notices';
import { useLanguage } from '../i18n';

/** A session file as the page has it: picked, dropped, or read by the desktop app. */
export interface SessionFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * The one way a session file comes in (the home screen's button, a file dropped on the window,
 * a file opened from the system): the size limit, then main's validated import; the facilitator
 * hears what happened, also what was repaired. Resolves to the imported session, or null when
 * it was refused (the reason is shown).
 */
export function useSessionImport(): (file: SessionFile) => Promise<SessionSummary | null> {
  const { t, language } = useLanguage();
  const notices = useNotices();
  return useCallback(
    async (file) => {
      if (file.size > MAX_SESSION_IMPORT_BYTES) {
        notices.notify(
          t('error.tooLarge', {
            size: formatMegabytes(file.size, language),
            max: formatMegabytes(MAX_SESSION_IMPORT_BYTES, language),
          }),
          { kind: 'error' },
        );
        return null;
      }
      try {
        const { summary, renamedId, repairs } = await api.importSession(await file.text());
        notices.notify(
          t(renamedId ? 'home.importedAsNew' : 'home.imported', { name: summary.name }),
        );
        for (const { kind, count } of repairs) {
          notices.notify(t(`import.repaired.${kind}`, { count }));
        }
        return summary;
      } catch (error) {
        notices.fail(error);
        return null;
      }
    },
    [t, language, notices],
  );
}
