import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run against the production build served by `vite preview`, in Debian's
 * Chromium (Playwright's own browser download does not work here). CHROMIUM_PATH overrides
 * the browser's location; PORT the port the app is served on (4173 by default), so the tests can
 * run beside another server.
 */
const PORT = Number(process.env.PORT ?? 4173);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    viewport: { width: 1280, height: 900 },
    // The offline copy's service worker takes over a page mid-test and serves later requests
    // itself (past page.route); only the offline journey (e2e/offline.spec.ts) allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npm run build && node_modules/.bin/vite preview --configLoader runner --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
