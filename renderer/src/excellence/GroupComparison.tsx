import { useState } from 'react';
import { blockNameKey } from '../../../shared/excellence/blocks';
import { groupDifferences, type GroupAnalysis } from '../../../shared/excellence/groups';
import type { MessageKey } from '../../../shared/i18n';
import { ViewButtons } from '../components/ViewButtons';
import { useT, type Translate } from '../i18n';
import { blockLabels } from './blockLabels';
import { RadarChart, SERIES_PALETTE } from './RadarChart';
import { useFigure } from './useFigure';

const SIDES = ['now', 'target'] as const;
type Side = (typeof SIDES)[number];
const SIDE_TITLES: Record<Side, MessageKey> = {
  now: 'excellence.table.now',
  target: 'excellence.table.target',
};

function groupKey(group: GroupAnalysis): string {
  return group.group ?? '';
}

function groupName(t: Translate, group: GroupAnalysis): string {
  return group.name ?? t('excellence.groups.noGroup');
}

/**
 * One radar line per group, and the differences between two chosen groups per block; the
 * now/target switch applies to both.
 */
export function GroupComparison({ groups }: { groups: readonly GroupAnalysis[] }) {
  const t = useT();
  const figure = useFigure();
  const [side, setSide] = useState<Side>('now');
  const [firstKey, setFirstKey] = useState(groupKey(groups[0]!));
  const [secondKey, setSecondKey] = useState(groupKey(groups[1]!));
  const first = groups.find((g) => groupKey(g) === firstKey) ?? groups[0]!;
  const second = groups.find((g) => groupKey(g) === secondKey) ?? groups[1]!;
  const differences = groupDifferences(first, second);
  const labels = blockLabels(t);
  const radarTitle =
    side === 'now' ? t('excellence.groups.radarNow') : t('excellence.groups.radarTarget');
  const signed = (value: number | null) =>
    value !== null && value > 0 ? `+${figure(value)}` : figure(value);

  const select = (label: string, value: string, onChange: (key: string) => void) => (
    <label className="inline-label">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <option key={groupKey(g)} value={groupKey(g)}>
            {groupName(t, g)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="card group-comparison">
      <div className="section-head">
        <h2>{t('excellence.groups.title')}</h2>
        <div className="segmented" role="group" aria-label={t('excellence.groups.title')}>
          <ViewButtons views={SIDES} titles={SIDE_TITLES} value={side} onChange={setSide} />
        </div>
      </div>
      <div className="group-layout">
        <RadarChart
          title={radarTitle}
          axes={labels}
          series={groups.map((g, index) => ({
            key: groupKey(g) || 'no-group',
            label: t('excellence.groups.size', { name: groupName(t, g), count: g.participants }),
            values: g.blocks.map((b) => b[side].mean),
            color: SERIES_PALETTE[index % SERIES_PALETTE.length]!,
          }))}
        />
        <div>
          <h3>{t('excellence.groups.compare')}</h3>
          <div className="compare-pickers">
            {select(t('excellence.groups.first'), groupKey(first), setFirstKey)}
            {select(t('excellence.groups.second'), groupKey(second), setSecondKey)}
          </div>
          <table className="differences-table" data-testid="group-differences">
            <thead>
              <tr>
                <th>{t('excellence.table.block')}</th>
                <th className="num">{groupName(t, first)}</th>
                <th className="num">{groupName(t, second)}</th>
                <th className="num">{t('excellence.groups.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d, index) => (
                <tr key={d.block}>
                  <th scope="row" title={t(blockNameKey(d.block))}>
                    {labels[index]}
                  </th>
                  <td className="num">{figure(first.blocks[index]![side].mean)}</td>
                  <td className="num">{figure(second.blocks[index]![side].mean)}</td>
                  <td className="num strong">{signed(d[side])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
