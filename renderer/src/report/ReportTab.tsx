import { useDeferredValue } from 'react';
import { useT } from '../i18n';
import { useAnalysedSession } from '../session/analyses';
import { useSession } from '../session/SessionContext';
import { reportLanguage } from '../../../shared/report/model';
import { ReportDocument } from './ReportDocument';
import { ReportSettingsPanel } from './ReportSettingsPanel';
import './reportTab.css';

/** Rows per appendix table in the preview: enough to check it; the PDF holds every row. */
const PREVIEW_APPENDIX_ROWS = 100;

/**
 * The report tab: the settings on the left, the live A4 preview of the report on the right.
 * For a large session the analyses are computed first, one per task (the preview shows the
 * previous state meanwhile), and the preview is drawn as a low-priority update that React
 * splits into short slices: the window keeps responding, also while the conclusions are typed.
 */
export function ReportTab() {
  const t = useT();
  const { session } = useSession();
  const analysed = useAnalysedSession(session);
  const preview = useDeferredValue(analysed);
  return (
    <div className="report-tab">
      <ReportSettingsPanel analysed={analysed} />
      <div className="report-preview" data-testid="report-preview">
        {preview ? (
          <ReportDocument
            session={preview}
            language={reportLanguage(preview)}
            sections={preview.report.sections}
            appendixRows={PREVIEW_APPENDIX_ROWS}
          />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    </div>
  );
}
