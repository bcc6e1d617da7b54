import { useState } from 'react';
import type { Group } from '../../../shared/session';
import { GroupSelect } from '../components/GroupSelect';
import { useT } from '../i18n';
import { useCultureAnalysis } from '../session/analyses';
import { useSession } from '../session/SessionContext';
import { CloudCard } from './CloudCard';
import { cloudFileName } from './cloudFileName';
import { useCloudFrame } from './useCloudFrame';
import { emptyLayout, useCloudLayouts } from './useCloudLayout';
import { useMerge } from './useMerge';
import { cloudOptions, type CloudTheme } from './WordCloud';

const ALL = '';

/** The two clouds side by side, for everyone or one group, or two groups one above the other. */
export function CloudsView() {
  const t = useT();
  const { session } = useSession();
  const { groups } = session;
  const [group, setGroup] = useState(ALL);
  const [compare, setCompare] = useState(false);
  const [pair, setPair] = useState<[string, string]>([groups[0]?.id ?? ALL, groups[1]?.id ?? ALL]);
  const [showTable, setShowTable] = useState(false);
  const canCompare = groups.length >= 2;
  const comparing = compare && canCompare;

  const groupSelect = (value: string, onChange: (id: string) => void, label: string) => (
    <label className="inline-label">
      {label}
      <GroupSelect
        groups={groups}
        emptyLabel={t('culture.group.all')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );

  return (
    <div className="culture-clouds-view">
      <div className="culture-controls">
        {comparing ? (
          <>
            {groupSelect(pair[0], (id) => setPair([id, pair[1]]), t('culture.group.first'))}
            {groupSelect(pair[1], (id) => setPair([pair[0], id]), t('culture.group.second'))}
          </>
        ) : (
          groups.length > 0 && groupSelect(group, setGroup, t('culture.group.label'))
        )}
        {canCompare && (
          <label className="culture-check">
            <input
              type="checkbox"
              checked={compare}
              onChange={(e) => setCompare(e.target.checked)}
            />
            {t('culture.group.compare')}
          </label>
        )}
        <label className="culture-check">
          <input
            type="checkbox"
            checked={showTable}
            onChange={(e) => setShowTable(e.target.checked)}
          />
          {t('culture.table.show')}
        </label>
        <span className="muted">{t('culture.cloud.dragHint')}</span>
      </div>
      {comparing ? (
        pair.map((id, index) => (
          <CloudPair
            key={`${index}-${id}`}
            group={groups.find((g) => g.id === id) ?? null}
            showTable={showTable}
            place={`compare-${index}`}
          />
        ))
      ) : (
        <CloudPair
          group={groups.find((g) => g.id === group) ?? null}
          showTable={showTable}
          place="single"
          untitled
        />
      )}
    </div>
  );
}

interface CloudPairProps {
  /** null: all participants. */
  group: Group | null;
  showTable: boolean;
  /** Where on the page the pair is, so that its words keep their places as answers come in. */
  place: string;
  /**
   * The single-cloud view needs no group heading: the filter above says it. Its clouds fill the
   * window's height too (useCloudFrame) unless the table is beside them.
   */
  untitled?: boolean;
}

function CloudPair({ group, showTable, place, untitled }: CloudPairProps) {
  const t = useT();
  const { session } = useSession();
  const merge = useMerge();
  const analysis = useCultureAnalysis(session, group?.id);
  const { frame, ref } = useCloudFrame(Boolean(untitled) && !showTable);
  // Both clouds at one scale: the same count has the same size in each. The same group at the
  // same place keeps its words where they were when a participant is added.
  const { layouts, ready } = useCloudLayouts(
    [analysis?.current ?? [], analysis?.desired ?? []],
    cloudOptions(frame),
    `culture:${session.id}:${place}:${group?.id ?? ''}`,
  );
  if (!analysis) {
    return (
      <div className="culture-cloud-pair" data-testid="cloud-pair">
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  const name = group?.name ?? t('culture.group.all');
  const participants = t('culture.download.participants', { count: analysis.participants });
  const subtitle = [session.name, group?.name, participants].filter(Boolean).join(' · ');
  const card = (theme: CloudTheme, index: number) => {
    const title = t(theme === 'current' ? 'culture.current' : 'culture.desired');
    return (
      <CloudCard
        title={title}
        theme={theme}
        words={theme === 'current' ? analysis.current : analysis.desired}
        layout={layouts[index] ?? emptyLayout(cloudOptions(frame))}
        ready={ready}
        showTable={showTable}
        fileName={cloudFileName({ session: session.name, group: group?.name, side: title })}
        subtitle={subtitle}
        onMerge={(from, into) => void merge(from, into)}
      />
    );
  };
  return (
    <div className="culture-cloud-pair" data-testid="cloud-pair">
      {!untitled && (
        <h2 className="culture-pair-title">
          {t('culture.group.participants', { name, count: analysis.participants })}
        </h2>
      )}
      <div
        ref={ref}
        className={showTable ? 'culture-clouds culture-clouds-stacked' : 'culture-clouds'}
      >
        {card('current', 0)}
        {card('desired', 1)}
      </div>
    </div>
  );
}
