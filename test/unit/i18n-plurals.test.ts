import { describe, expect, it } from 'vitest';
import { catalogue, translate, type MessageKey } from '../../shared/i18n';
import { formatMessage, pluralBranches } from '../../shared/i18n/format';
import type { Language } from '../../shared/session';

/**
 * Every counted message goes through the plural rules ("1 deelnemers" must never print).
 * A message is counted when it has a parameter that carries a count: by convention a count is
 * named `count` or one of the names below. A new counted message therefore either writes its
 * noun with `{count, plural, one {…} other {…}}`, or says here why no word depends on the number.
 */
const COUNT_PARAMS = new Set([
  'count',
  'total',
  'done',
  'max',
  'answers',
  'wishes',
  'mustBe',
  'oneDimensional',
  'attractive',
]);

/** Counted messages where no word depends on the number (a label, a fraction, a verb alone). */
const NO_NOUN_AFTER_COUNT: Partial<Record<MessageKey, string>> = {
  'culture.counter': 'label "Deelnemers: 3"',
  'excellence.counter': 'label "Deelnemers: 3"',
  'kano.counter': 'label "Deelnemers: 3"',
  'culture.group.participants': '"management (3)"',
  'culture.cloud.count': 'hover text "zorgzaam: 3"',
  'excellence.groups.size': '"management (n = 3)"',
  'excellence.kiosk.progress': '"Bouwsteen 2 van 9"',
  'common.participantRange': '"Deelnemers 1–20 van 31"',
  'kano.entry.page': '"Deelnemers 1–20 van 31"',
  'live.phone.wishStep': '"Wens 2 van 5"',
  'live.counter.joined': '"3 verbonden": a participle, the same for one and many',
  'live.counter.answered': '"3 geantwoord": a participle, the same for one and many',
  'error.tooLarge': '{max} is a size with its unit ("10 MB"), not a count',
  'excellence.comments.showAll': 'button "Alle 12 tonen", shown only for more than a few',
};

/** Single counts in a message whose other count carries the noun: "2 van 5 wensen". */
const NO_NOUN_AFTER_PARAM: Partial<Record<MessageKey, string[]>> = {
  'kano.kiosk.progress': ['done'],
};

const LANGUAGES: Language[] = ['nl', 'en'];
const KEYS = Object.keys(catalogue.nl) as MessageKey[];

/** The parameters of a text, and which of them choose a plural branch. */
function paramsOf(text: string): { all: Set<string>; plural: Set<string> } {
  const all = new Set<string>();
  const plural = new Set<string>();
  for (const match of text.matchAll(/\{(\w+)(\s*,\s*plural\s*,)?/g)) {
    all.add(match[1]!);
    if (match[2]) plural.add(match[1]!);
  }
  return { all, plural };
}

function countParamsOf(key: MessageKey): string[] {
  const names = new Set<string>();
  for (const language of LANGUAGES) {
    for (const name of paramsOf(catalogue[language][key]).all) {
      if (COUNT_PARAMS.has(name)) names.add(name);
    }
  }
  return [...names];
}

/** Every parameter of the message filled: counts with `n`, the others with a word. */
function render(language: Language, key: MessageKey, n: number): string {
  const params: Record<string, string | number> = {};
  for (const name of paramsOf(catalogue[language][key]).all) {
    params[name] = COUNT_PARAMS.has(name) ? n : 'X';
  }
  return translate(language, key, params);
}

const COUNTED = KEYS.filter((key) => countParamsOf(key).length > 0);

describe('plural rules in the one translate', () => {
  it('chooses the branch by the language rules, with =0 first and # as the number', () => {
    const text = '{count, plural, =0 {geen wensen} one {# wens} other {# wensen}}';
    expect(formatMessage('nl', text, { count: 0 })).toBe('geen wensen');
    expect(formatMessage('nl', text, { count: 1 })).toBe('1 wens');
    expect(formatMessage('nl', text, { count: 2 })).toBe('2 wensen');
    expect(formatMessage('nl', text, { count: 1250 })).toBe('1.250 wensen');
    expect(formatMessage('en', text, { count: 1250 })).toBe('1,250 wensen');
  });

  it('fills placeholders inside a branch, and a # inside a value stays', () => {
    const text = '{count, plural, one {# antwoord van {name}} other {# antwoorden van {name}}}';
    expect(formatMessage('nl', text, { count: 1, name: '#3' })).toBe('1 antwoord van #3');
    expect(formatMessage('nl', text, { count: 3, name: 'Ann' })).toBe('3 antwoorden van Ann');
  });

  it('leaves a plural part without a number as it is, so a missing parameter shows', () => {
    const text = 'Nog {count, plural, one {# wens} other {# wensen}}.';
    expect(formatMessage('nl', text, {})).toBe(text);
  });

  it('reads the branches of a plural part', () => {
    expect([...pluralBranches(' =0 {geen} one {# {x}} other {#}')]).toEqual([
      ['=0', 'geen'],
      ['one', '# {x}'],
      ['other', '#'],
    ]);
  });

  it('finds the counted messages (the test below is not empty)', () => {
    expect(COUNTED.length).toBeGreaterThan(20);
    expect(COUNTED).toContain('report.cover.people');
  });
});

describe.each(COUNTED)('counted message %s', (key) => {
  const counts = countParamsOf(key);

  it('writes every count with plural forms in both languages, or says why none is needed', () => {
    const reason = NO_NOUN_AFTER_COUNT[key];
    if (reason) return;
    for (const language of LANGUAGES) {
      const { plural } = paramsOf(catalogue[language][key]);
      const free = NO_NOUN_AFTER_PARAM[key] ?? [];
      const missing = counts.filter((name) => !plural.has(name) && !free.includes(name));
      expect({ language, missing }).toEqual({
        language,
        missing: [],
      });
    }
  });

  it.each(LANGUAGES)('renders for 0, 1 and 2 in %s, and 1 reads otherwise than 2', (language) => {
    const zero = render(language, key, 0);
    const one = render(language, key, 1);
    const two = render(language, key, 2);
    // Every placeholder filled (a branch may write "one" as a word: "Eén wens…").
    for (const text of [zero, one, two]) expect(text).not.toMatch(/[{}#]/);
    if (!NO_NOUN_AFTER_COUNT[key]) {
      // The words around the number change between one and two: the noun or the verb agrees.
      expect(one.replace(/1/g, 'N')).not.toBe(two.replace(/2/g, 'N'));
    }
  });
});

describe('examples a reader can check', () => {
  it('Dutch and English agree with the number', () => {
    expect(translate('nl', 'report.cover.people', { count: 1 })).toBe('1 deelnemer');
    expect(translate('nl', 'report.cover.people', { count: 2 })).toBe('2 deelnemers');
    expect(translate('en', 'report.cover.people', { count: 1 })).toBe('1 participant');
    expect(translate('nl', 'kano.kiosk.progress', { done: 0, total: 1 })).toBe(
      '0 van 1 wens beantwoord',
    );
    expect(translate('en', 'kano.kiosk.progress', { done: 1, total: 5 })).toBe(
      '1 of 5 wishes answered',
    );
  });
});
