import { useMemo } from 'react';
import type { CultureAnalysis } from '../../../shared/culture/analysis';
import { suggestMerges } from '../../../shared/culture/suggestions';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { useMerge } from './useMerge';

/**
 * "Samenvoegen?": words that are likely one word (same stem, or a typo). Never merged by
 * itself: one click merges (the normal, undoable merge) or says no (remembered).
 */
export function MergeSuggestions({ analysis }: { analysis: CultureAnalysis }) {
  const t = useT();
  const { session, execute } = useSession();
  const merge = useMerge();
  const suggestions = useMemo(
    () => suggestMerges(session.culture, analysis, session.language),
    [session.culture, analysis, session.language],
  );

  return (
    <section className="card culture-suggestions" data-testid="merge-suggestions">
      <h2>{t('culture.suggest.title')}</h2>
      <p className="muted">{t('culture.suggest.hint')}</p>
      {suggestions.length === 0 ? (
        <p className="muted">{t('culture.suggest.none')}</p>
      ) : (
        <ul className="culture-plain-list">
          {suggestions.map((s) => (
            <li key={`${s.from}\n${s.into}`} data-testid="merge-suggestion">
              <span className="culture-suggestion-text">
                {t('culture.suggest.line', { from: s.fromWord, into: s.intoWord })}
                <span className="muted culture-suggestion-reason">
                  ({t(s.reason === 'stem' ? 'culture.suggest.stem' : 'culture.suggest.typo')})
                </span>
              </span>
              <span className="culture-suggestion-actions">
                <button
                  type="button"
                  aria-label={t('culture.suggest.acceptLabel', {
                    from: s.fromWord,
                    into: s.intoWord,
                  })}
                  onClick={() => void merge(s.from, s.into)}
                >
                  {t('culture.suggest.accept')}
                </button>
                <button
                  type="button"
                  aria-label={t('culture.suggest.dismissLabel', {
                    from: s.fromWord,
                    into: s.intoWord,
                  })}
                  onClick={() =>
                    void execute({ type: 'culture.dismissSuggestion', from: s.from, into: s.into })
                  }
                >
                  {t('culture.suggest.dismiss')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
