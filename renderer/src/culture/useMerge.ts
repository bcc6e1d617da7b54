import { useCallback } from 'react';
import { buildVocabulary } from '../../../shared/culture/vocabulary';
import { useNotices } from '../components/Notices';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';

/** Merges one word into another and says so (the merge log and undo can take it back). */
export function useMerge(): (fromKey: string, intoKey: string) => Promise<void> {
  const t = useT();
  const notices = useNotices();
  const { session, execute } = useSession();
  return useCallback(
    async (fromKey, intoKey) => {
      const vocabulary = buildVocabulary(session.culture);
      if (await execute({ type: 'culture.merge', from: fromKey, into: intoKey })) {
        const from = vocabulary.spelling(fromKey);
        const into = vocabulary.spelling(intoKey);
        notices.notify(t('culture.words.merged', { from, into }));
      }
    },
    [session.culture, execute, notices, t],
  );
}
