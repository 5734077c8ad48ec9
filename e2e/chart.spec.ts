import type { Page } from '@playwright/test';
import { CATEGORIES } from '../src/model/categories';
import { coalitionCounts } from '../src/model/coalitionCounts';
import { addMonths, type Month } from '../src/model/month';
import { eventsByMonth } from '../src/model/timeline';
import {
  dataset,
  dateLabel,
  dateSlider,
  expect,
  expectedLevels,
  mapLevels,
  openApp,
  test,
  world,
} from './support';

const chart = (page: Page) => page.getByTestId('coalition-chart');
const readout = (page: Page) => page.getByTestId('chart-readout');

/** The counts the readout shows, by category (and "total"). */
async function readoutCounts(page: Page): Promise<Map<string, number>> {
  const pairs = await readout(page)
    .locator('[data-category]')
    .evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute('data-category') ?? '', li.getAttribute('data-count')]),
    );
  return new Map(pairs.map(([c, n]) => [c ?? '', Number(n)]));
}

test.describe('the coalition chart', () => {
  test("gives, for a month, the map's count of states with each kind in force", async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12');
    await expect(chart(page)).toBeVisible();
    await page.getByTestId('chart-plot').focus();
    await expect(readout(page)).toHaveAttribute('data-month', '2017-12');
    const counts = await readoutCounts(page);
    expect(counts.size).toBe(CATEGORIES.length + 1);
    await expect(page.getByTestId('map-summary')).toHaveAttribute(
      'data-count',
      String(counts.get('total')),
    );

    // Each kind alone on the map: its states above level 0 are the chart's count.
    const filters = page.getByTestId('filters');
    await filters.getByRole('button', { name: 'None' }).click();
    for (const category of CATEGORIES) {
      const box = filters.locator(`input[value="${category}"]`);
      await box.check();
      await expect(page).toHaveURL(new RegExp(`measures=${category}(&|$)`));
      const onMap = [...(await mapLevels(page)).values()].filter((l) => Number(l) > 0).length;
      expect(onMap, category).toBe(counts.get(category));
      await box.uncheck();
    }
  });

  test('moves its cursor with the timeline; hover, keys and a click read and set the month', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12');
    const cursor = chart(page).locator('.chart-cursor');
    await expect(cursor).toHaveAttribute('data-month', '2017-12');
    await dateSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(cursor).toHaveAttribute('data-month', '2018-01');

    // The timeline's events are lined up under the plot, one marker per month.
    const { min, max } = world().range;
    const eventMonths = [...eventsByMonth(dataset().events).keys()].filter(
      (m) => m >= min && m <= max,
    );
    await expect(chart(page).locator('circle.chart-event')).toHaveCount(eventMonths.length);

    // Keys: the focused chart starts at the map's month and steps by month and by year.
    const plot = page.getByTestId('chart-plot');
    await plot.focus();
    await expect(readout(page)).toHaveAttribute('data-month', '2018-01');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    const probed = addMonths('2018-01' as Month, -14);
    await expect(readout(page)).toHaveAttribute('data-month', probed);
    const counts = coalitionCounts(dataset(), min, max);
    const i = counts.months.indexOf(probed);
    const shown = await readoutCounts(page);
    for (const c of CATEGORIES) expect(shown.get(c), c).toBe(counts.byCategory[c][i]);
    await page.keyboard.press('Enter');
    await expect(dateLabel(page)).toHaveAttribute('data-month', probed);
    await expect(cursor).toHaveAttribute('data-month', probed);

    // Hover shows a month's counts; a click moves the map there.
    const box = await chart(page).locator('svg').boundingBox();
    if (!box) throw new Error('the chart has no box');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
    const hovered = (await readout(page).getAttribute('data-month')) as Month;
    expect(hovered).toMatch(/^\d{4}-\d{2}$/);
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.4);
    await expect(dateLabel(page)).toHaveAttribute('data-month', hovered);
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevels(hovered)),
    );
  });

  test('as time moves, only its cursor moves', async ({ page }) => {
    await openApp(page, '?date=2016-01');
    await expect(chart(page).locator('.chart-cursor')).toHaveAttribute('data-month', '2016-01');
    // The chart is drawn again when its width changes (fonts arriving, a scrollbar as the lazy
    // parts come in): only once the page has settled does a step's change say what a step does.
    await page.evaluate(() => document.fonts.ready);
    const width = () =>
      chart(page)
        .locator('svg')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
    await expect
      .poll(async () => {
        const before = await width();
        await page.waitForTimeout(200);
        return (await width()) === before;
      })
      .toBe(true);
    await page.evaluate(() => {
      const svg = document.querySelector('.coalition-chart svg');
      const changed: string[] = [];
      (window as unknown as { changed: string[] }).changed = changed;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target instanceof Element ? r.target : r.target.parentElement;
          changed.push(
            el?.closest('.chart-cursor') ? 'cursor' : (el?.getAttribute('class') ?? '?'),
          );
        }
      }).observe(svg as Node, {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      });
    });
    await dateSlider(page).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(chart(page).locator('.chart-cursor')).toHaveAttribute('data-month', '2016-07');
    const changed = await page.evaluate(() => (window as unknown as { changed: string[] }).changed);
    expect(changed.length).toBeGreaterThan(0);
    expect(new Set(changed)).toEqual(new Set(['cursor']));
  });
});
