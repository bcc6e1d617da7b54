import { useState } from 'react';
import { useT } from '../i18n';
import './settings.css';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The session's id, which the command line's `--session` takes: shown as selectable text with a
 * copy button, since nobody types a 36-character id by hand.
 */
export function SessionIdField({ id }: { id: string }) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    navigator.clipboard.writeText(id).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <div className="session-id" data-testid="session-id">
      <span className="session-id-label">{t('settings.id.label')}</span>
      <code className="session-id-value">{id}</code>
      <button type="button" onClick={copy}>
        {state === 'copied' ? `✓ ${t('settings.id.copied')}` : t('settings.id.copy')}
      </button>
      <p className="muted session-id-hint">{t('settings.id.hint', { id })}</p>
      {state === 'failed' && (
        <p className="field-error" role="alert">
          {t('settings.id.copyFailed')}
        </p>
      )}
    </div>
  );
}
