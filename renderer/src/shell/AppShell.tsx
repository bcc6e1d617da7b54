import { useEffect, useState } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { windowShellOf } from '../../../shared/contracts/windowShell';
import { Dialog } from '../components/Dialog';
import { useNotices } from '../components/Notices';
import { useLanguage } from '../i18n';
import { useSessionImport, type SessionFile } from '../home/useSessionImport';
import { currentParticipantMode } from '../kiosk/participantMode';
import { useMenuCommand } from './menuCommands';

/**
 * Around every page: the desktop app is told the app's language (its menu follows), and a
 * session file that reaches the window — opened from the system, picked in the menu's open
 * dialog, or dropped on the window — is imported through the one validated import, after
 * asking once when it came from outside the app. The imported session opens.
 */
export function AppShell() {
  const { t, language } = useLanguage();
  const notices = useNotices();
  const navigate = useNavigate();
  const importSession = useSessionImport();
  const [asking, setAsking] = useState<SessionFile | null>(null);

  useEffect(() => {
    windowShellOf(window)?.language(language);
  }, [language]);

  const open = async (file: SessionFile) => {
    setAsking(null);
    const summary = await importSession(file);
    if (summary) void navigate(`/session/${summary.id}`);
  };

  useMenuCommand('openFile', ({ name, text, ask }) => {
    const file = { name, size: new Blob([text]).size, text: async () => text };
    if (ask) setAsking(file);
    else void open(file);
  });
  useMenuCommand('openFileFailed', ({ name, reason }) =>
    notices.notify(t(`shell.openFile.${reason}`, { name }), { kind: 'error' }),
  );
  useDroppedSessionFiles(setAsking);

  return (
    <>
      <Outlet />
      <Dialog
        title={t('shell.openFile.title')}
        open={asking !== null}
        onClose={() => setAsking(null)}
        onSubmit={() => asking && void open(asking)}
        submitLabel={t('shell.openFile.confirm')}
      >
        <p>{t('shell.openFile.question', { name: asking?.name ?? '' })}</p>
      </Dialog>
    </>
  );
}

/**
 * A .json file dropped anywhere on the window (not on a field that takes files itself, such as
 * a CSV drop zone) is offered for import; other drops are left to the page, and the browser
 * never opens the file in place of the app.
 */
function useDroppedSessionFiles(offer: (file: SessionFile) => void): void {
  useEffect(() => {
    const isFileDrag = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (isFileDrag(event) && !event.defaultPrevented) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!isFileDrag(event) || event.defaultPrevented) return;
      event.preventDefault();
      // A participant's screen imports nothing.
      if (currentParticipantMode()) return;
      const file = event.dataTransfer?.files[0];
      if (file && file.name.toLowerCase().endsWith('.json')) offer(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [offer]);
}
