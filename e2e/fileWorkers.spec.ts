import type { Page } from '@playwright/test';
import { expect, expectedLevels, openApp, test } from './support';

/**
 * The dataset and the map file are read in workers, one each (src/ui/fileWorkers.ts). The map
 * they give is the one the page would draw itself; and workers that cannot start cost nothing
 * but the time: the page reads the files itself.
 */

/** Every shape's outline, by state, in one round trip. */
const outlines = (page: Page) =>
  page.$$eval('svg.world-map [data-iso3] path', (els) =>
    els.map(
      (el) =>
        `${el.closest('[data-iso3]')?.getAttribute('data-iso3') ?? ''}:${el.getAttribute('d') ?? ''}`,
    ),
  );

test.describe('the file workers', () => {
  test('read both files, and the map is drawn in the month’s colours', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await openApp(page, '?date=2017-12');
    expect(workers.filter((url) => /fileReader\.worker/.test(url))).toHaveLength(2);
    const levels = await page.$$eval('svg.world-map [data-iso3]', (els) =>
      els.map((el) => [el.getAttribute('data-iso3') ?? '', el.getAttribute('data-level') ?? '']),
    );
    expect(Object.fromEntries(levels)).toEqual(Object.fromEntries(expectedLevels('2017-12')));
  });

  test.describe('that cannot start', () => {
    test.use({ allowConsole: /Failed to load resource|net::ERR_/ });

    test('leaves the page to read the file itself: the same shapes, the same colours', async ({
      page,
      browser,
    }) => {
      // The shapes as the worker wrote them, in a page of their own.
      const reference = await browser.newPage();
      await openApp(reference, '?date=2017-12');
      const written = await outlines(reference);
      await reference.close();

      let refused = 0;
      await page.route('**/assets/fileReader.worker-*.js', (route) => {
        refused++;
        return route.fulfill({ status: 404, body: 'gone' });
      });
      await openApp(page, '?date=2017-12');
      expect(refused).toBeGreaterThan(0);
      expect(await outlines(page)).toEqual(written);
      expect(written.length).toBeGreaterThan(190);
      const levels = await page.$$eval('svg.world-map [data-iso3]', (els) =>
        els.map((el) => [el.getAttribute('data-iso3') ?? '', el.getAttribute('data-level') ?? '']),
      );
      expect(Object.fromEntries(levels)).toEqual(Object.fromEntries(expectedLevels('2017-12')));
    });
  });
});
