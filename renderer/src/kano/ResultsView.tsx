import { useState } from 'react';
import { GroupSelect } from '../components/GroupSelect';
import { useLanguage } from '../i18n';
import { kanoAnalysis, useAnalysedSession } from '../session/analyses';
import { useSession } from '../session/SessionContext';
import { BetterWorseChart } from './charts/BetterWorseChart';
import { CategoryBars } from './charts/CategoryBars';
import { ContinuousChart } from './charts/ContinuousChart';
import { CompareTable } from './CompareTable';
import { DisagreementNote } from './DisagreementNote';
import { ResultsTable } from './ResultsTable';

const EVERYONE = '';
const COMPARE = 'compare';

/** The results (the tab shows them only once the facilitator has revealed them). */
export function ResultsView() {
  const { t, language } = useLanguage();
  const { session: current } = useSession();
  const [choice, setChoice] = useState(EVERYONE);
  const groupId = current.groups.some((g) => g.id === choice) ? choice : undefined;
  // A large session's analyses come from the session worker: shown once they are there.
  const session = useAnalysedSession(
    current,
    choice === COMPARE
      ? [
          { method: 'kano' },
          ...current.groups.map((g) => ({ method: 'kano' as const, group: g.id })),
        ]
      : [{ method: 'kano', group: groupId }],
  );
  if (!session) return <p className="muted">{t('common.loading')}</p>;
  const results = kanoAnalysis(session.kano, groupId);

  return (
    <section className="card">
      <div className="kano-section-head">
        <h2>{t('kano.results.title')}</h2>
        {session.groups.length > 0 && (
          <label className="inline-label">
            {t('kano.results.filter')}
            <GroupSelect
              groups={session.groups}
              emptyLabel={t('kano.results.all')}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
            >
              <option value={COMPARE}>{t('kano.results.compare')}</option>
            </GroupSelect>
          </label>
        )}
      </div>
      {session.kano.wishes.length === 0 ? (
        <p className="empty">{t('kano.entry.noWishes')}</p>
      ) : choice === COMPARE ? (
        <CompareTable session={session} />
      ) : (
        <>
          <ResultsTable results={results} data={session.kano} groupId={groupId} />
          {results.some((r) => r.n > 0) ? (
            <div className="kano-charts">
              <BetterWorseChart results={results} t={t} language={language} />
              {/* The note on wishes where plane and table differ sits right under the plane. */}
              <div className="kano-chart-with-note">
                <ContinuousChart results={results} t={t} language={language} />
                <DisagreementNote results={results} t={t} />
              </div>
              <CategoryBars results={results} t={t} language={language} />
            </div>
          ) : (
            <p className="empty">{t('kano.chart.noData')}</p>
          )}
        </>
      )}
    </section>
  );
}
