// No imports: playwright.config.ts reads this list too, and must stay light.

/**
 * Flags for a quiet Chromium started by Playwright (the PDF export, the e2e tests, the benches):
 * no sandbox or GPU, and never reaching for the network on its own. Playwright adds the
 * headless flag itself.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
