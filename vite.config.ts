import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/contracts/csp';

/** Where each page (index.html, phone.html) wants the policy: `<!-- content-security-policy … -->`. */
const CSP_PLACEHOLDER = /<!-- content-security-policy\b[^>]*-->/;

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/**
 * The Electron window loads index.html from file://, where no HTTP header can carry the
 * Content Security Policy: the build writes it into the page, from the one constant that
 * browser mode also sends as a header. Without the placeholder the build fails rather than
 * ship a page without a policy.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'klantkompas-content-security-policy',
    transformIndexHtml(html, context) {
      if (!CSP_PLACEHOLDER.test(html)) {
        throw new Error(
          `${context?.path ?? 'A page'} has no <!-- content-security-policy --> placeholder.`,
        );
      }
      const content = escapeAttribute(CONTENT_SECURITY_POLICY_META);
      return html.replace(
        CSP_PLACEHOLDER,
        `<meta http-equiv="Content-Security-Policy" content="${content}" />`,
      );
    },
  };
}

const PAGES = {
  /** The facilitator's app (Electron and browser mode). */
  main: resolve(import.meta.dirname, 'renderer/index.html'),
  /** The phone page of a live workshop, served by the participant listener (main/live). */
  phone: resolve(import.meta.dirname, 'renderer/phone.html'),
};

// The renderer is loaded from file:// in Electron and from 127.0.0.1 in browser mode: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicyMeta()],
  experimental: {
    // The phone page is also served at /j/CODE, where a relative assets/… path would point into
    // /j/assets/: its page asks for its files from the root (the listener serves /assets/*).
    // Files that load files (JS chunks, CSS) stay relative to themselves, which is /assets/.
    renderBuiltUrl(fileName, { hostType, hostId }) {
      if (hostType === 'html' && hostId.endsWith('phone.html')) return `/${fileName}`;
      return { relative: true };
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // One bundle read from the local disk: its size costs nothing worth a warning at every build.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: PAGES,
      onwarn(warning, warn) {
        // react-router marks its modules "use client" for server frameworks; meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
