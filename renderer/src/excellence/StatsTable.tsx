import type { BlockAnalysis } from '../../../shared/excellence/analysis';
import { blockNameKey } from '../../../shared/excellence/blocks';
import type { SeriesStats } from '../../../shared/excellence/stats';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { useFigure } from './useFigure';

const FIGURES = ['mean', 'median', 'min', 'max', 'sd'] as const;

/** Every figure per block, now and target side by side, wide spreads flagged. */
export function StatsTable({ blocks }: { blocks: readonly BlockAnalysis[] }) {
  const t = useT();
  const figure = useFigure();
  const { session } = useSession();
  const previous = session.excellence.previous;
  const previousNow = (block: number) =>
    previous?.blocks.find((p) => p.block === block)?.meanNow ?? null;
  const cells = (series: SeriesStats, side: string) =>
    FIGURES.map((name) => (
      <td
        key={name}
        className={`num side-${side}${name === 'mean' ? ' strong' : ''}`}
        data-figure={`${side}.${name}`}
      >
        {figure(series[name], name === 'sd' ? 2 : 1)}
      </td>
    ));
  return (
    <section className="card">
      <h2>{t('excellence.table.title')}</h2>
      <div className="table-scroll">
        <table className="stats-table" data-testid="excellence-stats">
          <thead>
            <tr>
              <th rowSpan={2}>{t('excellence.table.block')}</th>
              <th rowSpan={2} className="num">
                {t('excellence.table.n')}
              </th>
              <th colSpan={5} className="group-head side-now">
                {t('excellence.table.now')}
              </th>
              {previous && (
                <th rowSpan={2} className="num">
                  {t('excellence.table.previous')}
                </th>
              )}
              <th colSpan={5} className="group-head side-target">
                {t('excellence.table.target')}
              </th>
              <th rowSpan={2} className="num">
                {t('excellence.table.gap')}
              </th>
            </tr>
            <tr>
              {[0, 1].map((side) =>
                FIGURES.map((name) => (
                  <th key={`${side}-${name}`} className="num">
                    {t(`excellence.table.${name}`)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {blocks.map((b) => (
              <tr key={b.block} className={b.wideSpread ? 'wide' : undefined} data-block={b.block}>
                <th scope="row">
                  {b.block}. {t(blockNameKey(b.block))}
                  {b.wideSpread && <span className="wide-flag">{t('excellence.table.wide')}</span>}
                </th>
                <td className="num">{b.n}</td>
                {cells(b.now, 'now')}
                {previous && (
                  <td className="num" data-figure="previous">
                    {figure(previousNow(b.block))}
                  </td>
                )}
                {cells(b.target, 'target')}
                <td className="num strong" data-figure="gap">
                  {figure(b.gap)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {blocks.some((b) => b.wideSpread) && (
        <p className="muted">{t('excellence.table.wideNote')}</p>
      )}
    </section>
  );
}
