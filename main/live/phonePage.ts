import { gzipSync } from 'node:zlib';
import type { PhoneJoinResult, PhoneResponse } from '../../shared/live/protocol';
import { PHONE_PAGE_DATA_ID } from '../../shared/live/protocolConstants';
import type { PhoneFile } from './phoneFiles';

/**
 * Inside `<script>`, `</script>` or `<!--` in a participant's text (a session name, a wish)
 * would end or break the element: every `<` is written as its JSON escape, which JSON.parse
 * reads back as the same character. U+2028/2029 are escaped for old JavaScript parsers.
 */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/**
 * phone.html as served at `/j/CODE`: with what joining would answer (the exercise, or why
 * not) written into the page, so that a phone on a slow network shows the exercise as soon as
 * its script runs instead of asking for it first. A data block, never run as script: the page's
 * Content Security Policy stays as it is.
 */
export function phonePageWith(page: PhoneFile, data: PhoneResponse<PhoneJoinResult>): PhoneFile {
  const html = page.body.toString('utf8');
  const at = html.lastIndexOf('</body>');
  const block = `<script type="application/json" id="${PHONE_PAGE_DATA_ID}">${scriptSafeJson(data)}</script>`;
  const body = Buffer.from(
    at < 0 ? html + block : `${html.slice(0, at)}${block}\n${html.slice(at)}`,
    'utf8',
  );
  return { type: page.type, body, gzip: gzipSync(body) };
}
