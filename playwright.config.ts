import { defineConfig } from '@playwright/test';

/**
 * e2e flows in Debian's Chromium against the web build (`dist-web`, built by `npm test` before this
 * runs; the server builds it itself when it is missing).
 */
/** E2E_PORT lets several checkouts run their e2e tests at once on one machine. */
const port = Number(process.env.E2E_PORT ?? 4173);
/** The team server of e2e/team.spec.ts (scripts/e2e-server.ts); E2E_SERVER_PORT when the next port is taken. */
const serverPort = Number(process.env.E2E_SERVER_PORT ?? port + 1);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // Always rebuilt: a stale dist-web would test yesterday's renderer.
      command: `npx vite build --config vite.renderer.config.ts --logLevel warn && npx vite preview --config vite.renderer.config.ts --port ${port}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx tsx scripts/e2e-server.ts`,
      env: { E2E_SERVER_PORT: String(serverPort) },
      // Answers 401 until someone signs in: ready.
      url: `http://127.0.0.1:${serverPort}/api/me`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
