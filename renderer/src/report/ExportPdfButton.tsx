import type { ReportSection } from '../../../shared/report/model';
import type { Language } from '../../../shared/session';
import { useNotices } from '../components/Notices';
import { useT } from '../i18n';
import { useMenuCommand } from '../shell/menuCommands';
import { useExportPdf } from './useExportPdf';

/** "Exporteer PDF" on the report tab, with the settings shown beside it (stored first). */
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
  const { busy, exportPdf } = useExportPdf();
  const run = async () => {
    try {
      await beforeExport();
    } catch (error) {
      notices.fail(error);
      return;
    }
    await exportPdf(language, sections);
  };
  // The desktop menu's "export PDF" while this tab is open (other tabs: SessionMenuCommands).
  useMenuCommand('exportPdf', () => {
    if (!busy && !nothingToPrint) void run();
  });

  return (
    <button
      type="button"
      className="primary report-export"
      disabled={busy || nothingToPrint}
      onClick={() => void run()}
    >
      {busy ? t('report.tab.exporting') : t('report.tab.export')}
    </button>
  );
}
