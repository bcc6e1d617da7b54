/**
 * Browser mode's HTTP transport: the per-run token that every API call must carry. The server
 * writes it into the page it serves (other origins cannot read that page), the renderer reads
 * it from there and sends it back in a header.
 */

/** The request header that carries the token (lower case: Node lower-cases header names). */
export const API_TOKEN_HEADER = 'x-klantkompas-token';

/** The name of the `<meta>` element in index.html that carries the token. */
export const API_TOKEN_META_NAME = 'klantkompas-token';

/** The selector the renderer reads the token with. */
export const API_TOKEN_META_SELECTOR = `meta[name="${API_TOKEN_META_NAME}"]`;

/** The element the server adds to the head of index.html (the token is hex: no escaping). */
export function apiTokenMetaTag(token: string): string {
  return `<meta name="${API_TOKEN_META_NAME}" content="${token}" />`;
}

/** The token from a served index.html, or null: for clients outside the renderer (the bench). */
export function readApiToken(html: string): string | null {
  const pattern = new RegExp(`<meta name="${API_TOKEN_META_NAME}" content="([0-9a-f]+)"`);
  return pattern.exec(html)?.[1] ?? null;
}
