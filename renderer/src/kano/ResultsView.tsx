import { useState } from 'react';
import { GroupSelect } from '../components/GroupSelect';
import { useLanguage } from '../i18n';
import { kanoAnalysis } from '../session/analyses';
import { useSession } from '../session/SessionContext';
import { BetterWorseChart } from './charts/BetterWorseChart';
import { CategoryBars } from './charts/CategoryBars';
import { ContinuousChart } from './charts/ContinuousChart';
import { CompareTable } from './CompareTable';
import { ResultsTable } from './ResultsTable';

const EVERYONE = '';
const COMPARE = 'compare';

/** The results (the tab shows them only once the facilitator has revealed them). */
export function ResultsView() {
  const { t, language } = useLanguage();
  const { session } = useSession();
  const [choice, setChoice] = useState(EVERYONE);
  const groupId = session.groups.some((g) => g.id === choice) ? choice : undefined;
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
              <ContinuousChart results={results} t={t} language={language} />
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
