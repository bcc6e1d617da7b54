import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { isMessageKey, translate, type MessageKey, type MessageParams } from '../../shared/i18n';
import type { Language } from '../../shared/session';
import type { AppErrorData } from '../../shared/errors';

const STORAGE_KEY = 'klantkompas.uiLanguage';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const LanguageContext = createContext<LanguageState | null>(null);

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

/** The app's UI language: Dutch unless the facilitator chose English (remembered). */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  // A layout effect: it runs before the passive effects of the pages inside, so a page that
  // speaks another language (LanguageOverride, the report) has the last word.
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<LanguageState>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/**
 * Speaks a fixed language inside, whatever the app's own choice: participant pages speak the
 * language of the workshop (the session's), not the facilitator's.
 */
export function LanguageOverride({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  const outer = useLanguage();
  useOverridePageLanguage(language, outer.language);
  const value = useMemo<LanguageState>(
    () => ({ ...outer, language, t: (key, params) => translate(language, key, params) }),
    [outer, language],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/**
 * `<html lang>` says the language the page speaks, so the browser neither offers to translate
 * it nor reads it aloud in the wrong voice: the app's language (LanguageProvider), or the
 * session's where a page speaks that (participant pages, the projector), back to the app's
 * when such a page closes.
 */
function useOverridePageLanguage(language: Language, restore: Language): void {
  useEffect(() => {
    document.documentElement.lang = language;
    return () => {
      document.documentElement.lang = restore;
    };
  }, [language, restore]);
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

/** `const t = useT(); t('home.title')` — every visible text comes from the catalogue. */
export function useT(): Translate {
  return useLanguage().t;
}

/** An API error in the UI language, with the technical detail kept as the {detail} part. */
export function errorText(t: Translate, error: unknown): string {
  const data = (error as { data?: AppErrorData }).data;
  if (!data) return t('error.internal', { detail: (error as Error)?.message ?? String(error) });
  // A command may name a more precise text of its own (params.messageKey), e.g. a duplicate name.
  const own = data.params?.messageKey;
  if (typeof own === 'string' && isMessageKey(own)) return t(own, data.params);
  const key = `error.${data.code}`;
  return isMessageKey(key)
    ? t(key, { detail: data.message, ...data.params })
    : t('error.internal', { detail: data.message });
}
