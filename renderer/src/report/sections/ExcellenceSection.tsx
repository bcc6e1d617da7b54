import type { Session } from '../../../../shared/session';
import { blockNameKey } from '../../../../shared/excellence/blocks';
import type { SeriesStats } from '../../../../shared/excellence/stats';
import type { GroupAnalysis } from '../../../../shared/excellence/groups';
import type { BlockAnalysis } from '../../../../shared/excellence/analysis';
import type { ExcellenceData } from '../../../../shared/excellence/model';
import { blockLabels } from '../../excellence/blockLabels';
import { overallRadarSeries } from '../../excellence/overallSeries';
import { RadarChart } from '../../excellence/RadarChart';
import { excellenceAnalysis } from '../../session/analyses';
import { useReportText } from '../reportText';

/** Service Excellence: the radar, the statistics per block and the comparison per group. */
export function ExcellenceSection({ session }: { session: Session }) {
  const { t, number } = useReportText();
  const results = excellenceAnalysis(session);
  const scored = session.excellence.participants.length;
  const range = (s: SeriesStats) => (s.min === null ? '—' : `${number(s.min)}–${number(s.max)}`);
  return (
    <section className="report-excellence">
      <h2>{t('report.excellence.title')}</h2>
      <p className="report-intro">{t('report.excellence.intro', { count: scored })}</p>
      <figure className="report-figure report-figure-radar">
        <figcaption>{t('report.excellence.radar')}</figcaption>
        <Radar blocks={results.blocks} previous={session.excellence.previous} />
      </figure>
      {results.blocks.some((b) => b.wideSpread) && (
        <p className="report-note">◆ {t('report.excellence.wide')}</p>
      )}
      <table className="report-table">
        <thead>
          <tr>
            <th className="report-text-cell" rowSpan={2}>
              {t('report.excellence.block')}
            </th>
            <th rowSpan={2}>{t('report.excellence.n')}</th>
            <th colSpan={4} className="report-group-head">
              {t('excellence.radar.now')}
            </th>
            <th colSpan={4} className="report-group-head">
              {t('excellence.radar.target')}
            </th>
            <th rowSpan={2}>{t('report.excellence.gap')}</th>
          </tr>
          <tr>
            {[0, 1].map((side) => (
              <SeriesHeads key={side} />
            ))}
          </tr>
        </thead>
        <tbody>
          {results.blocks.map((block) => (
            <tr key={block.block} className={block.wideSpread ? 'report-flagged' : undefined}>
              <td className="report-text-cell">
                {block.block}. {t(blockNameKey(block.block))}
                {block.wideSpread && <span className="report-flag"> ◆</span>}
              </td>
              <td>{block.n}</td>
              {[block.now, block.target].map((series, side) => (
                <SeriesCells key={side} series={series} range={range(series)} />
              ))}
              <td className="report-strong">{number(block.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {results.groups.length > 1 && <GroupComparison groups={results.groups} />}
    </section>
  );
}

/** Now against target; in a repeated workshop also the earlier "now", dashed. */
function Radar({
  blocks,
  previous,
}: {
  blocks: readonly BlockAnalysis[];
  previous: ExcellenceData['previous'];
}) {
  const { t, date } = useReportText();
  const series = overallRadarSeries(blocks, previous, t, date);
  return <RadarChart title={t('report.excellence.radar')} axes={blockLabels(t)} series={series} />;
}

function SeriesHeads() {
  const { t } = useReportText();
  return (
    <>
      <th>{t('report.excellence.mean')}</th>
      <th>{t('report.excellence.median')}</th>
      <th>{t('report.excellence.range')}</th>
      <th>{t('report.excellence.sd')}</th>
    </>
  );
}

function SeriesCells({ series, range }: { series: SeriesStats; range: string }) {
  const { number } = useReportText();
  return (
    <>
      <td className="report-strong">{number(series.mean)}</td>
      <td>{number(series.median)}</td>
      <td>{range}</td>
      <td>{number(series.sd)}</td>
    </>
  );
}

function GroupComparison({ groups }: { groups: GroupAnalysis[] }) {
  const { t, number } = useReportText();
  const first = groups[0];
  if (!first) return null;
  return (
    <div className="report-keep">
      <h3>{t('report.excellence.groups')}</h3>
      <table className="report-table">
        <thead>
          <tr>
            <th className="report-text-cell">{t('report.excellence.block')}</th>
            {groups.map((group) => (
              <th key={group.group ?? ''}>
                {group.name ?? t('report.excellence.noGroup')} (n={group.participants})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first.blocks.map((block, index) => (
            <tr key={block.block}>
              <td className="report-text-cell">
                {block.block}. {t(blockNameKey(block.block))}
              </td>
              {groups.map((group) => {
                const figures = group.blocks[index];
                return (
                  <td key={group.group ?? ''}>
                    {number(figures?.now.mean ?? null)} → {number(figures?.target.mean ?? null)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
