import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { Dialog } from '../components/Dialog';
import { LanguageOverride, useT } from '../i18n';
import { isMethod, METHOD_SCREENS } from '../methods/registry';
import { SessionProvider, useSession } from '../session/SessionContext';
import { checkKioskPin } from './kioskPin';
import { PinField } from './PinField';

/**
 * Participant mode: only the method's participant page, full screen, no navigation, no undo.
 * Leaving needs the facilitator's PIN.
 */
export function KioskScreen() {
  const t = useT();
  const { id = '', method } = useParams();
  const [asking, setAsking] = useState(false);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  if (!isMethod(method)) return <p className="page-message">{t('nav.unknownTab')}</p>;
  const { Kiosk } = METHOD_SCREENS[method];

  const leave = () => {
    if (!checkKioskPin(id, pin)) {
      setWrong(true);
      setPin('');
      return;
    }
    void document.exitFullscreen?.().catch(() => undefined);
    window.location.hash = `#/session/${id}/${method}`;
  };

  return (
    <SessionProvider key={id} id={id} undoShortcuts={false}>
      <main className="kiosk">
        <InSessionLanguage>
          <Kiosk />
        </InSessionLanguage>
        <button type="button" className="kiosk-exit" onClick={() => setAsking(true)}>
          {t('kiosk.facilitator')}
        </button>
        <Dialog
          title={t('kiosk.leave')}
          open={asking}
          onClose={() => {
            setAsking(false);
            setWrong(false);
            setPin('');
          }}
          onSubmit={leave}
          submitLabel={t('kiosk.leaveButton')}
        >
          <PinField value={pin} onChange={setPin} />
          {wrong && <p className="field-error">{t('kiosk.wrongPin')}</p>}
        </Dialog>
      </main>
    </SessionProvider>
  );
}

/** The participant page speaks the session's language (see LanguageOverride). */
function InSessionLanguage({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return <LanguageOverride language={session.language}>{children}</LanguageOverride>;
}
