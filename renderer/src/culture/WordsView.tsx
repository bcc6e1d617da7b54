import { useLayoutEffect, useMemo, useRef } from 'react';
import { mergeLog, type CultureAnalysis } from '../../../shared/culture/analysis';
import { compareWords, matchingKey } from '../../../shared/culture/normalise';
import { useT } from '../i18n';
import { useCultureAnalysis } from '../session/analyses';
import { useSession } from '../session/SessionContext';
import { useProgressiveCount } from '../components/useProgressiveCount';
import { MergeSuggestions } from './MergeSuggestions';
import { useMerge } from './useMerge';
import './cultureResult.css';
import { WordTableRow, type WordActions, type WordRow } from './WordTableRow';

const WORD_LIST_ID = 'culture-merge-words';
const ROWS_PER_TASK = 100;

/** Every word of both clouds once, most mentions first. */
function wordRows(analysis: CultureAnalysis): WordRow[] {
  const rows = new Map<string, WordRow>();
  for (const [side, words] of [
    ['current', analysis.current],
    ['desired', analysis.desired],
  ] as const) {
    for (const w of words) {
      const row = rows.get(w.key) ?? { ...w, current: 0, desired: 0 };
      row[side] = w.count;
      rows.set(w.key, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => b.current + b.desired - (a.current + a.desired) || compareWords(a.word, b.word),
  );
}

/**
 * The facilitator's curation: merge suggestions, merge, hide, tag as limiting, the merge log
 * and hidden words.
 */
export function WordsView() {
  const t = useT();
  const { session, execute } = useSession();
  const merge = useMerge();
  const analysis = useCultureAnalysis(session);
  const rows = useMemo(() => (analysis ? wordRows(analysis) : []), [analysis]);
  const hidden = analysis?.hidden ?? [];
  const byWord = useMemo(() => [...rows].sort((a, b) => compareWords(a.word, b.word)), [rows]);
  // Text picked or typed → the word's key: the spelling shown, or what counts as the same word.
  const keys = useMemo(
    () =>
      new Map(rows.flatMap((row) => [[row.key, row.key] as const, [row.word, row.key] as const])),
    [rows],
  );
  // One set of actions for every row, reading the latest session: a row then redraws only
  // when its own word changes (600 rows for a large session).
  const latest = useRef({ keys, merge, execute });
  useLayoutEffect(() => {
    latest.current = { keys, merge, execute };
  });
  const actions = useMemo<WordActions>(
    () => ({
      find: (from, text) => {
        const { keys } = latest.current;
        const key = keys.get(text.trim()) ?? keys.get(matchingKey(text));
        return key !== undefined && key !== from ? key : null;
      },
      merge: (from, into) => void latest.current.merge(from, into),
      setLimiting: (word, limiting) =>
        void latest.current.execute({ type: 'culture.setLimiting', word, limiting }),
      hide: (word) =>
        void latest.current.execute({ type: 'culture.setHidden', word, hidden: true }),
    }),
    [],
  );
  // Drawn a hundred rows per task: the words of a large session are hundreds of rows of fields.
  const drawn = useProgressiveCount(rows.length, ROWS_PER_TASK);
  // The log needs the spellings of the whole vocabulary: only worth it when there are merges.
  const merges = useMemo(
    () => (session.culture.merges.length === 0 ? [] : mergeLog(session.culture)),
    [session.culture],
  );

  return (
    <div className="culture-words-view">
      {analysis && <MergeSuggestions analysis={analysis} />}
      <section className="card">
        <div className="culture-card-head">
          <h2>{t('culture.words.title')}</h2>
          <label className="culture-check">
            <input
              type="checkbox"
              checked={session.culture.profanityFilter}
              onChange={(e) =>
                void execute({ type: 'culture.setProfanityFilter', on: e.target.checked })
              }
            />
            {t('culture.words.profanityFilter')}
          </label>
        </div>
        <p className="muted">{t('culture.words.hint')}</p>
        {!analysis ? (
          <p className="muted">{t('common.loading')}</p>
        ) : rows.length === 0 ? (
          <p className="empty">{t('culture.cloud.empty')}</p>
        ) : (
          <table className="culture-words-table">
            <thead>
              <tr>
                <th>{t('culture.table.word')}</th>
                <th className="num">{t('culture.currentShort')}</th>
                <th className="num">{t('culture.desiredShort')}</th>
                <th>{t('culture.words.mergeInto')}</th>
                <th>{t('culture.words.limiting')}</th>
                <th aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, drawn).map((row) => (
                <WordTableRow key={row.key} row={row} listId={WORD_LIST_ID} actions={actions} />
              ))}
            </tbody>
          </table>
        )}
        <datalist id={WORD_LIST_ID}>
          {byWord.map((word) => (
            <option key={word.key} value={word.word} />
          ))}
        </datalist>
      </section>
      <div className="culture-two-columns">
        <section className="card" data-testid="merge-log">
          <h2>{t('culture.words.mergeLog')}</h2>
          {merges.length === 0 && <p className="muted">{t('culture.words.noMerges')}</p>}
          <ul className="culture-plain-list">
            {merges.map((m) => (
              <li key={m.from}>
                <span>{t('culture.words.mergeLine', { from: m.fromWord, into: m.intoWord })}</span>
                <button
                  type="button"
                  onClick={() => void execute({ type: 'culture.unmerge', from: m.from })}
                >
                  {t('culture.words.unmerge')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" data-testid="hidden-words">
          <h2>{t('culture.words.hidden')}</h2>
          {hidden.length === 0 && <p className="muted">{t('culture.words.noHidden')}</p>}
          <ul className="culture-plain-list">
            {hidden.map((h) => (
              <li key={h.key}>
                <span>
                  <span className="culture-word">{h.word}</span>{' '}
                  <span className="muted">
                    (
                    {t(
                      h.reason === 'hidden'
                        ? 'culture.words.reasonHidden'
                        : 'culture.words.reasonProfanity',
                    )}
                    )
                  </span>
                </span>
                <button
                  type="button"
                  onClick={() =>
                    void execute(
                      h.reason === 'hidden'
                        ? { type: 'culture.setHidden', word: h.key, hidden: false }
                        : { type: 'culture.setShownDespiteFilter', word: h.key, shown: true },
                    )
                  }
                >
                  {t('culture.words.show')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
