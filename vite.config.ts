import { resolve } from 'node:path';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/contracts/csp';
import { phoneBundleGuard, phoneCatalogue, pureSchemas } from './scripts/phoneBuild';

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

/** `vite build --mode phone`: the phone page alone (`vite build` makes it after the app's). */
export const PHONE_BUILD_MODE = 'phone';

/** Vite's options for both builds: one renderer folder, one output folder, one CSP. */
const common = {
  root: 'renderer',
  // The renderer is loaded from file:// in Electron and from 127.0.0.1 in browser mode: relative base.
  base: './',
  build: {
    outDir: '../dist/renderer',
    // One bundle read from the local disk: its size costs nothing worth a warning at every build.
    chunkSizeWarningLimit: 2000,
  },
} as const;

/**
 * `vite build` makes both pages: when the app's build is written, the phone page's is run into
 * the same folder (also one given with --outDir), so no build leaves a listener without its page.
 */
function thenThePhonePage(): Plugin {
  let outDir = '';
  return {
    name: 'klantkompas-then-the-phone-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle(error) {
      if (error) return;
      await build({
        ...phoneConfig,
        configFile: false,
        mode: PHONE_BUILD_MODE,
        build: { ...phoneConfig.build, outDir },
      });
    },
  };
}

/**
 * react-router 7's package exports only its development build, for every build
 * (remix-run/react-router#14102): its dev warnings and checks would ship in the app. The app's
 * build takes the production build beside it; `vite` (the dev server) keeps the development one.
 */
const reactRouterProduction = {
  find: /^react-router$/,
  replacement: resolve(import.meta.dirname, 'node_modules/react-router/dist/production/index.mjs'),
};

/** The facilitator's app (Electron and browser mode): renderer/index.html. */
const appConfig: UserConfig = {
  ...common,
  plugins: [contentSecurityPolicyMeta(), thenThePhonePage()],
  build: {
    ...common.build,
    emptyOutDir: true,
    rollupOptions: {
      input: { main: resolve(import.meta.dirname, 'renderer/index.html') },
      onwarn(warning, warn) {
        // react-router marks its modules "use client" for server frameworks; meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
};

/**
 * The phone page of a live workshop (renderer/phone.html), served by the participant listener
 * (main/live) to phones on the room's network, often a slow phone on weak Wi-Fi: a build of its
 * own, written beside the app's files after them (thenThePhonePage), so that it shares no
 * chunk with the app and can leave out what only the app needs.
 */
const phoneConfig: UserConfig = {
  ...common,
  plugins: [
    contentSecurityPolicyMeta(),
    pureSchemas(),
    phoneCatalogue(),
    phoneBundleGuard(['zod', 'react', 'react-dom']),
  ],
  resolve: {
    // Preact (4 KB) in React's place, for this page only: the same components (the participant
    // shell and the three forms) run unchanged on its compat layer, and a slow phone has a
    // tenth of react-dom's code to fetch and compile. The app itself stays on React.
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  experimental: {
    // The phone page is also served at /j/CODE, where a relative assets/… path would point into
    // /j/assets/: its page asks for its files from the root (the listener serves /assets/*).
    // Files that load files (JS chunks, CSS) stay relative to themselves, which is /assets/.
    renderBuiltUrl(fileName, { hostType }) {
      if (hostType === 'html') return `/${fileName}`;
      return { relative: true };
    },
  },
  build: {
    ...common.build,
    // The app's build has just written its files here.
    emptyOutDir: false,
    // One chunk, nothing to preload: the polyfill would be a kilobyte of script for nothing.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { phone: resolve(import.meta.dirname, 'renderer/phone.html') },
    },
  },
};

export default defineConfig(({ mode, command }) => {
  if (mode === PHONE_BUILD_MODE) return phoneConfig;
  return command === 'build'
    ? { ...appConfig, resolve: { alias: [reactRouterProduction] } }
    : appConfig;
});
