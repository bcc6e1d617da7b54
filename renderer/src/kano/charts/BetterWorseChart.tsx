import type { WishAnalysis } from '../../../../shared/kano/analysis';
import type { Language } from '../../../../shared/session';
import { formatNumber } from '../../components/format';
import type { Translate } from '../../i18n';
import { kanoQuadrants, ScatterChart } from './ScatterChart';

interface Props {
  results: readonly WishAnalysis[];
  t: Translate;
  language: Language;
}

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Berger et al.'s satisfaction coefficients: x = |Worse| (what missing it costs), y = Better
 * (what having it adds), split at 0.5. Wishes without A, O, M or I answers have no point.
 */
export function BetterWorseChart({ results, t, language }: Props) {
  const points = results.flatMap((r, index) =>
    r.better === null || r.worse === null
      ? []
      : [
          {
            id: r.wish.id,
            name: r.wish.name,
            number: index + 1,
            x: Math.abs(r.worse),
            y: r.better,
            category: r.category,
          },
        ],
  );
  return (
    <ScatterChart
      title={t('kano.chart.betterWorse')}
      xTitle={t('kano.chart.worseAxis')}
      yTitle={t('kano.chart.betterAxis')}
      xDomain={[0, 1]}
      yDomain={[0, 1]}
      ticks={{ x: TICKS, y: TICKS }}
      split={{ x: 0.5, y: 0.5 }}
      quadrants={kanoQuadrants(t)}
      points={points}
      formatTick={(value) => formatNumber(value, language, 2)}
      notes={[]}
    />
  );
}
