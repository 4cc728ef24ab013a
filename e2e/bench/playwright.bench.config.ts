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
  webServer: { ...base.webServer!, cwd: '../..' } as typeof base.webServer,
});
