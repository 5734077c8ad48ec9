/**
 * `npm run screenshot`: builds the app, serves it on 127.0.0.1, and saves the README's picture
 * of the map (docs/screenshot.png) at a fixed date and clock, in Debian's Chromium.
 */
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';

await build({ configLoader: 'runner', logLevel: 'warn' });
const server = await preview({
  configLoader: 'runner',
  preview: { host: '127.0.0.1', port: 4174, strictPort: true },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  await page.clock.setFixedTime(new Date('2026-11-15T12:00:00Z'));
  await page.goto('http://127.0.0.1:4174/?date=2017-12&country=JPN');
  await page.locator('svg.world-map[data-ready]').waitFor();
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: false });
  console.log('Wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
