import { Navigate, Outlet, useParams } from 'react-router';
import { useT } from '../i18n';
import { KioskScreen } from './KioskScreen';
import { ParticipantModeGuards } from './ParticipantModeGuards';
import { participantPath, useParticipantMode } from './participantMode';

/**
 * The root of every route. While this window is in participant mode it shows the participant
 * page whatever the address says, so no route (Back, a bookmark, a reload, a typed address)
 * can show a facilitator screen, and the page keeps its state while the guards put the address
 * back. Otherwise it shows the route.
 */
export function ParticipantModeGate() {
  const mode = useParticipantMode();
  if (!mode) return <Outlet />;
  return (
    <>
      <ParticipantModeGuards path={participantPath(mode)} />
      <KioskScreen key={`${mode.sessionId}/${mode.method}`} mode={mode} />
    </>
  );
}

/**
 * The participant page's address in a window that is not in participant mode (an old entry of
 * the history, a copied address): participant mode starts only with the facilitator's PIN, so
 * this goes to the method's facilitator tab.
 */
export function ParticipantAddressWithoutMode() {
  const { id = '', method = '' } = useParams();
  return <Navigate to={`/session/${id}/${method}`} replace />;
}

/**
 * An address that matches no route. A route of its own (not the router's error page), so the
 * gate above it still holds the window in participant mode.
 */
export function UnknownAddress() {
  const t = useT();
  return <p className="page-message">{t('nav.unknownTab')}</p>;
}
