import type { MessageKey } from '../../../shared/i18n';
import { useViewParam, ViewButtons } from '../components/ViewButtons';
import { useT } from '../i18n';
import { StartKioskButton } from '../kiosk/StartKioskButton';
import { ActionsView } from './ActionsView';
import { EntryView } from './EntryView';
import { IntroView } from './IntroView';
import { ResultsView } from './ResultsView';
import './excellence.css';

const VIEWS = ['intro', 'entry', 'results', 'actions'] as const;
type View = (typeof VIEWS)[number];

const VIEW_TITLES: Record<View, MessageKey> = {
  intro: 'excellence.view.intro',
  entry: 'excellence.view.entry',
  results: 'excellence.view.results',
  actions: 'excellence.view.actions',
};

/** The facilitator's Service Excellence tab; the chosen view is in the URL, so it survives a reload. */
export function ExcellenceTab() {
  const t = useT();
  const [view, setView] = useViewParam(VIEWS);
  return (
    <div className="excellence">
      <div className="excellence-bar">
        <div className="excellence-views" role="group" aria-label={t('excellence.title')}>
          <ViewButtons views={VIEWS} titles={VIEW_TITLES} value={view} onChange={setView} />
        </div>
        <StartKioskButton method="excellence" />
      </div>
      {view === 'intro' && <IntroView />}
      {view === 'entry' && <EntryView />}
      {view === 'results' && <ResultsView />}
      {view === 'actions' && <ActionsView />}
    </div>
  );
}
