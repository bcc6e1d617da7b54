import type { BlockAnalysis } from '../../../shared/excellence/analysis';
import type { BlockNumber } from '../../../shared/excellence/blocks';
import { blockShortNameKey } from '../../../shared/excellence/blocks';
import { useT } from '../i18n';
import { useFigure } from './useFigure';

interface RankingListProps {
  ranking: readonly BlockAnalysis[];
  candidates: readonly BlockNumber[];
}

/** Blocks by gap, largest first; the candidates for action stand out. */
export function RankingList({ ranking, candidates }: RankingListProps) {
  const t = useT();
  const figure = useFigure();
  const largest = Math.max(1, ...ranking.map((b) => Math.abs(b.gap ?? 0)));
  return (
    <section className="card ranking-card">
      <h2>{t('excellence.ranking.title')}</h2>
      <p className="muted">{t('excellence.ranking.hint')}</p>
      <ol className="ranking">
        {ranking.map((b) => {
          const candidate = candidates.includes(b.block);
          return (
            <li
              key={b.block}
              className={candidate ? 'ranking-item candidate' : 'ranking-item'}
              data-testid="ranking-item"
            >
              <span className="ranking-name">
                {b.block}. {t(blockShortNameKey(b.block))}
                {candidate && (
                  <span className="badge" title={t('excellence.ranking.candidate')}>
                    ★ <span className="visually-hidden">{t('excellence.ranking.candidate')}</span>
                  </span>
                )}
              </span>
              <span className="ranking-bar" aria-hidden="true">
                <span style={{ width: `${(Math.max(0, b.gap ?? 0) / largest) * 100}%` }} />
              </span>
              <span className="ranking-gap num">{figure(b.gap)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
