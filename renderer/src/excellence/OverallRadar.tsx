import type { BlockAnalysis } from '../../../shared/excellence/analysis';
import { formatDate } from '../components/format';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { blockLabels } from './blockLabels';
import { overallRadarSeries } from './overallSeries';
import { RadarChart } from './RadarChart';

/** Now versus target; in a repeat session also the earlier "now", dashed. */
export function OverallRadar({ blocks }: { blocks: readonly BlockAnalysis[] }) {
  const t = useT();
  const { session } = useSession();
  const series = overallRadarSeries(blocks, session.excellence.previous, t, (iso) =>
    formatDate(iso, session.language),
  );
  return (
    <section className="card radar-card">
      <h2>{t('excellence.radar.title')}</h2>
      <RadarChart title={t('excellence.radar.title')} axes={blockLabels(t)} series={series} />
    </section>
  );
}
