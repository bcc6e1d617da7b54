import { describe, expect, it } from 'vitest';
import { printedSections } from '../../shared/report/content';
import { parseSections, reportLanguage, REPORT_SECTIONS } from '../../shared/report/model';
import { footerCss, FOOTER_TITLE_MAX } from '../../shared/report/footer';
import { newSession } from '../../shared/session';
import { cultureOnlySession, reportSession } from '../fixtures/reportSession';

describe('printedSections', () => {
  it('prints every section asked for when every method has data, in report order', () => {
    const session = reportSession();
    expect(printedSections(session, [...REPORT_SECTIONS].reverse())).toEqual(REPORT_SECTIONS);
  });

  it('leaves out Kano, Service Excellence and actions when only culture has data', () => {
    expect(printedSections(cultureOnlySession(), REPORT_SECTIONS)).toEqual([
      'cover',
      'summary',
      'culture',
      'appendix',
    ]);
  });

  it('prints only the cover of an empty session', () => {
    const session = newSession('empty', { name: 'Leeg' });
    expect(printedSections(session, REPORT_SECTIONS)).toEqual(['cover']);
  });

  it('counts culture as empty when the facilitator hid every word', () => {
    const empty = newSession('hidden', { name: 'Verborgen' });
    const session = {
      ...empty,
      culture: {
        ...empty.culture,
        entries: [{ id: 'e1', participant: '', group: null, current: ['saai'], desired: ['saai'] }],
        hidden: ['saai'],
      },
    };
    expect(printedSections(session, REPORT_SECTIONS)).toEqual(['cover']);
  });

  it('follows the session settings when no sections are given', () => {
    const session = reportSession();
    expect(printedSections(session)).toEqual(REPORT_SECTIONS.filter((s) => s !== 'appendix'));
  });
});

describe('parseSections and reportLanguage', () => {
  it('reads the print route list, ignoring unknown names', () => {
    expect(parseSections('appendix,kano,bogus')).toEqual(['kano', 'appendix']);
    expect(parseSections(null)).toBeNull();
  });

  it('takes an explicit language over the report setting over the session language', () => {
    const session = reportSession({ language: 'nl' });
    expect(reportLanguage(session)).toBe('nl');
    expect(reportLanguage({ ...session, report: { ...session.report, language: 'en' } })).toBe(
      'en',
    );
    expect(reportLanguage(session, 'en')).toBe('en');
  });
});

describe('footerCss', () => {
  it('escapes quotes and backslashes and places the page counters', () => {
    const css = footerCss('Org "A" \\ B', 'Pagina {page} van {pages}', true);
    expect(css).toContain('content: "Org \\"A\\" \\\\ B";');
    expect(css).toContain('content: "Pagina " counter(page) " van " counter(pages);');
    expect(css).toContain('@page :first');
  });

  it('shortens a very long title and keeps the footer on the first page without a cover', () => {
    const css = footerCss('x'.repeat(300), 'Page {page} of {pages}', false);
    expect(css).toContain(`"${'x'.repeat(FOOTER_TITLE_MAX - 1)}…"`);
    expect(css).not.toContain(':first');
  });
});
