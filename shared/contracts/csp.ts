/**
 * The Content Security Policy of the renderer, in one place: browser mode sends it as an HTTP
 * header (main/http/server.ts) and the build writes it into index.html as a `<meta>` element
 * (vite.config.ts), which is how the Electron window, loaded from file://, gets it.
 *
 * The renderer loads nothing from outside the app: no remote scripts, styles, fonts or
 * connections. Inline styles stay allowed for React's style props and SVG charts.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/** For the `Content-Security-Policy` HTTP header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The same policy for a `<meta http-equiv>` element: browsers ignore `frame-ancestors` there
 * (and Chromium logs an error for it), so it is left out; everything else is identical.
 */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter(
  (directive) => !directive.startsWith('frame-ancestors'),
).join('; ');
