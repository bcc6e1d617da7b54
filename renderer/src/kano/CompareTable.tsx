import { useMemo } from 'react';
import { categoryLabel } from '../../../shared/kano/analysis';
import type { Session } from '../../../shared/session';
import { formatNumber } from '../components/format';
import { useLanguage } from '../i18n';
import { kanoAnalysis } from '../session/analyses';
import { CATEGORY_FILL, CATEGORY_INK } from './categoryStyle';

/** Groups side by side: per wish, each group's category and Better/Worse. */
export function CompareTable({ session }: { session: Session }) {
  const { t, language } = useLanguage();
  const columns = useMemo(
    () => [
      { id: 'all', name: t('kano.results.all'), results: kanoAnalysis(session.kano) },
      ...session.groups.map((g) => ({
        id: g.id,
        name: g.name,
        results: kanoAnalysis(session.kano, g.id),
      })),
    ],
    [session, t],
  );
  const coefficient = (value: number | null) =>
    value === null ? t('kano.table.undefined') : formatNumber(value, language, 2);
  return (
    <>
      <div className="kano-table-scroll">
        <table className="kano-results" data-testid="kano-compare">
          <caption className="visually-hidden">{t('kano.compare.caption')}</caption>
          <thead>
            <tr>
              <th>{t('kano.table.wish')}</th>
              {columns.map((c) => (
                <th key={c.id}>{c.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {session.kano.wishes.map((wish, row) => (
              <tr key={wish.id}>
                <th scope="row" className="kano-result-wish">
                  {wish.name}
                </th>
                {columns.map((c) => {
                  const r = c.results[row];
                  if (!r || r.category === null)
                    return (
                      <td key={c.id} className="muted">
                        —
                      </td>
                    );
                  return (
                    <td key={c.id}>
                      <span
                        className="kano-badge"
                        style={{
                          background: CATEGORY_FILL[r.category],
                          color: CATEGORY_INK[r.category],
                        }}
                      >
                        {categoryLabel(r)}
                      </span>{' '}
                      <span className="muted">
                        n {r.n} · {coefficient(r.better)} / {coefficient(r.worse)}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted kano-compare-legend" data-testid="kano-compare-legend">
        {t('kano.compare.legend')}
      </p>
    </>
  );
}
