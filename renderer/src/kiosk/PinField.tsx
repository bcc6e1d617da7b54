import { useT } from '../i18n';
import './kiosk.css';

/**
 * The facilitator's PIN for participant mode: the number pad on a tablet, the digits shown as
 * dots. Deliberately not a password field (`type="password"`): for one of those Chromium offers
 * to save the "password" over the participant page and shows an eye icon that reveals it. This
 * field is plain text to the browser, with no name and autocomplete off, and the dots are CSS.
 */
export function PinField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const t = useT();
  return (
    <label>
      {t('kiosk.pin')}
      <input
        type="text"
        className="pin-field"
        inputMode="numeric"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        autoFocus
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
