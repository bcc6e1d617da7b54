import { useT } from '../i18n';
import { excellenceAnalysis, useAnalysedSession } from '../session/analyses';
import { useSession } from '../session/SessionContext';
import { CommentsList } from './CommentsList';
import { GroupComparison } from './GroupComparison';
import { OverallRadar } from './OverallRadar';
import { RankingList } from './RankingList';
import { StatsTable } from './StatsTable';

/** The results (the tab shows them only once the facilitator has revealed them). */
export function ResultsView() {
  const t = useT();
  // A large session's analyses come from the session worker: shown once they are there.
  const session = useAnalysedSession(useSession().session, [{ method: 'excellence' }]);
  if (!session) return <p className="muted">{t('common.loading')}</p>;
  const results = excellenceAnalysis(session);
  const { participants } = session.excellence;
  return (
    <div className="excellence-results">
      {participants.length === 0 ? (
        <p className="empty big">{t('excellence.results.none')}</p>
      ) : (
        <>
          <div className="results-top">
            <OverallRadar blocks={results.blocks} />
            <RankingList ranking={results.ranking} candidates={results.candidates} />
          </div>
          <StatsTable blocks={results.blocks} />
          {results.groups.length > 1 && <GroupComparison groups={results.groups} />}
          <CommentsList />
        </>
      )}
    </div>
  );
}
