import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicyMeta } from '../../vite.config';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../shared/contracts/csp';
import {
  PRINT_QUERY,
  printRoute,
  REPORT_ERROR_SELECTOR,
  REPORT_READY_SELECTOR,
  reportErrorProps,
  reportReadyProps,
} from '../../shared/contracts/printRoute';
import { apiTokenMetaTag, readApiToken } from '../../shared/contracts/transport';
import { parseSections } from '../../shared/report/model';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the print route', () => {
  it('carries the language and the sections the report page reads back', () => {
    const route = printRoute('s-1', { language: 'en', sections: ['culture', 'kano'] });
    expect(route.startsWith('#/print/s-1?')).toBe(true);
    const query = new URLSearchParams(route.slice(route.indexOf('?') + 1));
    expect(query.get(PRINT_QUERY.language)).toBe('en');
    expect(parseSections(query.get(PRINT_QUERY.sections))).toEqual(['culture', 'kano']);
    expect(printRoute('s-1')).toBe('#/print/s-1');
  });

  it('gives the page the attributes the printers wait for', () => {
    const page = (props: Record<string, string>) =>
      Object.entries(props)
        .map(([name, value]) => `${name}="${value}"`)
        .join(' ');
    expect(page(reportReadyProps(true))).toBe('data-report-ready="true"');
    expect(REPORT_READY_SELECTOR).toBe('[data-report-ready="true"]');
    expect(Object.keys(reportErrorProps('gone'))).toEqual(['data-report-error']);
    expect(REPORT_ERROR_SELECTOR).toBe('[data-report-error]');
  });
});

describe('the API token', () => {
  it('is read back from the page the server writes it into', () => {
    const html = `<html><head>${apiTokenMetaTag('0a1b2c')}</head></html>`;
    expect(readApiToken(html)).toBe('0a1b2c');
    expect(readApiToken('<html></html>')).toBeNull();
  });
});

describe('the Content Security Policy', () => {
  it('is the same in the page the build writes as in the HTTP header, but for frame-ancestors', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is written into index.html by the build, before anything it governs', () => {
    const transform = contentSecurityPolicyMeta().transformIndexHtml as (html: string) => string;
    const html = transform(readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META);
    expect(meta!.index).toBeLessThan(html.search(/<(script|link)\b/));
    expect(() => transform('<html><head></head></html>')).toThrow(/placeholder/);
  });
});
