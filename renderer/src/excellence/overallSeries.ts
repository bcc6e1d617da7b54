import type { BlockAnalysis } from '../../../shared/excellence/analysis';
import type { ExcellenceData } from '../../../shared/excellence/model';
import type { Translate } from '../i18n';
import { NOW_COLOR, PREVIOUS_COLOR, TARGET_COLOR, type RadarSeries } from './RadarChart';

/**
 * The overall radar's series: now and target per block; in a repeat session also the earlier
 * "now", dashed. Shared by the results view and the report (which pass their own texts).
 */
export function overallRadarSeries(
  blocks: readonly BlockAnalysis[],
  previous: ExcellenceData['previous'],
  t: Translate,
  date: (iso: string) => string,
): RadarSeries[] {
  const series: RadarSeries[] = [
    {
      key: 'now',
      label: t('excellence.radar.now'),
      values: blocks.map((b) => b.now.mean),
      color: NOW_COLOR,
    },
    {
      key: 'target',
      label: t('excellence.radar.target'),
      values: blocks.map((b) => b.target.mean),
      color: TARGET_COLOR,
    },
  ];
  if (previous) {
    series.push({
      key: 'previous',
      label: t('excellence.radar.previous', { date: date(previous.date) }),
      values: blocks.map((b) => previous.blocks.find((p) => p.block === b.block)?.meanNow ?? null),
      color: PREVIOUS_COLOR,
      dashed: true,
    });
  }
  return series;
}
