import { describe, expect, it } from 'vitest';
import { rowsFromPaste } from '../../shared/culture/paste';
import { cultureQuestions } from '../../shared/culture/questions';
import { cultureData } from '../fixtures/cultureSession';

describe('pasting rows into the culture grid', () => {
  it('reads tab-separated lines from the first word column', () => {
    const outcome = rowsFromPaste('open\ttraag\t\t\tsnel\r\nbureaucratisch\n\n', 2);
    expect(outcome).toEqual({
      ok: true,
      notes: [],
      value: [
        { line: 1, participant: '', group: '', current: ['open', 'traag'], desired: ['snel'] },
        { line: 2, participant: '', group: '', current: ['bureaucratisch'], desired: [] },
      ],
    });
  });

  it('reads participant and group when pasted from the first column', () => {
    const outcome = rowsFromPaste('P1\tmanagement\topen\t\t\t\teerlijk', 0);
    expect(outcome.ok && outcome.value[0]).toMatchObject({
      participant: 'P1',
      group: 'management',
      current: ['open'],
      desired: ['eerlijk'],
    });
  });

  it('refuses a line that runs past the last column', () => {
    const outcome = rowsFromPaste('a\tb\tc\td\te', 6);
    expect(outcome).toEqual({
      ok: false,
      problems: [{ line: 1, key: 'culture.paste.tooManyColumns' }],
    });
  });
});

describe('culture questions', () => {
  it('uses the defaults in the session language unless the facilitator wrote their own', () => {
    expect(cultureQuestions(cultureData(), 'nl').current).toBe(
      'Beschrijf onze cultuur zoals die NU is, in vier woorden',
    );
    expect(cultureQuestions(cultureData({ questionDesired: 'Waar gaan we heen?' }), 'en')).toEqual({
      current: 'Describe our culture as it is NOW, in four words',
      desired: 'Waar gaan we heen?',
    });
  });
});
