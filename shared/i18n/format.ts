import type { Language } from '../session';

export type MessageParams = Record<string, string | number>;

/**
 * One number format and one set of plural rules per language, made once: `toLocaleString(locale)`
 * makes a new format at every call, which made a word cloud's 600 hover texts cost hundreds of
 * milliseconds. Intl is built into every runtime we ship to, so plurals cost no bundle bytes.
 */
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const NUMBER_FORMATS: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat(LOCALES.nl),
  en: new Intl.NumberFormat(LOCALES.en),
};
const PLURAL_RULES: Record<Language, Intl.PluralRules> = {
  nl: new Intl.PluralRules(LOCALES.nl),
  en: new Intl.PluralRules(LOCALES.en),
};

/** The marker of a plural part, `{count, plural, one {…} other {…}}` (a subset of ICU). */
const PLURAL_MARK = /^\s*(\w+)\s*,\s*plural\s*,/;

function formatValue(language: Language, value: string | number): string {
  return typeof value === 'number' ? NUMBER_FORMATS[language].format(value) : value;
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * The branches of a plural part after its marker: `=0 {…} one {…} other {…}`. A selector is an
 * exact value (`=0`) or a CLDR category (zero, one, two, few, many, other).
 */
export function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const selector = /^\s*(=\d+|[a-z]+)\s*\{/.exec(body.slice(at));
    if (!selector) break;
    const open = at + selector[0].length - 1;
    const close = closingBrace(body, open);
    if (close < 0) break;
    branches.set(selector[1]!, body.slice(open + 1, close));
    at = close + 1;
  }
  return branches;
}

function formatPlural(language: Language, inner: string, params: MessageParams): string | null {
  const mark = PLURAL_MARK.exec(inner);
  if (!mark) return null;
  const value = params[mark[1]!];
  if (typeof value !== 'number') return null;
  const branches = pluralBranches(inner.slice(mark[0].length));
  const chosen =
    branches.get(`=${value}`) ??
    branches.get(PLURAL_RULES[language].select(value)) ??
    branches.get('other');
  if (chosen === undefined) return null;
  // `#` in a branch is the number itself, formatted for the language; replaced before the
  // branch's own placeholders are filled, so a `#` in a value (a name like "#3") stays.
  return formatMessage(language, chosen.replace(/#/g, formatValue(language, value)), params);
}

/**
 * Fills a message's placeholders: `{name}` with its value (numbers formatted for the language)
 * and `{count, plural, one {# deelnemer} other {# deelnemers}}` with the branch that the
 * language's plural rules choose for that number (`=0 {…}` wins for exactly 0). A placeholder
 * without a value stays as it is, so a missing parameter shows rather than vanishes.
 */
export function formatMessage(language: Language, text: string, params: MessageParams): string {
  if (!text.includes(',')) return formatSimple(language, text, params);
  let result = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open < 0) break;
    const close = closingBrace(text, open);
    if (close < 0) break;
    const inner = text.slice(open + 1, close);
    const plural = formatPlural(language, inner, params);
    result += text.slice(at, open);
    result += plural ?? formatSimple(language, text.slice(open, close + 1), params);
    at = close + 1;
  }
  return result + text.slice(at);
}

function formatSimple(language: Language, text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatValue(language, value);
  });
}
