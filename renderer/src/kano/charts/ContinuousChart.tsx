import type { WishAnalysis } from '../../../../shared/kano/analysis';
import { CONTINUOUS_THRESHOLD } from '../../../../shared/kano/continuous';
import type { Language } from '../../../../shared/session';
import { formatNumber } from '../../components/format';
import type { Translate } from '../../i18n';
import { kanoQuadrants, ScatterChart } from './ScatterChart';

interface Props {
  results: readonly WishAnalysis[];
  t: Translate;
  language: Language;
}

/** Scores run from −2 to 4 on both questions (docs/kano.md). */
const TICKS = [-2, -1, 0, 1, 2, 3, 4];
const MIN = -2;
const MAX = 4;

/**
 * DuMouchel's continuous analysis: mean dysfunctional score (x) against mean functional score
 * (y), split at 2, with ± one standard deviation as error bars: short bars mean agreement.
 * The axes keep the scale's real ends; a bar that runs past one is cut there and marked.
 */
export function ContinuousChart({ results, t, language }: Props) {
  const points = results.flatMap(({ wish, continuous: c }, index) =>
    c.x === null || c.y === null
      ? []
      : [
          {
            id: wish.id,
            name: wish.name,
            number: index + 1,
            x: c.x,
            y: c.y,
            category: c.category,
            errorX: c.sdX,
            errorY: c.sdY,
          },
        ],
  );
  // Mean ± sd can run past the scale (−2..4); such bars are cut there with an arrowhead.
  const outside = (value: number, error: number | null) =>
    error !== null && (value - error < MIN || value + error > MAX);
  const cut = points.some((p) => outside(p.x, p.errorX) || outside(p.y, p.errorY));
  return (
    <ScatterChart
      title={t('kano.chart.continuous')}
      xTitle={t('kano.chart.dysfunctionalAxis')}
      yTitle={t('kano.chart.functionalAxis')}
      xDomain={[MIN, MAX]}
      yDomain={[MIN, MAX]}
      ticks={{ x: TICKS, y: TICKS }}
      split={{ x: CONTINUOUS_THRESHOLD, y: CONTINUOUS_THRESHOLD }}
      quadrants={kanoQuadrants(t)}
      points={points}
      formatTick={(value) => formatNumber(value, language, 0)}
      notes={[t('kano.chart.errorBars'), ...(cut ? [t('kano.chart.errorBarsCut')] : [])]}
    />
  );
}
