import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { downloadFile } from '../components/download';
import { useNotices } from '../components/Notices';
import { reportLanguage } from '../../../shared/report/model';
import { useExportPdf } from '../report/useExportPdf';
import { useSession } from '../session/SessionContext';
import { focusInTextField, useMenuCommand } from './menuCommands';

/**
 * The application menu's commands for the open session. Undo and redo act on the text being
 * typed when the focus is in a field (its own undo, as the keys do there), else on the
 * session's changes. "Export PDF" exports with the report settings stored in the session (on
 * the report tab its own button listens instead, as it may be saving a change to them).
 */
export function SessionMenuCommands({ tab }: { tab: string }) {
  const { session, canUndo, canRedo, undo, redo } = useSession();
  const notices = useNotices();
  const navigate = useNavigate();

  useMenuCommand('undo', () => {
    if (focusInTextField()) document.execCommand('undo');
    else if (canUndo) void undo();
  });
  useMenuCommand('redo', () => {
    if (focusInTextField()) document.execCommand('redo');
    else if (canRedo) void redo();
  });
  useMenuCommand('exportSession', async () => {
    try {
      const { fileName, json } = await api.exportSession(session.id);
      downloadFile(fileName, json, 'application/json');
    } catch (error) {
      notices.fail(error);
    }
  });
  const pdf = useExportPdf();
  useMenuCommand('exportPdf', () => {
    if (tab !== 'report' && !pdf.busy) {
      void pdf.exportPdf(reportLanguage(session), session.report.sections);
    }
  });
  useMenuCommand('newSession', () => void navigate('/', { state: { newSession: true } }));
  return null;
}
