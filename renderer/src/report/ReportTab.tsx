import { useSession } from '../session/SessionContext';
import { reportLanguage } from '../../../shared/report/model';
import { ReportDocument } from './ReportDocument';
import { ReportSettingsPanel } from './ReportSettingsPanel';
import './reportTab.css';

/** The report tab: the settings on the left, the live A4 preview of the report on the right. */
export function ReportTab() {
  const { session } = useSession();
  return (
    <div className="report-tab">
      <ReportSettingsPanel />
      <div className="report-preview" data-testid="report-preview">
        <ReportDocument
          session={session}
          language={reportLanguage(session)}
          sections={session.report.sections}
        />
      </div>
    </div>
  );
}
