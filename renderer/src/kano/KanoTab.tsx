import type { MessageKey } from '../../../shared/i18n';
import { useViewParam, ViewButtons } from '../components/ViewButtons';
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
  const [view, setView] = useViewParam(VIEWS);
  return (
    <div className="kano">
      <nav className="kano-views" aria-label={t('kano.views')}>
        <ViewButtons views={VIEWS} titles={VIEW_TITLES} value={view} onChange={setView} />
      </nav>
      {view === 'wishes' && <WishList />}
      {view === 'entry' && <EntryView />}
      {view === 'consensus' && <ConsensusBoard />}
      {view === 'results' && <ResultsView />}
    </div>
  );
}
