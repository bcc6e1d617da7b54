import { useMemo } from 'react';
import { analyseCulture, mergeLog } from '../../../shared/culture/analysis';
import { compareWords } from '../../../shared/culture/normalise';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { useMerge } from './useMerge';

interface WordRow {
  key: string;
  word: string;
  current: number;
  desired: number;
  limiting: boolean;
}

/** Every word of both clouds once, most mentions first. */
function wordRows(analysis: ReturnType<typeof analyseCulture>): WordRow[] {
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

/** The facilitator's curation: merge, hide, tag as limiting, the merge log and hidden words. */
export function WordsView() {
  const t = useT();
  const { session, execute } = useSession();
  const merge = useMerge();
  const analysis = useMemo(() => analyseCulture(session.culture), [session.culture]);
  const rows = useMemo(() => wordRows(analysis), [analysis]);
  const byWord = useMemo(() => [...rows].sort((a, b) => compareWords(a.word, b.word)), [rows]);
  const merges = useMemo(() => mergeLog(session.culture), [session.culture]);

  return (
    <div className="culture-words-view">
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
        {rows.length === 0 ? (
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
              {rows.map((row) => (
                <tr key={row.key} data-testid="culture-word-row">
                  <td className="culture-word">{row.word}</td>
                  <td className="num">{row.current || ''}</td>
                  <td className="num">{row.desired || ''}</td>
                  <td>
                    <select
                      aria-label={t('culture.words.mergeLabel', { word: row.word })}
                      value=""
                      onChange={(e) => void merge(row.key, e.target.value)}
                    >
                      <option value="">{t('culture.words.mergeInto')}</option>
                      {byWord
                        .filter((other) => other.key !== row.key)
                        .map((other) => (
                          <option key={other.key} value={other.key}>
                            {other.word}
                          </option>
                        ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('culture.words.limiting')}: ${row.word}`}
                      checked={row.limiting}
                      onChange={(e) =>
                        void execute({
                          type: 'culture.setLimiting',
                          word: row.key,
                          limiting: e.target.checked,
                        })
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`${t('culture.words.hide')}: ${row.word}`}
                      onClick={() =>
                        void execute({ type: 'culture.setHidden', word: row.key, hidden: true })
                      }
                    >
                      {t('culture.words.hide')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
          {analysis.hidden.length === 0 && <p className="muted">{t('culture.words.noHidden')}</p>}
          <ul className="culture-plain-list">
            {analysis.hidden.map((h) => (
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
