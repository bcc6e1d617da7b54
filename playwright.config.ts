import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './main/chromiumFlags';

// Debian's Chromium, never a downloaded browser (the machine has no internet).
export const CHROMIUM_PATH = process.env.KLANTKOMPAS_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    },
  },
});
