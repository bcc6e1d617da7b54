import { useMemo } from 'react';
import { excellenceResults } from '../../../shared/excellence/results';
import { RevealButton } from '../components/RevealButton';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { GroupComparison } from './GroupComparison';
import { OverallRadar } from './OverallRadar';
import { RankingList } from './RankingList';
import { StatsTable } from './StatsTable';

/** The results, hidden on the projector until the facilitator reveals them. */
export function ResultsView() {
  const t = useT();
  const { session } = useSession();
  const results = useMemo(() => excellenceResults(session), [session]);
  const { revealed, participants } = session.excellence;
  return (
    <div className="excellence-results">
      <div className="reveal-bar card">
        <span>{t('excellence.results.scored', { count: participants.length })}</span>
        <RevealButton
          method="excellence"
          reveal={t('excellence.results.reveal')}
          hide={t('excellence.results.hide')}
        />
      </div>
      {!revealed ? (
        <p className="empty big">{t('excellence.results.hidden')}</p>
      ) : participants.length === 0 ? (
        <p className="empty big">{t('excellence.results.none')}</p>
      ) : (
        <>
          <div className="results-top">
            <OverallRadar blocks={results.blocks} />
            <RankingList ranking={results.ranking} candidates={results.candidates} />
          </div>
          <StatsTable blocks={results.blocks} />
          {results.groups.length > 1 && <GroupComparison groups={results.groups} />}
        </>
      )}
    </div>
  );
}
