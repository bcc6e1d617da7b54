import { describe, expect, it } from 'vitest';
import {
  compareWords,
  countingForm,
  displayForm,
  matchingKey,
} from '../../shared/culture/normalise';

describe('culture normalisation', () => {
  it('trims, collapses inner whitespace and strips surrounding punctuation', () => {
    expect(displayForm('  „Klant \t  gericht”! ')).toBe('Klant gericht');
    expect(displayForm('(open)')).toBe('open');
    expect(displayForm('...')).toBe('');
    expect(displayForm('   ')).toBe('');
  });

  it('keeps punctuation inside a phrase and symbols around it', () => {
    expect(displayForm('no-nonsense')).toBe('no-nonsense');
    expect(displayForm('C++')).toBe('C++');
    expect(displayForm('€-gedreven')).toBe('€-gedreven');
  });

  it('applies NFKC (full-width letters, ligatures)', () => {
    expect(displayForm('ｏｐｅｎ')).toBe('open');
    expect(displayForm('ﬁjn')).toBe('fijn');
  });

  it('lower-cases with the Dutch locale for counting', () => {
    expect(countingForm('IJverig')).toBe('ijverig');
    expect(countingForm('Créatief')).toBe('créatief');
  });

  it('ignores diacritics and case when matching', () => {
    expect(matchingKey('CRÉATIEF.')).toBe('creatief');
    expect(matchingKey('créatief')).toBe(matchingKey('creatief'));
    expect(matchingKey('Één  Team')).toBe('een team');
    expect(matchingKey('naïef')).toBe('naief');
  });

  it('keeps emoji whole (variation selectors and skin tones are not accents)', () => {
    expect(matchingKey('🚀')).toBe('🚀');
    expect(matchingKey('❤️')).toBe('❤️');
    expect(matchingKey('👍🏽')).toBe('👍🏽');
    expect(matchingKey('1️⃣')).not.toBe('1');
  });

  it('handles right-to-left text and HTML as plain text', () => {
    expect(matchingKey('مرحبا')).toBe('مرحبا');
    expect(matchingKey('שָׁלוֹם')).toBe('שלום');
    expect(displayForm('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('handles a 500-character word', () => {
    const long = 'A'.repeat(500);
    expect(matchingKey(long)).toBe('a'.repeat(500));
  });

  it('sorts with the Dutch collation', () => {
    const words = ['zeer', 'Ándere', 'eerlijk', 'Écht', 'betrokken'];
    expect([...words].sort(compareWords)).toEqual([
      'Ándere',
      'betrokken',
      'Écht',
      'eerlijk',
      'zeer',
    ]);
  });
});
