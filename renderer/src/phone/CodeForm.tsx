import { useState, type FormEvent } from 'react';
import { MAX_JOIN_CODE_LENGTH, normaliseJoinCode } from '../../../shared/live/joinCode';
import { useT } from '../i18n';
import type { PhoneFailure } from './phoneClient';

/**
 * The code, typed from the projector when the phone did not scan the QR code. Spaces, dashes
 * and lower case are fine ("acd efg"); a code that cannot be one is refused here, the rest by
 * the listener (which limits wrong tries).
 */
export function CodeForm({
  failure,
  onCode,
  onWrong,
}: {
  failure?: PhoneFailure;
  onCode(code: string): void;
  onWrong(): void;
}) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const send = (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseJoinCode(typed);
    if (code) onCode(code);
    else onWrong();
  };
  return (
    <form className="phone-code" onSubmit={send}>
      <h1>{t('live.phone.codeQuestion')}</h1>
      <label htmlFor="phone-code-input">{t('live.phone.codeHint')}</label>
      <input
        id="phone-code-input"
        className="phone-code-input"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        aria-label={t('live.phone.codeLabel')}
        aria-invalid={failure === 'wrongCode' ? true : undefined}
        placeholder="ABC DEF"
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        maxLength={MAX_JOIN_CODE_LENGTH * 2}
      />
      {failure && (
        <p className="phone-alert" role="alert">
          {t(`live.phone.error.${failure}`)}
        </p>
      )}
      <button type="submit" className="primary phone-wide" disabled={typed.trim() === ''}>
        {t('live.phone.join')}
      </button>
    </form>
  );
}
