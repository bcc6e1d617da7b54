import type { SessionSettings } from '../../../shared/session';
import { MAX_FACILITATOR, MAX_ORGANISATION, MAX_SESSION_NAME } from '../../../shared/sessionLimits';
import { useT } from '../i18n';

export type SessionFormValues = Omit<SessionSettings, 'language'> & { language: 'nl' | 'en' };

interface Props {
  values: SessionFormValues;
  onChange(values: SessionFormValues): void;
}

/** The fields a facilitator gives a session; used by "new session" and the settings tab. */
export function SessionForm({ values, onChange }: Props) {
  const t = useT();
  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <div className="form-grid">
      <label>
        {t('session.name')}
        <input
          required
          maxLength={MAX_SESSION_NAME}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          autoFocus
        />
      </label>
      <label>
        {t('session.organisation')}
        <input
          maxLength={MAX_ORGANISATION}
          value={values.organisation}
          onChange={(e) => set('organisation', e.target.value)}
        />
      </label>
      <label>
        {t('session.date')}
        <input
          type="date"
          required
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
        />
      </label>
      <label>
        {t('session.facilitator')}
        <input
          maxLength={MAX_FACILITATOR}
          value={values.facilitator}
          onChange={(e) => set('facilitator', e.target.value)}
        />
      </label>
      <label>
        {t('session.language')}
        <select
          value={values.language}
          onChange={(e) => set('language', e.target.value as 'nl' | 'en')}
        >
          <option value="nl">{t('language.nl')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </label>
    </div>
  );
}
