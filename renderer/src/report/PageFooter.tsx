import type { Session } from '../../../shared/session';
import { useReportText } from './reportText';

/** A text as a CSS string literal; a session name may hold quotes or backslashes. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** "Pagina {page} van {pages}" as CSS content with the page counters in their places. */
function pageNumberContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/**
 * The footer of every printed page but the cover page: the session name and "page x of y". CSS page
 * margin boxes keep it real, selectable text, and make Electron's printToPDF and the CLI's
 * Chromium print the same footer without either needing a template of its own.
 */
export function PageFooter({ session, coverFirst }: { session: Session; coverFirst: boolean }) {
  const { t } = useReportText();
  const title = [session.organisation, session.name]
    .filter((part) => part.trim() !== '')
    .join(' · ');
  const css = `@page {
  @bottom-left { content: ${cssString(title)}; }
  @bottom-right { content: ${pageNumberContent(t('report.footer.page'))}; }
}`;
  const cover = `@page :first {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}`;
  return <style>{coverFirst ? `${css}\n${cover}` : css}</style>;
}
