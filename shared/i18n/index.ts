import type { Language } from '../session';
import { catalogue } from './catalogue';
import { formatMessage, type MessageParams } from './format';

export { catalogue };

export type MessageKey = keyof typeof catalogue.nl;
export type { MessageParams };

/**
 * Looks up a text and fills its placeholders (shared/i18n/format.ts): `{name}`, numbers formatted
 * for the language, and `{count, plural, one {…} other {…}}` chosen by the language's plural rules.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text: string = catalogue[language][key] ?? key;
  if (!params) return text;
  return formatMessage(language, text, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogue.nl;
}
