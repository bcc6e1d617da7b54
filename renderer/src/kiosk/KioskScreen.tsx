import { useCallback, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useT } from '../i18n';
import { ParticipantShell } from '../participant/ParticipantShell';
import { METHOD_SCREENS } from '../methods/registry';
import { SessionProvider, useSession, type CommandInput } from '../session/SessionContext';
import { leaveFullScreen } from './fullScreen';
import { leaveParticipantMode, type ParticipantMode } from './participantMode';
import { PinField } from './PinField';
import './kiosk.css';

/**
 * Participant mode: only the method's participant page, full screen, no navigation, no undo.
 * Leaving needs the facilitator's PIN. The facilitator's discreet button sits in a strip of its
 * own above the page, so no part of a method's page (Kano's fixed "Klaar" bar) can cover it and
 * it covers nothing, at any window size.
 */
export function KioskScreen({ mode }: { mode: ParticipantMode }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);

  const close = () => {
    setAsking(false);
    setWrong(false);
    setPin('');
  };
  const leave = () => {
    if (!leaveParticipantMode(pin)) {
      setWrong(true);
      setPin('');
      return;
    }
    // The gate now shows the facilitator's tab of this method (ParticipantModeGate).
    leaveFullScreen();
  };

  return (
    <main className="kiosk" data-testid="participant-page">
      <div className="kiosk-strip">
        <button type="button" className="kiosk-exit" onClick={() => setAsking(true)}>
          {t('kiosk.facilitator')}
        </button>
      </div>
      {/* Outside the session: the way out stays even when the session cannot be loaded. */}
      <SessionProvider id={mode.sessionId} undoShortcuts={false}>
        <KioskParticipantPage mode={mode} />
      </SessionProvider>
      <Dialog
        title={t('kiosk.leave')}
        open={asking}
        onClose={close}
        onSubmit={leave}
        submitLabel={t('kiosk.leaveButton')}
      >
        <PinField value={pin} onChange={setPin} />
        {wrong && <p className="field-error">{t('kiosk.wrongPin')}</p>}
      </Dialog>
    </main>
  );
}

/** On the facilitator's laptop the participant page reads and writes through the session context. */
function KioskParticipantPage({ mode }: { mode: ParticipantMode }) {
  const { session, execute } = useSession();
  // A participant's answer: the facilitator's Ctrl+Z must never take it back.
  const submit = useCallback(
    (command: CommandInput) => execute(command, { undoable: false }),
    [execute],
  );
  return (
    <ParticipantShell
      Form={METHOD_SCREENS[mode.method].Participant}
      session={session}
      submit={submit}
    />
  );
}
