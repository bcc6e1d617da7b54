import { useSearchParams } from 'react-router';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../i18n';
import { ConsensusBoard } from './ConsensusBoard';
import { EntryView } from './EntryView';
import { ResultsView } from './ResultsView';
import { WishList } from './WishList';
import './kano.css';

const VIEWS = ['wishes', 'entry', 'consensus', 'results'] as const;
type View = (typeof VIEWS)[number];

const VIEW_TITLES: Record<View, MessageKey> = {
  wishes: 'kano.view.wishes',
  entry: 'kano.view.entry',
  consensus: 'kano.view.consensus',
  results: 'kano.view.results',
};

/** The facilitator's Kano tab: the wishes, getting answers in, consensus, and the results. */
export function KanoTab() {
  const t = useT();
  // The part shown is in the address, so a reload (or the back button) keeps it.
  const [params, setParams] = useSearchParams();
  const view = VIEWS.find((v) => v === params.get('view')) ?? 'wishes';
  return (
    <div className="kano">
      <nav className="kano-views" aria-label={t('kano.views')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={v === view}
            onClick={() => setParams({ view: v }, { replace: true })}
          >
            {t(VIEW_TITLES[v])}
          </button>
        ))}
      </nav>
      {view === 'wishes' && <WishList />}
      {view === 'entry' && <EntryView />}
      {view === 'consensus' && <ConsensusBoard />}
      {view === 'results' && <ResultsView />}
    </div>
  );
}
