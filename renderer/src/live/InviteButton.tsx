import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useT } from '../i18n';
import type { MethodId } from '../methods/registry';
import { useSession } from '../session/SessionContext';
import { InvitePanel } from './InvitePanel';
import { statusFor, useLiveStatus } from './useLiveStatus';
import './invite.css';

/**
 * "Deelnemers uitnodigen" in the bar of every method's tab: opens the panel that starts the
 * participant listener for this session and method (phones on the room's network). The button
 * says when phones are invited to this exercise right now.
 */
export function InviteButton({ method }: { method: MethodId }) {
  const t = useT();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useLiveStatus();
  const live = statusFor(status, session.id, method);
  return (
    <>
      <button
        type="button"
        className={live ? 'invite-button invite-live' : 'invite-button'}
        onClick={() => setOpen(true)}
        data-testid="invite-button"
      >
        {t(live ? 'live.invite.buttonRunning' : 'live.invite.button')}
      </button>
      <Dialog title={t('live.invite.title')} open={open} onClose={() => setOpen(false)} wide>
        <InvitePanel
          sessionId={session.id}
          method={method}
          status={status ?? null}
          onStatus={setStatus}
        />
      </Dialog>
    </>
  );
}
