import { useState } from 'react';
import type { ReportSection } from '../../../shared/report/model';
import type { Language } from '../../../shared/session';
import { api } from '../api/client';
import { base64ToBytes, downloadFile } from '../components/download';
import { useNotices } from '../components/Notices';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';

/**
 * Exports the open session's report: Electron saves through its own save dialog; browser mode
 * returns the bytes, which the browser downloads under the report's file name.
 */
export function useExportPdf(): {
  busy: boolean;
  exportPdf(language: Language, sections: readonly ReportSection[]): Promise<void>;
} {
  const t = useT();
  const notices = useNotices();
  const { session } = useSession();
  const [busy, setBusy] = useState(false);
  const exportPdf = async (language: Language, sections: readonly ReportSection[]) => {
    setBusy(true);
    try {
      const result = await api.exportPdf(session.id, { language, sections });
      if (result.base64 !== undefined) {
        downloadFile(result.fileName, base64ToBytes(result.base64), 'application/pdf');
      }
      if (result.saved) notices.notify(t('report.tab.exported', { fileName: result.fileName }));
    } catch (error) {
      notices.fail(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, exportPdf };
}
