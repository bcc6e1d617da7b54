import { useState } from 'react';
import { RevealButton } from '../components/RevealButton';
import { ViewButtons } from '../components/ViewButtons';
import { StartKioskButton } from '../kiosk/StartKioskButton';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import type { MessageKey } from '../../../shared/i18n';
import { CloudsView } from './CloudsView';
import { EntryView } from './EntryView';
import { FromToView } from './FromToView';
import { WordsView } from './WordsView';
import './culture.css';

const VIEWS = ['entry', 'clouds', 'fromTo', 'words'] as const;
type View = (typeof VIEWS)[number];
const VIEW_TITLES: Record<View, MessageKey> = {
  entry: 'culture.view.entry',
  clouds: 'culture.view.clouds',
  fromTo: 'culture.view.fromTo',
  words: 'culture.view.words',
};

/** The view is remembered per window, so a reload shows the same screen on the projector. */
function useRememberedView(sessionId: string): [View, (view: View) => void] {
  const storageKey = `klantkompas.cultureView.${sessionId}`;
  const [view, setView] = useState<View>(() => {
    const stored = sessionStorage.getItem(storageKey);
    return VIEWS.find((v) => v === stored) ?? 'entry';
  });
  return [
    view,
    (next) => {
      sessionStorage.setItem(storageKey, next);
      setView(next);
    },
  ];
}

/** Culture mapping: collect four words now and four words desired, show clouds and from-to. */
export function CultureTab() {
  const t = useT();
  const { session } = useSession();
  const [view, setView] = useRememberedView(session.id);
  const { revealed, entries } = session.culture;
  const showsResults = view === 'clouds' || view === 'fromTo';

  return (
    <div className="culture-tab">
      <div className="culture-bar">
        <div className="culture-views" role="group" aria-label={t('culture.title')}>
          <ViewButtons views={VIEWS} titles={VIEW_TITLES} value={view} onChange={setView} />
        </div>
        <div className="culture-bar-actions">
          <span className="culture-counter" data-testid="culture-counter">
            {t('culture.answered', { count: entries.length })}
          </span>
          <RevealButton
            method="culture"
            reveal={t('culture.reveal')}
            hide={t('culture.unreveal')}
          />
          <StartKioskButton method="culture" />
        </div>
      </div>
      {showsResults && !revealed ? (
        <p className="culture-hidden-results card">{t('culture.resultsHidden')}</p>
      ) : (
        <>
          {view === 'entry' && <EntryView />}
          {view === 'clouds' && <CloudsView />}
          {view === 'fromTo' && <FromToView />}
          {view === 'words' && <WordsView />}
        </>
      )}
    </div>
  );
}
