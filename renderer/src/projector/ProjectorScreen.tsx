import { useParams } from 'react-router';
import { methodById } from '../../../shared/methods';
import { LanguageOverride, useT } from '../i18n';
import { isMethod, type MethodId } from '../methods/registry';
import { SessionProvider, useSession } from '../session/SessionContext';
import { statusFor, useLiveStatus } from '../live/useLiveStatus';
import { JoinCorner, JoinPage } from './JoinPanel';
import { ProjectorResults } from './ProjectorResults';
import './projector.css';

/**
 * The projector view (`#/projector/ID/METHOD`, shared/live/projectorRoute.ts): the second
 * screen of a live workshop, full screen, no tabs and no buttons, in the workshop's language.
 * Before the reveal it shows how to join (QR code, address, code) and the counters; after it,
 * the method's results fill the screen with the way to join in a corner for late comers.
 * Everything follows by push: the session (SessionProvider) and the listener (useLiveStatus).
 */
export function ProjectorScreen() {
  const t = useT();
  const { id = '', method = '' } = useParams();
  if (!isMethod(method)) return <p className="page-message">{t('nav.unknownTab')}</p>;
  return (
    <SessionProvider key={id} id={id} undoShortcuts={false} watchForChanges>
      <Projector method={method} />
    </SessionProvider>
  );
}

function Projector({ method }: { method: MethodId }) {
  const { session } = useSession();
  const [status] = useLiveStatus();
  const live = statusFor(status, session.id, method);
  const definition = methodById(method);
  const revealed = definition.revealed(session);
  return (
    <LanguageOverride language={session.language}>
      <main
        className={revealed ? 'projector projector-revealed' : 'projector'}
        data-testid="projector"
        data-revealed={revealed}
      >
        {revealed ? (
          <>
            <ProjectorResults method={method} />
            {live && <JoinCorner status={live} />}
          </>
        ) : (
          <JoinPage
            status={live}
            title={session.name}
            participants={definition.participantCount(session)}
          />
        )}
      </main>
    </LanguageOverride>
  );
}
