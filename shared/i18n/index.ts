import type { Language } from '../session';
import { coreMessages } from './core';
import { csvMessages } from '../csvMessages';
import { cultureMessages } from '../culture/messages';
import { kanoMessages } from '../kano/messages';
import { excellenceMessages } from '../excellence/messages';
import { reportMessages } from '../report/messages';
import { livePageMessages } from '../live/pageMessages';

/** The one message catalogue: every visible text of the app, per language. */
export const catalogue = {
  nl: {
    ...coreMessages.nl,
    ...csvMessages.nl,
    ...cultureMessages.nl,
    ...kanoMessages.nl,
    ...excellenceMessages.nl,
    ...reportMessages.nl,
    ...livePageMessages.nl,
  },
  en: {
    ...coreMessages.en,
    ...csvMessages.en,
    ...cultureMessages.en,
    ...kanoMessages.en,
    ...excellenceMessages.en,
    ...reportMessages.en,
    ...livePageMessages.en,
  },
};

export type MessageKey = keyof typeof catalogue.nl;
export type MessageParams = Record<string, string | number>;

/** Looks up a text and fills `{name}` placeholders; numbers are formatted for the language. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text: string = catalogue[language][key] ?? key;
  if (!params) return text;
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogue.nl;
}
