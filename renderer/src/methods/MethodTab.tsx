import { useRef } from 'react';
import { useViewParam, ViewButtons } from '../components/ViewButtons';
import { CsvImportButton } from '../components/CsvImportButton';
import { RevealButton } from '../components/RevealButton';
import { methodById } from '../../../shared/methods';
import { useT } from '../i18n';
import { StartKioskButton } from '../kiosk/StartKioskButton';
import { InviteButton } from '../live/InviteButton';
import { useSession } from '../session/SessionContext';
import { METHOD_SCREENS, type MethodId } from './registry';
import { useAnswersOpen } from './useAnswersOpen';
import './methodTab.css';

/**
 * The facilitator's tab of any method: one bar (views, participant counter, reveal,
 * participant mode, CSV import, always in that order) above the chosen view. The view is in
 * the address (`?view=`), so a reload or the back button shows the same screen on the
 * projector. Until the results are revealed, a results view shows nothing of the answers and a
 * view of individual answers shows the count only (see useAnswersOpen).
 */
export function MethodTab({ method }: { method: MethodId }) {
  const t = useT();
  const { session } = useSession();
  const definition = methodById(method);
  const screens = METHOD_SCREENS[method];
  const ids = screens.views.map((v) => v.id);
  const titles = Object.fromEntries(screens.views.map((v) => [v.id, v.title]));
  const [viewId, setViewId] = useViewParam(ids, screens.defaultView);
  const view = screens.views.find((v) => v.id === viewId) ?? screens.views[0]!;
  const count = definition.participantCount(session);
  const revealed = definition.revealed(session);
  const viewElement = useRef<HTMLDivElement>(null);
  const [answersOpen, setAnswersOpen] = useAnswersOpen(view.id, revealed, count, viewElement);

  let content;
  if (view.results === true && !revealed) {
    content = (
      <p className="method-hidden-results card" data-testid="results-hidden">
        {t(screens.reveal.hidden, { count })}
      </p>
    );
  } else if (view.showsAnswers === true && !revealed && !answersOpen) {
    content = (
      <div className="method-hidden-answers card" data-testid="answers-hidden">
        <p className="method-hidden-count">{t(screens.counter, { count })}</p>
        <p>{t('answers.hidden')}</p>
        <button type="button" onClick={() => setAnswersOpen(true)}>
          {t('answers.show')}
        </button>
      </div>
    );
  } else {
    content = (
      <>
        {view.showsAnswers === true && !revealed && count > 0 && (
          <p className="method-answers-shown" data-testid="answers-shown">
            <span>{t('answers.shown')}</span>
            <button type="button" onClick={() => setAnswersOpen(false)}>
              {t('answers.hide')}
            </button>
          </p>
        )}
        <div ref={viewElement} className="method-view">
          <view.Component key={view.id} />
        </div>
      </>
    );
  }

  return (
    <div className={`method-tab ${screens.className}`}>
      <div className="method-bar">
        <div className="method-views" role="group" aria-label={t(definition.titleKey)}>
          <ViewButtons views={ids} titles={titles} value={view.id} onChange={setViewId} />
        </div>
        <div className="method-bar-actions">
          <span className="method-counter" data-testid={`${method}-counter`}>
            {t(screens.counter, { count })}
          </span>
          <RevealButton
            method={method}
            show={t(screens.reveal.show)}
            hide={t(screens.reveal.hide)}
          />
          <StartKioskButton method={method} />
          <InviteButton method={method} />
          <CsvImportButton method={method} />
        </div>
      </div>
      {content}
    </div>
  );
}
