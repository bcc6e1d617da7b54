import { useSearchParams } from 'react-router';
import type { MessageKey } from '../../../shared/i18n';
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

function isView(value: string | null): value is View {
  return (VIEWS as readonly (string | null)[]).includes(value);
}

/** The facilitator's Service Excellence tab; the chosen view is in the URL, so it survives a reload. */
export function ExcellenceTab() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const asked = params.get('view');
  const view: View = isView(asked) ? asked : 'intro';
  return (
    <div className="excellence">
      <div className="excellence-bar">
        <div className="excellence-views" role="group" aria-label={t('excellence.title')}>
          {VIEWS.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={view === name}
              onClick={() => setParams({ view: name }, { replace: true })}
            >
              {t(VIEW_TITLES[name])}
            </button>
          ))}
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
