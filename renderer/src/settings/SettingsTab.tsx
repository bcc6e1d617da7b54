import { useState } from 'react';
import { useSession } from '../session/SessionContext';
import { SessionForm, type SessionFormValues } from '../home/SessionForm';
import { GroupsEditor } from './GroupsEditor';
import { SessionIdField } from './SessionIdField';
import { useT } from '../i18n';

/** Session settings (name, organisation, date, facilitator, language) and participant groups. */
export function SettingsTab() {
  const t = useT();
  const { session, executeMany } = useSession();
  const current: SessionFormValues = {
    name: session.name,
    organisation: session.organisation,
    date: session.date,
    facilitator: session.facilitator,
    language: session.language,
  };
  const [values, setValues] = useState<SessionFormValues>(current);
  const changed = JSON.stringify(values) !== JSON.stringify(current);

  const save = async () => {
    const commands = [];
    if (values.name !== session.name)
      commands.push({ type: 'session.rename' as const, name: values.name });
    const { name: _name, ...settings } = values;
    commands.push({ type: 'session.updateSettings' as const, ...settings });
    await executeMany(commands);
  };

  return (
    <div className="settings-tab">
      <section className="card">
        <h2>{t('settings.title')}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <SessionForm values={values} onChange={setValues} />
          <div className="form-actions">
            <button type="button" disabled={!changed} onClick={() => setValues(current)}>
              {t('common.reset')}
            </button>
            <button type="submit" className="primary" disabled={!changed}>
              {t('common.save')}
            </button>
          </div>
        </form>
        {session.repeatOf && (
          <p className="muted">
            {t('settings.repeatOf', { name: session.repeatOf.name, date: session.repeatOf.date })}
          </p>
        )}
        <SessionIdField id={session.id} />
      </section>
      <GroupsEditor />
    </div>
  );
}
