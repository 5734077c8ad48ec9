import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveFolder } from './staticServer';
import { stepIntoRebirth } from './storySteps';
import {
  CURRENT_MONTH,
  dateLabel,
  expect,
  expectedLevels,
  FIXED_NOW,
  mapLevels,
  openApp,
  test,
} from './support';

/**
 * A classroom with bad wifi: after one visit the page works with no network (the service
 * worker stored the page, its scripts, fonts, topology, data and stories), a new deployment
 * is offered with a quiet prompt, and a slow network shows the page's static loading state.
 */

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has stored everything and controls the page. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe('the offline copy', () => {
  test('after one visit, a reload with no network draws the map with its data, and a story opens', async ({
    page,
    context,
  }) => {
    await openApp(page);
    await offlineReady(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
    await expect(page.locator('svg.world-map[data-zoom-ready]')).toBeVisible();
    await expect(dateLabel(page)).toHaveAttribute('data-month', CURRENT_MONTH);
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevels(CURRENT_MONTH)),
    );

    // The stories and the classroom chunk were stored too: a story steps offline.
    await stepIntoRebirth(page);
  });

  test('a new deployment is offered with a prompt, and Reload brings it in', async ({ page }) => {
    test.setTimeout(60_000);
    // The built app on a server of the test's own, whose sw.js changes when `deployed` does.
    let deployed = 1;
    const server = await serveFolder(join(import.meta.dirname, '../dist'), (path, text) =>
      path === 'sw.js'
        ? text.replace(/self\.__VERSION__ = "([^"]+)"/, `self.__VERSION__ = "$1-${deployed}"`)
        : text,
    );
    try {
      await page.clock.setFixedTime(FIXED_NOW);
      await page.goto(server.url);
      await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
      await offlineReady(page);
      const prompt = page.getByTestId('update-prompt');
      await page.reload();
      await expect(page.locator('svg.world-map[data-zoom-ready]')).toBeVisible();
      await expect(prompt).toHaveCount(0);

      deployed = 2;
      await page.reload();
      // Chromium looks for a new sw.js only once the old worker has been idle for a second, and
      // the page's own update() while the page loads is folded into that look: the new worker
      // is fetched 3–4 s after the reload here, and on a loaded machine past expect's default 5 s.
      await expect(prompt).toContainText('A new version is available', { timeout: 20_000 });
      // The page reloads under the new worker, which has cleared the old version's files. The
      // reload comes once the new worker has taken over, after the click: wait for it, or the
      // old page's map would pass for the new one.
      const reloaded = page.waitForEvent('load');
      await prompt.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await expect(page.locator('svg.world-map[data-zoom-ready]')).toBeVisible();
      await expect
        .poll(() => page.evaluate(() => window.caches.keys()))
        .toEqual(expect.arrayContaining([expect.stringMatching(/-2$/)]));
      expect(
        (await page.evaluate(() => window.caches.keys())).filter((k) => /-1$/.test(k)),
      ).toEqual([]);
      await expect(prompt).toHaveCount(0);
    } finally {
      await server.close();
    }
  });
});

test.describe('a slow network', () => {
  test('shows the page’s title and a loading state before any script has run', async ({ page }) => {
    // The scripts never arrive: what shows is the HTML alone (and its stylesheet).
    await page.route('**/assets/*.js', () => undefined);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The DPRK sanctions coalition',
    );
    await expect(page.getByRole('status')).toHaveText('Loading the map and its data…');
    await expect(page.locator('.boot-map')).toBeVisible();
  });
});
