import { defineConfig } from 'vitest/config';

/**
 * Two projects. "unit" (`npm run test:unit`, `npx vitest run --project unit`) is the quick run
 * for every change. "slow" (`npm run test:slow`) holds what needs real processes: the crash
 * test that kills a writer mid-write and the smoke test of the built CLI. `npm test` (and so
 * CI) runs both.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/unit/tempRoot.ts'],
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'slow', include: ['test/slow/**/*.test.ts'] } },
    ],
  },
});
