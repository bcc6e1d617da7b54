import { useRef } from 'react';
import {
  MAX_CONCLUSIONS,
  REPORT_SECTIONS,
  reportLanguage,
  type ReportSection,
} from '../../../shared/report/model';
import { methodsWithData, printedSections } from '../../../shared/report/content';
import type { Language, Session } from '../../../shared/session';
import { MAX_FACILITATOR } from '../../../shared/sessionLimits';
import { LanguageButtons } from '../components/LanguageSwitch';
import { useT } from '../i18n';
import { cultureAnalysis } from '../session/analyses';
import { useSession } from '../session/SessionContext';
import { ExportPdfButton } from './ExportPdfButton';
import { useAutosaveField } from './useAutosaveField';

/**
 * What goes into the report: sections, language, the facilitator's name and the conclusions.
 * Which sections have data is read from `analysed`, the session as last analysed (see
 * useAnalysedSession); until there is one, every section counts as having data.
 */
export function ReportSettingsPanel({ analysed }: { analysed: Session | null }) {
  const t = useT();
  const { session, execute } = useSession();
  const chosen = session.report.sections;
  const withData = analysed
    ? printedSections(
        analysed,
        REPORT_SECTIONS,
        methodsWithData(analysed, cultureAnalysis(analysed.culture)),
      )
    : REPORT_SECTIONS;
  const language = reportLanguage(session);
  // The text fields save while typing and when they lose focus, which is also the moment
  // "Exporteer PDF" is clicked: saves run one after another and the export waits for the
  // last, so the PDF has the words just typed.
  const lastSave = useRef<Promise<unknown>>(Promise.resolve());
  const save = (command: Parameters<typeof execute>[0]) => {
    lastSave.current = lastSave.current.then(() => execute(command));
  };
  const facilitatorField = useAutosaveField<HTMLInputElement>(
    session.facilitator,
    (facilitator) => save({ type: 'session.updateSettings', facilitator }),
    (value) => value.trim(),
  );
  const conclusionsField = useAutosaveField<HTMLTextAreaElement>(
    session.report.conclusions,
    (conclusions) => save({ type: 'report.updateSettings', conclusions }),
  );

  const toggle = (section: ReportSection, on: boolean) => {
    const sections = REPORT_SECTIONS.filter((s) => (s === section ? on : chosen.includes(s)));
    void execute({ type: 'report.updateSettings', sections });
  };
  const setLanguage = (next: Language) =>
    void execute({ type: 'report.updateSettings', language: next });

  return (
    <aside className="report-settings card">
      <ExportPdfButton
        language={language}
        sections={chosen}
        beforeExport={() => lastSave.current}
        nothingToPrint={!withData.some((section) => chosen.includes(section))}
      />
      <fieldset>
        <legend>{t('report.tab.sections')}</legend>
        {REPORT_SECTIONS.map((section) => (
          <label key={section} className="report-check">
            <input
              type="checkbox"
              checked={chosen.includes(section)}
              onChange={(event) => toggle(section, event.target.checked)}
            />
            <span>
              {t(`report.section.${section}`)}
              {!withData.includes(section) && (
                <span className="muted"> ({t('report.tab.noData')})</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('report.tab.language')}</legend>
        <LanguageButtons
          value={language}
          onChange={setLanguage}
          text={(option) => t(`language.${option}`)}
        />
      </fieldset>
      <label>
        {t('report.tab.facilitator')}
        <input maxLength={MAX_FACILITATOR} {...facilitatorField} />
      </label>
      <label>
        {t('report.tab.conclusions')}
        <textarea rows={8} maxLength={MAX_CONCLUSIONS} {...conclusionsField} />
        <span className="muted report-hint">{t('report.tab.conclusionsHint')}</span>
      </label>
    </aside>
  );
}
