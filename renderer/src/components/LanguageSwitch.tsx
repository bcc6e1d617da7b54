import type { Language } from '../../../shared/session';
import { useLanguage } from '../i18n';

const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** NL | EN toggle buttons, side by side; `text` names each language on its button. */
export function LanguageButtons({
  value,
  onChange,
  text,
  label,
}: {
  value: Language;
  onChange(language: Language): void;
  text(language: Language): string;
  /** The group's accessible name, when no legend around it gives one. */
  label?: string;
}) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
        >
          {text(option)}
        </button>
      ))}
    </div>
  );
}

/** NL | EN toggle for the app's own texts (a session's report language is set per session). */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <LanguageButtons
      value={language}
      onChange={setLanguage}
      text={(option) => option.toUpperCase()}
      label={t('language.ui')}
    />
  );
}
