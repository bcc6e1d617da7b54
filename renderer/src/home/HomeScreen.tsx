import { useLocation } from 'react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionListItem, SessionSummary } from '../../../shared/api';
import { todayIso } from '../../../shared/session';
import { MAX_SESSION_NAME } from '../../../shared/sessionLimits';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { downloadFile } from '../components/download';
import { formatDateTime, formatShortDate } from '../components/format';
import { useNotices } from '../components/Notices';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useLanguage } from '../i18n';
import { useMenuCommand } from '../shell/menuCommands';
import { SessionForm, type SessionFormValues } from './SessionForm';
import { TrashDialog } from './TrashDialog';
import { useSessionImport } from './useSessionImport';

const emptyForm = (): SessionFormValues => ({
  name: '',
  organisation: '',
  date: todayIso(),
  facilitator: '',
  language: 'nl',
});

/** The home screen: every workshop session on this computer. */
export function HomeScreen() {
  const { t, language } = useLanguage();
  const notices = useNotices();
  const [items, setItems] = useState<SessionListItem[] | null>(null);
  const [query, setQuery] = useState('');
  // "Nieuwe sessie" from the desktop menu on another screen lands here with the form open.
  const location = useLocation();
  const [creating, setCreating] = useState<SessionFormValues | null>(() =>
    (location.state as { newSession?: boolean } | null)?.newSession ? emptyForm() : null,
  );
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [dataDir, setDataDir] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const importSession = useSessionImport();

  // Bumped after every action; the list is fetched again whenever it changes.
  const [listVersion, setListVersion] = useState(0);
  const reload = useCallback(() => setListVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    api.listSessions().then((list) => live && setItems(list), notices.fail);
    return () => {
      live = false;
    };
  }, [listVersion, notices]);

  useEffect(() => {
    api.info().then((info) => setDataDir(info.dataDir), notices.fail);
  }, [notices]);

  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    if (!items) return [];
    if (!needle) return items;
    return items.filter((item) =>
      (item.status === 'ok' ? item.name : item.id).toLocaleLowerCase().includes(needle),
    );
  }, [items, query]);

  const act = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) notices.notify(done);
    } catch (error) {
      notices.fail(error);
    }
    reload();
  };

  const create = async () => {
    if (!creating) return;
    try {
      const summary = await api.createSession(creating);
      window.location.hash = `#/session/${summary.id}/settings`;
    } catch (error) {
      notices.fail(error);
    }
  };

  const rename = () =>
    renaming &&
    act(async () => {
      await api.execute(renaming.id, { type: 'session.rename', name: renaming.name });
      setRenaming(null);
    });

  const remove = (item: SessionSummary) =>
    act(async () => {
      await api.deleteSession(item.id);
      notices.notify(t('home.deleted', { name: item.name }), {
        action: {
          label: t('home.restore'),
          run: () => void act(() => api.restoreFromTrash(item.id)),
        },
      });
    });

  const exportSession = (item: SessionSummary) =>
    act(async () => {
      const { fileName, json } = await api.exportSession(item.id);
      downloadFile(fileName, json, 'application/json');
    });

  const importFile = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    await importSession(file);
    reload();
  };

  // The application menu (desktop app): a new session, and what needs an open session.
  useMenuCommand('newSession', () => setCreating(emptyForm()));
  useMenuCommand('exportSession', () => notices.notify(t('shell.openSessionFirst')));
  useMenuCommand('exportPdf', () => notices.notify(t('shell.openSessionFirst')));

  return (
    <main className="home">
      <header className="topbar">
        <h1>{t('app.name')}</h1>
        <div className="topbar-actions">
          <button type="button" className="primary" onClick={() => setCreating(emptyForm())}>
            {t('home.new')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('home.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="import-file"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
          <button type="button" onClick={() => setTrashOpen(true)}>
            {t('home.trash')}
          </button>
          <LanguageSwitch />
        </div>
      </header>

      <div className="home-search">
        <input
          type="search"
          placeholder={t('home.search')}
          aria-label={t('home.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>

      {items && items.length === 0 && <p className="empty">{t('home.empty')}</p>}
      {items && items.length > 0 && (
        <table className="sessions-table">
          <thead>
            <tr>
              <th>{t('session.name')}</th>
              <th>{t('session.organisation')}</th>
              <th>{t('session.date')}</th>
              <th className="num">{t('home.participants')}</th>
              <th>{t('home.lastChange')}</th>
              <th>
                <span className="visually-hidden">{t('home.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((item) =>
              item.status === 'ok' ? (
                <tr key={item.id} data-testid="session-row">
                  <td>
                    <a href={`#/session/${item.id}`} className="session-link">
                      {item.name}
                    </a>
                  </td>
                  <td>
                    <div className="clamp" title={item.organisation}>
                      {item.organisation}
                    </div>
                  </td>
                  <td className="nowrap">{formatShortDate(item.date, language)}</td>
                  <td className="num">{item.participants}</td>
                  <td className="nowrap">{formatDateTime(item.updatedAt, language)}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        onClick={() => setRenaming({ id: item.id, name: item.name })}
                      >
                        {t('home.rename')}
                      </button>
                      <button
                        type="button"
                        title={t('home.repeatHint')}
                        onClick={() =>
                          void act(
                            () => api.duplicateSession(item.id),
                            t('home.repeated', { name: item.name }),
                          )
                        }
                      >
                        {t('home.repeat')}
                      </button>
                      <button type="button" onClick={() => void exportSession(item)}>
                        {t('home.export')}
                      </button>
                      <button type="button" className="danger" onClick={() => void remove(item)}>
                        {t('home.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ) : (
                <tr key={item.id} className="damaged" data-testid="damaged-row">
                  <td colSpan={4}>
                    <strong>{t('home.damaged', { id: item.id })}</strong>
                    <div className="reason">{item.reason}</div>
                  </td>
                  <td>{formatDateTime(item.updatedAt, language)}</td>
                  <td>
                    <div className="row-actions">
                      {item.hasBackup ? (
                        <button
                          type="button"
                          className="primary"
                          onClick={() =>
                            void act(() => api.restoreBackup(item.id), t('home.backupRestored'))
                          }
                        >
                          {t('home.restoreBackup')}
                        </button>
                      ) : (
                        <span className="muted">{t('home.noBackup')}</span>
                      )}
                      <button
                        type="button"
                        className="danger"
                        onClick={() => void act(() => api.deleteSession(item.id))}
                      >
                        {t('home.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}

      <Dialog
        title={t('home.new')}
        open={creating !== null}
        onClose={() => setCreating(null)}
        onSubmit={() => void create()}
        submitLabel={t('home.create')}
      >
        {creating && <SessionForm values={creating} onChange={setCreating} />}
      </Dialog>

      <Dialog
        title={t('home.rename')}
        open={renaming !== null}
        onClose={() => setRenaming(null)}
        onSubmit={() => void rename()}
        submitLabel={t('common.save')}
      >
        {renaming && (
          <label>
            {t('session.name')}
            <input
              required
              autoFocus
              maxLength={MAX_SESSION_NAME}
              value={renaming.name}
              onChange={(e) => setRenaming({ ...renaming, name: e.target.value })}
            />
          </label>
        )}
      </Dialog>

      {dataDir && (
        <footer className="home-footer muted">{t('home.dataFolder', { folder: dataDir })}</footer>
      )}

      <TrashDialog open={trashOpen} onClose={() => setTrashOpen(false)} onRestored={reload} />
    </main>
  );
}
