import { handoutOf } from '../src/model/handout';
import type { Month } from '../src/model/month';
import { dataset, expect, openApp, test, viewOf } from './support';

/**
 * A teacher prints a handout: the title, the map, its legend and the date first, then the
 * states and their measures at that month, then the sources; none of the controls. The expected
 * lists come from the model's own handout.
 */

const MONTH = '2016-03' as Month;

test.describe('the printed handout', () => {
  test('print media shows the title, map, legend, date, states and sources, and no controls', async ({
    page,
  }) => {
    await openApp(page, `?date=${MONTH}`);
    await expect(page.getByTestId('coalition-chart')).toBeVisible();
    const expected = handoutOf(dataset(), viewOf({ date: MONTH }));
    expect(expected.states.length).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    const handout = page.getByTestId('handout');
    await expect(handout).toHaveAttribute('data-printing', 'true');
    await expect(handout).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The DPRK sanctions coalition',
    );
    await expect(page.locator('svg.world-map')).toBeVisible();
    await expect(page.getByTestId('legend')).toBeVisible();
    await expect(page.getByTestId('handout-date')).toContainText('The map as of March 2016');
    const states = page.getByTestId('handout-states').locator(':scope > li');
    await expect(states).toHaveCount(expected.states.length);
    expect(
      await states.evaluateAll((els) => els.map((el) => el.getAttribute('data-actor'))),
    ).toEqual(expected.states.map((s) => s.id));
    await expect(page.getByTestId('handout-sources').locator(':scope > li')).toHaveCount(
      expected.sources.length,
    );
    // The states start on a page of their own, after the map's page.
    await expect(page.locator('.handout-states-title')).toHaveCSS('break-before', 'page');

    for (const control of [
      page.getByTestId('share'),
      page.getByTestId('print'),
      page.getByRole('slider', { name: 'Date' }),
      page.locator('.controls'),
      page.getByTestId('footer'),
      page.locator('.zoom-controls'),
      page.getByTestId('coalition-chart'),
    ]) {
      await expect(control).toBeHidden();
    }

    // Back on screen: the controls return and the handout's pages are gone.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByTestId('share')).toBeVisible();
    await expect(handout).toHaveAttribute('data-printing', 'false');
    await expect(page.getByTestId('handout-states')).toHaveCount(0);
  });

  test('Print handout prints the page, its handout rendered before the browser lays it out', async ({
    page,
  }) => {
    // Headless Chromium has no print dialog: window.print is stood in for by what a browser
    // does first, dispatching beforeprint, and the handout is read at that moment.
    await page.addInitScript(() => {
      const w = window as unknown as { __printed: number[] };
      w.__printed = [];
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        w.__printed.push(document.querySelectorAll('[data-testid="handout-states"] > li').length);
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    await openApp(page, `?date=${MONTH}`);
    const expected = handoutOf(dataset(), viewOf({ date: MONTH }));
    // The handout's chunk loads after the first map.
    await expect(page.getByTestId('handout')).toHaveAttribute('data-printing', 'false');
    await page.getByTestId('print').click();
    expect(
      await page.evaluate(() => (window as unknown as { __printed: number[] }).__printed),
    ).toEqual([expected.states.length]);
    await expect(page.getByTestId('handout-states')).toHaveCount(0);
  });
});
