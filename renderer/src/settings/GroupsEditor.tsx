import { useState } from 'react';
import { newId } from '../../../shared/ids';
import { MAX_GROUP_NAME } from '../../../shared/session';
import { useSession } from '../session/SessionContext';
import { useT } from '../i18n';

/** Named participant groups ("management", "medewerkers") used by every method. */
export function GroupsEditor() {
  const t = useT();
  const { session, execute } = useSession();
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);

  const add = async () => {
    if (!name.trim()) return;
    if (await execute({ type: 'session.addGroup', group: { id: newId(), name: name.trim() } })) {
      setName('');
    }
  };

  const saveRename = async () => {
    if (!editing) return;
    if (await execute({ type: 'session.renameGroup', id: editing.id, name: editing.name })) {
      setEditing(null);
    }
  };

  return (
    <section className="card">
      <h2>{t('groups.title')}</h2>
      <p className="muted">{t('groups.explanation')}</p>
      <ul className="stack-list group-list">
        {session.groups.map((group) =>
          editing?.id === group.id ? (
            <li key={group.id}>
              <input
                aria-label={t('groups.name')}
                value={editing.name}
                autoFocus
                onChange={(e) => setEditing({ ...editing, name: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void saveRename();
                  if (e.key === 'Escape') setEditing(null);
                }}
              />
              <button type="button" className="primary" onClick={() => void saveRename()}>
                {t('common.save')}
              </button>
              <button type="button" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </button>
            </li>
          ) : (
            <li key={group.id} data-testid="group">
              <span className="group-name">{group.name}</span>
              <button type="button" onClick={() => setEditing({ id: group.id, name: group.name })}>
                {t('home.rename')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void execute({ type: 'session.removeGroup', id: group.id })}
              >
                {t('common.remove')}
              </button>
            </li>
          ),
        )}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <input
          aria-label={t('groups.new')}
          placeholder={t('groups.placeholder')}
          value={name}
          maxLength={MAX_GROUP_NAME}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          {t('groups.add')}
        </button>
      </form>
    </section>
  );
}
