import { useRef } from 'react';
import { REPORT_SECTIONS, reportLanguage, type ReportSection } from '../../../shared/report/model';
import { printedSections } from '../../../shared/report/content';
import type { Language } from '../../../shared/session';
import { LanguageButtons } from '../components/LanguageSwitch';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { ExportPdfButton } from './ExportPdfButton';

/** What goes into the report: sections, language, the facilitator's name and the conclusions. */
export function ReportSettingsPanel() {
  const t = useT();
  const { session, execute } = useSession();
  const chosen = session.report.sections;
  const withData = printedSections(session, REPORT_SECTIONS);
  const language = reportLanguage(session);
  // The text fields save when they lose focus, which is also the moment "Exporteer PDF" is
  // clicked: saves run one after another and the export waits for the last, so the PDF has
  // the words just typed.
  const lastSave = useRef<Promise<unknown>>(Promise.resolve());
  const save = (command: Parameters<typeof execute>[0]) => {
    lastSave.current = lastSave.current.then(() => execute(command));
  };

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
        {/* Keyed by the stored value, so undo and redo show up in the field. */}
        <input
          key={session.facilitator}
          defaultValue={session.facilitator}
          maxLength={200}
          onBlur={(event) => {
            const facilitator = event.target.value.trim();
            if (facilitator !== session.facilitator)
              save({ type: 'session.updateSettings', facilitator });
          }}
        />
      </label>
      <label>
        {t('report.tab.conclusions')}
        <textarea
          key={session.report.conclusions}
          defaultValue={session.report.conclusions}
          rows={8}
          maxLength={20_000}
          onBlur={(event) => {
            const conclusions = event.target.value;
            if (conclusions !== session.report.conclusions)
              save({ type: 'report.updateSettings', conclusions });
          }}
        />
        <span className="muted report-hint">{t('report.tab.conclusionsHint')}</span>
      </label>
    </aside>
  );
}
