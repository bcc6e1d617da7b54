/** A text as a CSS string literal; a session name may hold quotes or backslashes. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** "Pagina {page} van {pages}" as CSS content, with the page counters in their places. */
function pageNumberContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/** Longer titles would run into the page number; the cover carries the full names. */
export const FOOTER_TITLE_MAX = 90;

function shorten(text: string): string {
  const characters = [...text];
  return characters.length <= FOOTER_TITLE_MAX
    ? text
    : `${characters
        .slice(0, FOOTER_TITLE_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * The printed footer as CSS page margin boxes: the title left, "page x of y" right, none on a
 * cover page. Margin boxes keep it real, selectable text, and make Electron's printToPDF and
 * the Chromium of browser mode and the CLI print the same footer without a template of their own.
 */
export function footerCss(title: string, pageTemplate: string, coverFirst: boolean): string {
  const footer = `@page {
  @bottom-left { content: ${cssString(shorten(title))}; }
  @bottom-right { content: ${pageNumberContent(pageTemplate)}; }
}`;
  const cover = `
@page :first {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}`;
  return coverFirst ? footer + cover : footer;
}
