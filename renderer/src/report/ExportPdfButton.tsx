import { useState } from 'react';
import type { ReportSection } from '../../../shared/report/model';
import type { Language } from '../../../shared/session';
import { api } from '../api/client';
import { base64ToBytes, downloadFile } from '../components/download';
import { useNotices } from '../components/Notices';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';

/**
 * "Exporteer PDF": Electron saves through its own save dialog; browser mode returns the bytes,
 * which the browser downloads under the report's file name.
 */
export function ExportPdfButton({
  language,
  sections,
  beforeExport,
  nothingToPrint,
}: {
  language: Language;
  sections: readonly ReportSection[];
  /** Settles when the settings being saved are stored. */
  beforeExport(): Promise<unknown>;
  /** No chosen section has anything to show: an export would be an empty page. */
  nothingToPrint: boolean;
}) {
  const t = useT();
  const notices = useNotices();
  const { session } = useSession();
  const [busy, setBusy] = useState(false);

  const exportPdf = async () => {
    setBusy(true);
    try {
      await beforeExport();
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

  return (
    <button
      type="button"
      className="primary report-export"
      disabled={busy || nothingToPrint}
      onClick={() => void exportPdf()}
    >
      {busy ? t('report.tab.exporting') : t('report.tab.export')}
    </button>
  );
}
