import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useT } from '../i18n';
import type { MethodId } from '../methods/registry';
import { useSession } from '../session/SessionContext';
import { enterFullScreen } from './fullScreen';
import { PIN_PATTERN, startParticipantMode } from './participantMode';
import { PinField } from './PinField';

/** Asks the facilitator for a PIN, then turns this window into the participant page. */
export function StartKioskButton({ method }: { method: MethodId }) {
  const t = useT();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const valid = PIN_PATTERN.test(pin);

  const start = () => {
    if (!valid) return;
    enterFullScreen();
    // From here ParticipantModeGate shows the participant page and holds the window there.
    startParticipantMode(session.id, method, pin);
  };

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('kiosk.start')}
      </button>
      <Dialog
        title={t('kiosk.start')}
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={start}
        submitLabel={t('kiosk.startButton')}
      >
        <p>{t('kiosk.pinExplanation')}</p>
        <PinField value={pin} onChange={(value) => setPin(value.replace(/\D/g, '').slice(0, 8))} />
        {pin && !valid && <p className="field-error">{t('kiosk.pinRule')}</p>}
      </Dialog>
    </>
  );
}
