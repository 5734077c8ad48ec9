import type { Page } from '@playwright/test';
import { addMonths, monthIndex, type Month } from '../src/model/month';
import { dateLabel, dateSlider, expect, openApp, pointInState, test, world } from './support';

/** Nothing on the page reaches past the screen's width. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

async function mapBox(page: Page) {
  const box = await page.locator('svg.world-map').boundingBox();
  if (!box) throw new Error('no map');
  return box;
}

for (const [width, height] of [
  [375, 667],
  [360, 640],
] as const) {
  test.describe(`on a ${width} x ${height} phone`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    test('gives the map the width and at least 40 % of the height, with no sideways scroll', async ({
      page,
    }) => {
      await openApp(page, '?date=2017-12');
      const box = await mapBox(page);
      expect(box.width).toBeGreaterThan(width * 0.9);
      expect(box.height).toBeGreaterThanOrEqual(height * 0.4);
      expect(await scrollsSideways(page)).toBe(false);
    });
  });
}

test.describe('the main flow on a 375 x 667 phone', () => {
  // No glide between framings, so a tap lands where the test measured.
  test.use({
    viewport: { width: 375, height: 667 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: 'reduce',
  });

  test('a tap selects a state and shows what it had in force; the timeline takes a thumb', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12');
    await expect(page.locator('svg.world-map')).toHaveAttribute('data-zoom-ready', 'true');

    // A tap on Brazil opens its panel and shows its tooltip where the finger was.
    const brazil = await pointInState(page, 'BRA');
    await page.touchscreen.tap(brazil.x, brazil.y);
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'BRA');
    const tooltip = page.getByTestId('tooltip');
    await expect(tooltip).toHaveAttribute('data-source', 'touch');
    await expect(tooltip).toContainText('Brazil');
    expect(await scrollsSideways(page)).toBe(false);

    // Japan is a sliver at this width; framed with East Asia, a tap finds it.
    await page.getByTestId('focus-region').selectOption('east-asia');
    await expect
      .poll(async () => Number(await page.locator('svg.world-map').getAttribute('data-zoom')))
      .toBeGreaterThan(3);
    const japan = await pointInState(page, 'JPN');
    await page.touchscreen.tap(japan.x, japan.y);
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'JPN');
    await expect(page.getByTestId('timeline-strip')).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByTestId('focus-region').selectOption('world');

    // The zoom buttons are thumb-sized, and a small state is then big enough to tap.
    const zoomIn = page.getByTestId('zoom-in');
    const button = await zoomIn.boundingBox();
    expect(button?.height).toBeGreaterThanOrEqual(44);
    await zoomIn.tap();
    await zoomIn.tap();
    await expect(page.locator('svg.world-map')).toHaveAttribute('data-zoom', '4.00');
    await page.getByTestId('zoom-reset').tap();
    await expect(page.locator('svg.world-map')).toHaveAttribute('data-zoom', '1.00');

    // The slider is a thumb's height; a tap on it moves the date there.
    await dateSlider(page).scrollIntoViewIfNeeded();
    const slider = await dateSlider(page).boundingBox();
    if (!slider) throw new Error('no slider');
    expect(slider.height).toBeGreaterThanOrEqual(44);
    await page.touchscreen.tap(slider.x + slider.width * 0.25, slider.y + slider.height / 2);
    const { min, max } = world().range;
    const expected = addMonths(min, Math.round((monthIndex(max) - monthIndex(min)) * 0.25));
    await expect(dateLabel(page)).not.toHaveText('December 2017');
    const shown = (await dateLabel(page).getAttribute('data-month')) as Month;
    // Within a few months of a quarter of the way along (the thumb's own width shifts it).
    expect(Math.abs(monthIndex(shown) - monthIndex(expected))).toBeLessThanOrEqual(4);
    expect(await scrollsSideways(page)).toBe(false);
  });

  test('a pinch zooms the map; one finger then pans it', async ({ page }) => {
    await openApp(page, '?date=2017-12');
    const svg = page.locator('svg.world-map');
    await expect(svg).toHaveAttribute('data-zoom-ready', 'true');
    const box = await mapBox(page);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    // Two fingers 40 px apart move to 160 px apart: four times the distance.
    await touch('touchStart', [
      [cx - 20, cy],
      [cx + 20, cy],
    ]);
    for (let d = 20; d <= 80; d += 10) {
      await touch('touchMove', [
        [cx - d, cy],
        [cx + d, cy],
      ]);
    }
    await touch('touchEnd', []);
    await expect.poll(async () => Number(await svg.getAttribute('data-zoom'))).toBeGreaterThan(3);
    await expect(svg).toHaveClass(/zoomed/);

    const before = await page.locator('.zoom-layer').getAttribute('transform');
    await touch('touchStart', [[cx, cy]]);
    for (let d = 10; d <= 60; d += 10) await touch('touchMove', [[cx - d, cy]]);
    await touch('touchEnd', []);
    await expect(page.locator('.zoom-layer')).not.toHaveAttribute('transform', before ?? '');
    expect(await scrollsSideways(page)).toBe(false);
  });
});
