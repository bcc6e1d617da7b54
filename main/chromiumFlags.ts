// No imports: playwright.config.ts reads this file too, and must stay light.

/** Flags that keep a Chromium we start quiet: no GPU, and never reaching for the network on its own. */
const QUIET_FLAGS: readonly string[] = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Flags for the Chromium that Playwright starts in the e2e tests and the benches: always without
 * the sandbox, which CI containers cannot give. Playwright adds the headless flag itself.
 */
export const CHROMIUM_FLAGS: readonly string[] = ['--no-sandbox', ...QUIET_FLAGS];

/** Chromium refuses to start as root with its sandbox on; for anyone else the sandbox stays on. */
export function sandboxFlags(uid = process.getuid?.()): string[] {
  return uid === 0 ? ['--no-sandbox'] : [];
}

/**
 * Launch options for the product's own headless Chromium (the PDF export): sandboxed unless
 * root. Playwright adds --no-sandbox itself unless `chromiumSandbox` is true.
 */
export function productChromiumLaunch(uid = process.getuid?.()): {
  args: string[];
  chromiumSandbox: boolean;
} {
  return { args: [...QUIET_FLAGS], chromiumSandbox: uid !== 0 };
}
