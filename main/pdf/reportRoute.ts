/** The hash route of the printable report; browser mode and Electron print the same route. */
export function reportRoute(
  sessionId: string,
  options: { language?: string; sections?: readonly string[] },
): string {
  const query = new URLSearchParams();
  if (options.language) query.set('lang', options.language);
  if (options.sections) query.set('sections', options.sections.join(','));
  const suffix = query.size ? `?${query.toString()}` : '';
  return `#/print/${sessionId}${suffix}`;
}

/** The selector the report route sets once every cloud and chart is laid out. */
export const REPORT_READY_SELECTOR = '[data-report-ready="true"]';

/** Set instead when the report cannot be shown (e.g. the session is gone), with the reason. */
export const REPORT_FAILED_ATTRIBUTE = 'data-report-error';
