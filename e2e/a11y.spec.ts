import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support';

/**
 * axe-core's scan of each main view: no serious or critical violation, colour contrast
 * included. Each failure names the rule, the first elements it found and how many.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

async function ready(page: Page, search: string) {
  await openApp(page, search);
  await expect(page.locator('svg.world-map')).toHaveAttribute('data-zoom-ready', 'true');
}

test.describe('accessibility scans', () => {
  // A scan walks the whole page: give it room on a loaded machine.
  test.describe.configure({ timeout: 90_000 });

  test('the map', async ({ page }) => {
    await ready(page, '?date=2017-12');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the map with a state focused and its tooltip shown', async ({ page }) => {
    await ready(page, '?date=2017-12');
    await page.locator('svg.world-map [data-iso3="JPN"]').focus();
    await expect(page.getByTestId('tooltip')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the panel, with measures in force and ended', async ({ page }) => {
    // Malaysia: a short record with a measure ended by then (ended ones were 3.36:1).
    await ready(page, '?date=2020-06&country=MYS');
    await expect(page.getByTestId('timeline-strip')).toBeVisible();
    await expect(page.locator('.measure.not-in-force').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the embed', async ({ page }) => {
    await ready(page, '?date=2017-12&embed=1');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the share dialog', async ({ page }) => {
    await ready(page, '?date=2017-12');
    await page.getByTestId('share').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the table', async ({ page }) => {
    await ready(page, '?date=2017-12');
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.describe('the error view', () => {
    test.use({ allowConsole: /Failed to load resource|net::ERR_/ });

    test('is the page’s main content, its skip link leads to it, and axe finds nothing', async ({
      page,
    }) => {
      await page.route('**/data/dataset.json', (route) => route.abort('failed'));
      await page.goto('/');
      await expect(page.getByTestId('load-error')).toBeVisible();
      await expect(page.getByRole('main')).toContainText('data/dataset.json');
      const skip = page.locator('a.skip-link');
      const target = await skip.getAttribute('href');
      expect(target).toMatch(/^#./);
      await expect(page.locator(target ?? '')).toHaveCount(1);
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  test('the comparison of two dates', async ({ page }) => {
    await ready(page, '?date=2018-01&compare=2016-01');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
