import { useMemo, useState } from 'react';
import { categoryLabel, flaggedAnswers, type WishAnalysis } from '../../../shared/kano/analysis';
import { CATEGORY_PRIORITY } from '../../../shared/kano/categoryStats';
import type { KanoData } from '../../../shared/kano/model';
import type { MessageKey } from '../../../shared/i18n';
import { formatNumber } from '../components/format';
import { useLanguage } from '../i18n';
import { CATEGORY_FILL, CATEGORY_INK } from './categoryStyle';
import { respondentName } from './respondentName';

type SortKey = 'order' | 'name' | 'n' | 'category' | 'better' | 'worse' | 'importance';

interface Props {
  results: readonly WishAnalysis[];
  data: KanoData;
  groupId: string | undefined;
}

/** Sorting on a column; wishes without a value go last whatever the direction. */
function sortValue(r: WishAnalysis, key: SortKey, order: number): number | string | null {
  switch (key) {
    case 'order':
      return order;
    case 'name':
      return r.wish.name;
    case 'n':
      return r.n;
    case 'category':
      return r.category === null ? null : CATEGORY_PRIORITY.indexOf(r.category);
    case 'better':
      return r.better;
    case 'worse':
      return r.worse === null ? null : Math.abs(r.worse);
    case 'importance':
      return r.importance;
  }
}

/** The table per wish: n, counts and shares, category (or mix), Better, Worse, importance. */
export function ResultsTable({ results, data, groupId }: Props) {
  const { t, language } = useLanguage();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'order',
    descending: false,
  });

  const rows = useMemo(() => {
    const indexed = results.map((r, i) => ({ r, order: i }));
    const direction = sort.descending ? -1 : 1;
    return indexed.sort((a, b) => {
      const x = sortValue(a.r, sort.key, a.order);
      const y = sortValue(b.r, sort.key, b.order);
      if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
      const compared =
        typeof x === 'string' ? x.localeCompare(String(y), language) : x - (y as number);
      return compared === 0 ? a.order - b.order : compared * direction;
    });
  }, [results, sort, language]);

  const names = useMemo(
    () => new Map(data.respondents.map((r, i) => [r.id, respondentName(t, r, i)])),
    [data.respondents, t],
  );

  const header = (key: SortKey, label: MessageKey, className?: string) => {
    const active = sort.key === key;
    return (
      <th
        className={className}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="kano-sort"
          title={t('kano.table.sortBy', { column: t(label) })}
          onClick={() =>
            setSort({
              key,
              // Figures read best from large to small; names and the session order A→Z.
              descending: active ? !sort.descending : !['order', 'name'].includes(key),
            })
          }
        >
          {t(label)}
          {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };

  const number = (value: number | null, digits: number) =>
    value === null ? t('kano.table.undefined') : formatNumber(value, language, digits);

  return (
    <div className="kano-table-scroll">
      <table className="kano-results" data-testid="kano-results">
        <caption className="visually-hidden">{t('kano.table.caption')}</caption>
        <thead>
          <tr>
            {header('order', 'kano.table.order', 'num')}
            {header('name', 'kano.table.wish')}
            {header('n', 'kano.table.n', 'num')}
            {CATEGORY_PRIORITY.map((c) => (
              <th key={c} className="num" title={t(`kano.category.${c}`)}>
                {c}
              </th>
            ))}
            {header('category', 'kano.table.category')}
            <th>{t('kano.table.fong')}</th>
            {header('better', 'kano.table.better', 'num')}
            {header('worse', 'kano.table.worse', 'num')}
            {header('importance', 'kano.table.importance', 'num')}
            <th>{t('kano.table.consensus')}</th>
            <th>{t('kano.table.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, order }) => {
            const flagged = flaggedAnswers(
              data,
              r.wish.id,
              groupId === undefined ? {} : { groupId },
            );
            const label = categoryLabel(r);
            return (
              <tr key={r.wish.id} data-testid="result-row">
                <td className="num muted">{order + 1}</td>
                <th scope="row" className="kano-result-wish">
                  {r.wish.name}
                </th>
                <td className="num">{r.n}</td>
                {CATEGORY_PRIORITY.map((c) => (
                  <td key={c} className="num kano-count">
                    {r.counts[c]}
                    <span className="muted">{formatNumber(r.percentages[c], language, 0)}%</span>
                  </td>
                ))}
                <td>
                  {r.category && (
                    <span
                      className="kano-badge"
                      data-testid="result-category"
                      title={t(`kano.category.${r.category}`)}
                      style={{
                        background: CATEGORY_FILL[r.category],
                        color: CATEGORY_INK[r.category],
                      }}
                    >
                      {label}
                    </span>
                  )}
                </td>
                <td>
                  {r.n > 0 && (r.significant ? t('kano.table.significant') : t('kano.table.mix'))}
                </td>
                <td className="num">{number(r.better, 2)}</td>
                <td className="num">{number(r.worse, 2)}</td>
                <td className="num">{number(r.importance, 1)}</td>
                <td>
                  {r.consensus && (
                    <span
                      className="kano-badge"
                      title={t(`kano.category.${r.consensus}`)}
                      style={{
                        background: CATEGORY_FILL[r.consensus],
                        color: CATEGORY_INK[r.consensus],
                      }}
                    >
                      {r.consensus}
                    </span>
                  )}
                </td>
                <td>
                  {flagged.length > 0 && (
                    <span
                      className="kano-flag"
                      data-testid="result-flag"
                      title={t('kano.table.flagTitle', {
                        who: flagged
                          .map((f) => `${names.get(f.respondentId)} (${f.category})`)
                          .join(', '),
                      })}
                    >
                      ⚑ {t('kano.table.flag', { q: r.counts.Q, r: r.counts.R })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted kano-legend">{t('kano.table.legend')}</p>
    </div>
  );
}
