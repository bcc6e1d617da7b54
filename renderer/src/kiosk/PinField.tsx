import { useT } from '../i18n';

/** The facilitator's PIN for participant mode: hidden digits, the number pad on a tablet. */
export function PinField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const t = useT();
  return (
    <label>
      {t('kiosk.pin')}
      <input
        type="password"
        inputMode="numeric"
        autoComplete="off"
        autoFocus
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
