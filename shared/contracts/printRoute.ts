/**
 * The printable report: one hash route that Electron's printToPDF, the headless Chromium of
 * browser mode and the CLI all load, and the attributes the page sets so that the printers know
 * when to print (or why they cannot). The renderer and the printers import these, never their
 * own copies.
 */

/** The router path of the report page (a hash route: `#/print/ID`). */
export const PRINT_ROUTE_PATH = '/print/:id';

/** The query parameters the report page reads. */
export const PRINT_QUERY = { language: 'lang', sections: 'sections' } as const;

export interface PrintRouteOptions {
  language?: string;
  sections?: readonly string[];
}

/** `#/print/ID?lang=nl|en&sections=a,b`: the hash of the report page of one session. */
export function printRoute(sessionId: string, options: PrintRouteOptions = {}): string {
  const query = new URLSearchParams();
  if (options.language) query.set(PRINT_QUERY.language, options.language);
  if (options.sections) query.set(PRINT_QUERY.sections, options.sections.join(','));
  const suffix = query.size ? `?${query.toString()}` : '';
  return `#${PRINT_ROUTE_PATH.replace(':id', encodeURIComponent(sessionId))}${suffix}`;
}

/** "true" on the report's root once the fonts are loaded and every chart is laid out. */
export const REPORT_READY_ATTRIBUTE = 'data-report-ready';
export const REPORT_READY_SELECTOR = `[${REPORT_READY_ATTRIBUTE}="true"]`;

/** Set instead of the ready attribute when the report cannot be shown, holding the reason. */
export const REPORT_ERROR_ATTRIBUTE = 'data-report-error';
export const REPORT_ERROR_SELECTOR = `[${REPORT_ERROR_ATTRIBUTE}]`;

/**
 * A chart that lays itself out after its first render (the word cloud) carries "false" here
 * until it is drawn, then "true"; the report is not ready while any chart says "false".
 */
export const CHART_READY_ATTRIBUTE = 'data-ready';
export const CHART_PENDING_SELECTOR = `[${CHART_READY_ATTRIBUTE}="false"]`;
export const CHART_READY_SELECTOR = `[${CHART_READY_ATTRIBUTE}="true"]`;

/** The attribute as a JSX prop: `<div {...reportReadyProps(ready)} />`. */
export function reportReadyProps(ready: boolean): Record<typeof REPORT_READY_ATTRIBUTE, string> {
  return { [REPORT_READY_ATTRIBUTE]: ready ? 'true' : 'false' };
}

/** The attribute as a JSX prop: `<p {...reportErrorProps(reason)} />`. */
export function reportErrorProps(reason: string): Record<typeof REPORT_ERROR_ATTRIBUTE, string> {
  return { [REPORT_ERROR_ATTRIBUTE]: reason };
}

/** The attribute as a JSX prop: `<svg {...chartReadyProps(laidOut)} />`. */
export function chartReadyProps(ready: boolean): Record<typeof CHART_READY_ATTRIBUTE, string> {
  return { [CHART_READY_ATTRIBUTE]: ready ? 'true' : 'false' };
}
