import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * Renderer speed figures (printed, never asserted), against the same web build as the e2e tests:
 * `npx playwright test --config e2e/bench/playwright.bench.config.ts`
 */
export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: '../../test-results/bench',
  testMatch: '*.bench.ts',
  reporter: 'list',
  // No trace: recording one snapshots the whole DOM around every action (half a second for the large
  // article), which is Playwright's cost, not the app's, and would be counted in the figures.
  use: { ...base.use, trace: 'off', screenshot: 'off' },
  // The same servers as the e2e tests (their ports follow E2E_PORT), started from the repository root.
  webServer: [base.webServer!].flat().map((server) => ({ ...server, cwd: '../..' })),
});
