import type { BlockAnalysis } from '../../../shared/excellence/analysis';
import { formatDate } from '../components/format';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { blockLabels } from './blockLabels';
import {
  NOW_COLOR,
  PREVIOUS_COLOR,
  RadarChart,
  TARGET_COLOR,
  type RadarSeries,
} from './RadarChart';

/** Now versus target; in a repeat session also the earlier "now", dashed. */
export function OverallRadar({ blocks }: { blocks: readonly BlockAnalysis[] }) {
  const t = useT();
  const { session } = useSession();
  const previous = session.excellence.previous;
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
      label: t('excellence.radar.previous', { date: formatDate(previous.date, session.language) }),
      values: blocks.map((b) => previous.blocks.find((p) => p.block === b.block)?.meanNow ?? null),
      color: PREVIOUS_COLOR,
      dashed: true,
    });
  }
  return (
    <section className="card radar-card">
      <h2>{t('excellence.radar.title')}</h2>
      <RadarChart title={t('excellence.radar.title')} axes={blockLabels(t)} series={series} />
    </section>
  );
}
